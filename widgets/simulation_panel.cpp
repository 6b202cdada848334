#include "simulation_panel.h"

#include "command_store_result.h"
#include "document.h"
#include "simulation_chart_tabs.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QUndoStack>
#include <QVBoxLayout>

namespace iiot::ui {

namespace {

constexpr int kIdRole = Qt::UserRole;

QJsonObject parse(const std::string& text) {
    return QJsonDocument::fromJson(QByteArray::fromStdString(text)).object();
}

// "#4  edge-cloud · 200, 300, 400 devices · 3 runs"
QString describe(const model::StoredResult& r) {
    const QJsonObject p = parse(r.parameters);
    QStringList devices;
    for (const auto& v : p.value("devices").toArray())
        devices << QString::number(v.toInteger());
    const QString counts =
        devices.isEmpty() ? QObject::tr("as modelled") : devices.join(QStringLiteral(", "));
    return QObject::tr("#%1  %2 · %3 devices · %4 s · seed %5 × %6")
        .arg(r.id)
        .arg(QString::fromStdString(r.method), counts)
        .arg(p.value("duration_s").toDouble())
        .arg(p.value("seed").toInteger())
        .arg(p.value("replications").toInteger());
}

} // namespace

SimulationPanel::SimulationPanel(Document* document, QWidget* parent)
    : QWidget(parent), document_(document), list_(new QListWidget(this)),
      remove_(new QPushButton(tr("Remove"), this)), charts_(new SimulationChartTabs(this)) {
    list_->setObjectName(QStringLiteral("simulationResults"));
    list_->setToolTip(tr("Stored simulation runs; check two or more to compare their success rates"));
    remove_->setObjectName(QStringLiteral("removeSimulationButton"));
    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(new QLabel(tr("Stored runs (check to compare):"), side));
    sideLayout->addWidget(list_, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(remove_);
    sideLayout->addLayout(buttons);
    auto* split = new QSplitter(this);
    split->addWidget(side);
    split->addWidget(charts_);
    split->setStretchFactor(1, 1);
    split->setSizes({260, 740});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(split);

    connect(document_, &Document::resultsChanged, this, &SimulationPanel::reload);
    connect(document_, &Document::projectReset, this, &SimulationPanel::reload);
    connect(list_, &QListWidget::currentRowChanged, this, &SimulationPanel::redraw);
    connect(list_, &QListWidget::itemChanged, this, &SimulationPanel::redraw);
    connect(remove_, &QPushButton::clicked, this, [this] {
        if (const long long id = shownResult(); id != 0)
            document_->undoStack()->push(new RemoveResultCommand(document_, id));
    });
    reload();
}

void SimulationPanel::reload() {
    const long long shown = shownResult();
    const QList<long long> checked = checkedResults();
    const int before = list_->count();
    {
        const QSignalBlocker block(list_);
        list_->clear();
        for (const auto& r : document_->project().results) {
            if (r.kind != "simulate")
                continue;
            auto* item = new QListWidgetItem(describe(r), list_);
            item->setData(kIdRole, r.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(checked.contains(r.id) ? Qt::Checked : Qt::Unchecked);
            item->setToolTip(QString::fromStdString(r.created));
        }
        // A run that just arrived is shown; otherwise the one shown before stays.
        int row = list_->count() - 1;
        if (list_->count() <= before)
            for (int i = 0; i < list_->count(); ++i)
                if (list_->item(i)->data(kIdRole).toLongLong() == shown)
                    row = i;
        list_->setCurrentRow(row);
    }
    remove_->setEnabled(list_->count() > 0);
    redraw();
}

void SimulationPanel::redraw() {
    const long long id = shownResult();
    const model::StoredResult* shown = id != 0 ? document_->result(id) : nullptr;
    if (shown == nullptr) {
        charts_->clear();
        return;
    }
    const QList<long long> checked = checkedResults();
    QList<ChartSource> overlay;
    if (checked.size() >= 2)
        for (long long c : checked)
            if (const auto* r = document_->result(c))
                overlay.append({tr("#%1").arg(c), parse(r->json)});
    charts_->setDocument(parse(shown->json), overlay);
}

void SimulationPanel::showResult(long long id) {
    for (int i = 0; i < list_->count(); ++i)
        if (list_->item(i)->data(kIdRole).toLongLong() == id)
            list_->setCurrentRow(i);
}

long long SimulationPanel::shownResult() const {
    const auto* item = list_->currentItem();
    return item != nullptr ? item->data(kIdRole).toLongLong() : 0;
}

QList<long long> SimulationPanel::checkedResults() const {
    QList<long long> ids;
    for (int i = 0; i < list_->count(); ++i)
        if (list_->item(i)->checkState() == Qt::Checked)
            ids.append(list_->item(i)->data(kIdRole).toLongLong());
    return ids;
}

void SimulationPanel::setChecked(long long id, bool checked) {
    for (int i = 0; i < list_->count(); ++i)
        if (list_->item(i)->data(kIdRole).toLongLong() == id)
            list_->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

} // namespace iiot::ui
