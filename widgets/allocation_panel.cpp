#include "allocation_panel.h"

#include "allocation_charts.h"
#include "format_units.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <qcustomplot.h>

namespace iiot::ui {

namespace {

QTableWidgetItem* cell(const QString& text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setTextAlignment(alignment);
    return item;
}

QTableWidgetItem* numberCell(double value, int decimals = -1) {
    const QString text = decimals < 0 ? formatNumber(value) : QString::number(value, 'f', decimals);
    auto* item = cell(text, Qt::AlignRight | Qt::AlignVCenter);
    item->setData(Qt::UserRole, value);
    return item;
}

QString summaryText(const QJsonObject& r) {
    const int admitted = r.value(QStringLiteral("admitted")).toInt();
    const int total = admitted + r.value(QStringLiteral("rejected")).toInt();
    QString text = QObject::tr("<b>%1</b>: admitted %2 of %3 (%4 %), satisfaction %5, %6 active host(s)")
                       .arg(r.value(QStringLiteral("method")).toString())
                       .arg(admitted)
                       .arg(total)
                       .arg(100.0 * r.value(QStringLiteral("admission_rate")).toDouble(), 0, 'f', 1)
                       .arg(r.value(QStringLiteral("satisfaction")).toDouble(), 0, 'f', 3)
                       .arg(r.value(QStringLiteral("active_hosts")).toInt());
    if (r.value(QStringLiteral("method")).toString() == QLatin1String("exact"))
        text += r.value(QStringLiteral("optimal")).toBool() ? QObject::tr(", proven optimal")
                                                            : QObject::tr(", <i>not proven optimal</i>");
    text += QObject::tr(", %1 ms").arg(r.value(QStringLiteral("solve_ms")).toDouble(), 0, 'f', 2);
    return text;
}

} // namespace

AllocationPanel::AllocationPanel(QWidget* parent)
    : QWidget(parent), summary_(new QLabel(this)), table_(new QTableWidget(this)),
      chart_(new QCustomPlot(this)) {
    setObjectName(QStringLiteral("allocationPanel"));
    summary_->setObjectName(QStringLiteral("allocationSummary"));
    summary_->setWordWrap(true);
    summary_->setTextFormat(Qt::RichText);
    table_->setObjectName(QStringLiteral("allocationTable"));
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setAlternatingRowColors(true);
    table_->verticalHeader()->setVisible(false);
    table_->horizontalHeader()->setStretchLastSection(true);
    chart_->setObjectName(QStringLiteral("allocationChart"));
    chart_->setMinimumSize(320, 240);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(table_);
    splitter->addWidget(chart_);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(summary_);
    layout->addWidget(splitter, 1);
    setResult({});
}

int AllocationPanel::statusColumn() const {
    return FirstResourceColumn + static_cast<int>(resources_.size());
}

void AllocationPanel::setResult(const QJsonObject& allocationJson, const QString& caption,
                                long long resultId) {
    result_ = allocationJson;
    resultId_ = allocationJson.isEmpty() ? 0 : resultId;
    table_->clearContents();
    table_->setRowCount(0);
    resources_.clear();
    if (allocationJson.isEmpty()) {
        summary_->setText(
            tr("No allocation shown: run Run \u25b8 Allocate Resources\u2026 or open a stored result."));
        table_->setColumnCount(0);
        chart_->clearPlottables();
        chart_->clearItems();
        chart_->replot();
        return;
    }
    summary_->setText(caption.isEmpty() ? summaryText(allocationJson)
                                        : caption.toHtmlEscaped() + QStringLiteral(" \u2014 ") +
                                              summaryText(allocationJson));

    const QJsonArray allocations = allocationJson.value(QStringLiteral("allocations")).toArray();
    const QJsonArray rejections = allocationJson.value(QStringLiteral("rejections")).toArray();
    // Columns for every resource granted to someone, in the documents' (alphabetical) order.
    for (const QJsonValue& a : allocations) {
        const QJsonObject amounts = a.toObject().value(QStringLiteral("amounts")).toObject();
        for (auto it = amounts.begin(); it != amounts.end(); ++it)
            if (!resources_.contains(it.key()))
                resources_.append(it.key());
    }
    resources_.sort();
    QStringList headers = {tr("Application"), tr("Host"), tr("Priority"), tr("Satisfaction")};
    for (const QString& r : resources_)
        headers.append(resourceAxisLabel(r));
    headers.append(tr("Status"));
    table_->setColumnCount(static_cast<int>(headers.size()));
    table_->setHorizontalHeaderLabels(headers);
    table_->setRowCount(static_cast<int>(allocations.size() + rejections.size()));

    int row = 0;
    for (const QJsonValue& v : allocations) {
        const QJsonObject a = v.toObject();
        table_->setItem(row, ApplicationColumn, cell(a.value(QStringLiteral("application")).toString()));
        table_->setItem(row, HostColumn, cell(a.value(QStringLiteral("host")).toString()));
        table_->setItem(row, PriorityColumn, numberCell(a.value(QStringLiteral("priority")).toDouble()));
        table_->setItem(row, SatisfactionColumn,
                        numberCell(a.value(QStringLiteral("satisfaction")).toDouble(), 3));
        const QJsonObject amounts = a.value(QStringLiteral("amounts")).toObject();
        for (int r = 0; r < resources_.size(); ++r) {
            const QJsonValue amount = amounts.value(resources_[r]);
            table_->setItem(row, FirstResourceColumn + r,
                            amount.isUndefined() ? cell(QString()) : numberCell(amount.toDouble()));
        }
        table_->setItem(row, statusColumn(), cell(tr("admitted")));
        ++row;
    }
    const QColor rejected(0xb7, 0x1c, 0x1c);
    for (const QJsonValue& v : rejections) {
        const QJsonObject j = v.toObject();
        table_->setItem(row, ApplicationColumn, cell(j.value(QStringLiteral("application")).toString()));
        table_->setItem(row, HostColumn, cell(QStringLiteral("\u2014"), Qt::AlignCenter));
        for (int c = PriorityColumn; c < statusColumn(); ++c)
            table_->setItem(row, c, cell(QString()));
        auto* status = cell(tr("rejected: %1").arg(j.value(QStringLiteral("reason")).toString()));
        status->setForeground(rejected);
        status->setToolTip(status->text());
        table_->setItem(row, statusColumn(), status);
        ++row;
    }
    table_->resizeColumnsToContents();
    plotHostResources(chart_, allocationJson);
}

} // namespace iiot::ui
