#include "results_dock.h"

#include "command_store_result.h"
#include "document.h"

#include <QAction>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace iiot::ui {

namespace {

constexpr int kIdRole = Qt::UserRole;

} // namespace

ResultsDock::ResultsDock(Document* document, QWidget* parent)
    : QDockWidget(tr("Results"), parent), document_(document), list_(new QTreeWidget(this)) {
    setObjectName(QStringLiteral("resultsDock"));
    list_->setObjectName(QStringLiteral("resultsList"));
    list_->setRootIsDecorated(false);
    list_->setUniformRowHeights(true);
    list_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    list_->setAlternatingRowColors(true);
    list_->setHeaderLabels({tr("#"), tr("Kind"), tr("Method"), tr("Parameters"), tr("Created (UTC)")});
    list_->header()->setStretchLastSection(false);
    list_->header()->setSectionResizeMode(ParametersColumn, QHeaderView::Stretch);
    list_->installEventFilter(this);

    open_ = new QAction(tr("&Open"), this);
    open_->setToolTip(tr("Show the selected result"));
    delete_ = new QAction(tr("&Delete"), this);
    delete_->setToolTip(tr("Remove the selected results from the project (undoable)"));
    connect(open_, &QAction::triggered, this, &ResultsDock::openCurrent);
    connect(delete_, &QAction::triggered, this, &ResultsDock::deleteSelected);

    auto* tools = new QToolBar(this);
    tools->setIconSize(QSize(16, 16));
    tools->addAction(open_);
    tools->addAction(delete_);
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(tools);
    layout->addWidget(list_, 1);
    setWidget(body);

    connect(list_, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        emit resultActivated(item->data(IdColumn, kIdRole).toLongLong());
    });
    connect(list_, &QTreeWidget::itemSelectionChanged, this, &ResultsDock::updateActions);
    connect(document_, &Document::resultsChanged, this, &ResultsDock::rebuild);
    connect(document_, &Document::projectReset, this, &ResultsDock::rebuild);
    rebuild();
}

QString ResultsDock::parametersText(const std::string& parametersJson) {
    const QJsonObject parameters =
        QJsonDocument::fromJson(QByteArray::fromStdString(parametersJson)).object();
    QStringList parts;
    for (auto it = parameters.begin(); it != parameters.end(); ++it) {
        const QJsonValue v = it.value();
        QString text;
        if (v.isDouble())
            text = QString::number(v.toDouble(), 'g', 10);
        else if (v.isBool())
            text = v.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
        else if (v.isString())
            text = v.toString();
        else if (v.isArray())
            text = QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
        else if (v.isObject())
            text = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        else
            text = QStringLiteral("null");
        parts.append(QStringLiteral("%1 %2").arg(it.key(), text));
    }
    return parts.join(QStringLiteral(", "));
}

long long ResultsDock::currentId() const {
    const QTreeWidgetItem* item = list_->currentItem();
    return item != nullptr ? item->data(IdColumn, kIdRole).toLongLong() : 0;
}

bool ResultsDock::selectResult(long long id) {
    for (int i = 0; i < list_->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = list_->topLevelItem(i);
        if (item->data(IdColumn, kIdRole).toLongLong() == id) {
            list_->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void ResultsDock::openCurrent() {
    if (const long long id = currentId(); id != 0)
        emit resultActivated(id);
}

void ResultsDock::deleteSelected() {
    QList<long long> ids;
    for (const QTreeWidgetItem* item : list_->selectedItems())
        ids.append(item->data(IdColumn, kIdRole).toLongLong());
    if (ids.isEmpty())
        return;
    if (ids.size() == 1) {
        document_->undoStack()->push(new RemoveResultCommand(document_, ids.front()));
        return;
    }
    auto* group = new QUndoCommand(tr("Remove %1 results").arg(ids.size()));
    for (long long id : ids)
        new RemoveResultCommand(document_, id, group);
    document_->undoStack()->push(group);
}

bool ResultsDock::eventFilter(QObject* watched, QEvent* event) {
    // Delete in the list removes results, not the canvas selection the window's Delete acts on.
    if (watched == list_ &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            event->accept();
            if (event->type() == QEvent::KeyPress)
                deleteSelected();
            return true;
        }
    }
    return QDockWidget::eventFilter(watched, event);
}

void ResultsDock::rebuild() {
    const long long current = currentId();
    list_->clear();
    for (const model::StoredResult& r : document_->project().results) {
        auto* item = new QTreeWidgetItem(list_);
        item->setData(IdColumn, kIdRole, r.id);
        item->setText(IdColumn, QString::number(r.id));
        item->setTextAlignment(IdColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(KindColumn, QString::fromStdString(r.kind));
        item->setText(MethodColumn, QString::fromStdString(r.method));
        item->setText(ParametersColumn, parametersText(r.parameters));
        item->setToolTip(ParametersColumn, QString::fromStdString(r.parameters));
        item->setText(CreatedColumn, QString::fromStdString(r.created));
    }
    for (int c = IdColumn; c <= CreatedColumn; ++c)
        if (c != ParametersColumn)
            list_->resizeColumnToContents(c);
    if (current != 0)
        selectResult(current);
    setWindowTitle(list_->topLevelItemCount() == 0 ? tr("Results")
                                                   : tr("Results (%1)").arg(list_->topLevelItemCount()));
    updateActions();
}

void ResultsDock::updateActions() {
    const bool any = !list_->selectedItems().isEmpty();
    open_->setEnabled(list_->currentItem() != nullptr);
    delete_->setEnabled(any);
}

} // namespace iiot::ui
