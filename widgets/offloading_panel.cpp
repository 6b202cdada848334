#include "offloading_panel.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace iiot::ui {

namespace {

QTableWidgetItem* cell(const QString& text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setTextAlignment(alignment);
    return item;
}

// Milliseconds with three decimals; the raw value stays in UserRole for sorting and checks. The
// document writes a time that cannot be reached (no route) as null: shown as infinite.
QTableWidgetItem* msCell(const QJsonValue& value) {
    if (!value.isDouble())
        return cell(QStringLiteral("\u221e"), Qt::AlignRight | Qt::AlignVCenter);
    auto* item = cell(QString::number(value.toDouble(), 'f', 3), Qt::AlignRight | Qt::AlignVCenter);
    item->setData(Qt::UserRole, value.toDouble());
    return item;
}

QString summaryText(const QJsonObject& r) {
    const QJsonObject modes = r.value(QStringLiteral("modes")).toObject();
    QString text =
        QObject::tr("<b>%1</b> (seed %2): total delay %3 ms, average %4 ms, reliability %5, satisfaction %6; "
                    "local %7, edge %8, cloud %9")
            .arg(r.value(QStringLiteral("method")).toString())
            .arg(r.value(QStringLiteral("seed")).toInteger())
            .arg(r.value(QStringLiteral("total_delay_ms")).toDouble(), 0, 'f', 3)
            .arg(r.value(QStringLiteral("average_delay_ms")).toDouble(), 0, 'f', 3)
            .arg(r.value(QStringLiteral("reliability")).toDouble(), 0, 'f', 4)
            .arg(r.value(QStringLiteral("satisfaction")).toDouble(), 0, 'f', 4)
            .arg(modes.value(QStringLiteral("local")).toInt())
            .arg(modes.value(QStringLiteral("edge")).toInt())
            .arg(modes.value(QStringLiteral("cloud")).toInt());
    if (r.contains(QStringLiteral("converged")))
        text +=
            r.value(QStringLiteral("converged")).toBool()
                ? QObject::tr("; converged after %1 sweeps").arg(r.value(QStringLiteral("sweeps")).toInt())
                : QObject::tr("; <i>not converged</i> after %1 sweeps")
                      .arg(r.value(QStringLiteral("sweeps")).toInt());
    return text;
}

} // namespace

OffloadingPanel::OffloadingPanel(QWidget* parent)
    : QWidget(parent), summary_(new QLabel(this)), table_(new QTableWidget(this)) {
    setObjectName(QStringLiteral("offloadingPanel"));
    summary_->setObjectName(QStringLiteral("offloadingSummary"));
    summary_->setWordWrap(true);
    summary_->setTextFormat(Qt::RichText);
    table_->setObjectName(QStringLiteral("offloadingTable"));
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setAlternatingRowColors(true);
    table_->verticalHeader()->setVisible(false);
    table_->setColumnCount(ColumnCount);
    table_->setHorizontalHeaderLabels({tr("Element"), tr("Application"), tr("Mode"), tr("Destination"),
                                       tr("Upload (ms)"), tr("Wait (ms)"), tr("Delay (ms)"),
                                       tr("Deadline (ms)"), tr("Deadline met")});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(summary_);
    layout->addWidget(table_, 1);
    setResult({});
}

void OffloadingPanel::setResult(const QJsonObject& offloadJson, const QString& caption, long long resultId) {
    result_ = offloadJson;
    resultId_ = offloadJson.isEmpty() ? 0 : resultId;
    table_->clearContents();
    table_->setRowCount(0);
    if (offloadJson.isEmpty()) {
        summary_->setText(
            tr("No computing-mode selection shown: run Run \u25b8 Select Computing Modes\u2026 or "
               "open a stored result."));
        return;
    }
    summary_->setText(caption.isEmpty()
                          ? summaryText(offloadJson)
                          : caption.toHtmlEscaped() + QStringLiteral(" \u2014 ") + summaryText(offloadJson));
    const QJsonArray tasks = offloadJson.value(QStringLiteral("tasks")).toArray();
    table_->setRowCount(static_cast<int>(tasks.size()));
    const QColor late(0xb7, 0x1c, 0x1c);
    for (int row = 0; row < tasks.size(); ++row) {
        const QJsonObject t = tasks[row].toObject();
        table_->setItem(row, ElementColumn, cell(t.value(QStringLiteral("element")).toString()));
        table_->setItem(row, ApplicationColumn, cell(t.value(QStringLiteral("application")).toString()));
        table_->setItem(row, ModeColumn, cell(t.value(QStringLiteral("mode")).toString()));
        table_->setItem(row, DestinationColumn, cell(t.value(QStringLiteral("host")).toString()));
        table_->setItem(row, UploadColumn, msCell(t.value(QStringLiteral("upload_ms"))));
        table_->setItem(row, WaitColumn, msCell(t.value(QStringLiteral("wait_ms"))));
        table_->setItem(row, DelayColumn, msCell(t.value(QStringLiteral("delay_ms"))));
        table_->setItem(row, DeadlineColumn, msCell(t.value(QStringLiteral("max_latency_ms"))));
        const bool met = t.value(QStringLiteral("met")).toBool();
        auto* status = cell(met ? tr("yes") : tr("no"), Qt::AlignCenter);
        if (!met)
            status->setForeground(late);
        table_->setItem(row, MetColumn, status);
    }
    table_->resizeColumnsToContents();
}

} // namespace iiot::ui
