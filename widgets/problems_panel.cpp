#include "problems_panel.h"

#include <QApplication>
#include <QFileInfo>
#include <QHeaderView>
#include <QStyle>

namespace iiot::ui {

namespace {
constexpr int kElementRole = Qt::UserRole;

QIcon severityIcon(model::Severity severity) {
    const QStyle* style = QApplication::style();
    switch (severity) {
    case model::Severity::Error:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case model::Severity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case model::Severity::Info:
        break;
    }
    return style->standardIcon(QStyle::SP_MessageBoxInformation);
}

QString counted(int n, const char* one, const char* many) {
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
}

QString place(const model::Diagnostic& d) {
    QString where = QFileInfo(QString::fromStdString(d.file)).fileName();
    if (d.location.line > 0)
        where += QStringLiteral(":%1:%2").arg(d.location.line).arg(d.location.column);
    return where;
}
} // namespace

ProblemsPanel::ProblemsPanel(QWidget* parent) : QTreeWidget(parent) {
    setColumnCount(3);
    setHeaderLabels({tr("Problem"), tr("Element"), tr("Place")});
    setRootIsDecorated(false);
    setUniformRowHeights(true); // cheap even with thousands of findings
    setAlternatingRowColors(true);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QString id = item->data(0, kElementRole).toString();
        if (!id.isEmpty())
            emit elementActivated(id);
    });
}

void ProblemsPanel::setDiagnostics(const model::Diagnostics& diagnostics) {
    clear();
    errors_ = warnings_ = 0;
    QList<QTreeWidgetItem*> items;
    for (const model::Diagnostic& d : diagnostics) {
        errors_ += d.severity == model::Severity::Error;
        warnings_ += d.severity == model::Severity::Warning;
        QString message = QString::fromStdString(d.message);
        if (!d.hint.empty())
            message += QStringLiteral(" (%1)").arg(QString::fromStdString(d.hint));
        auto* item = new QTreeWidgetItem({message, QString::fromStdString(d.element), place(d)});
        item->setIcon(0, severityIcon(d.severity));
        item->setData(0, kElementRole, QString::fromStdString(d.element));
        item->setToolTip(0, QString::fromStdString(d.format()));
        items.append(item);
    }
    addTopLevelItems(items);
}

QString ProblemsPanel::summary() const {
    if (topLevelItemCount() == 0)
        return tr("No problems");
    QStringList parts;
    parts << counted(errors_, "error", "errors") << counted(warnings_, "warning", "warnings");
    const int other = topLevelItemCount() - errors_ - warnings_;
    if (other > 0)
        parts << counted(other, "note", "notes");
    return parts.join(QStringLiteral(", "));
}

} // namespace iiot::ui
