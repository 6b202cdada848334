#include "slicing_result_panel.h"

#include "format_units.h"
#include "slice_palette.h"
#include "slicing_result_data.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QSplitter>
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

QTableWidgetItem* numberCell(double value) {
    auto* item = cell(formatNumber(value), Qt::AlignRight | Qt::AlignVCenter);
    item->setData(Qt::UserRole, value);
    return item;
}

QIcon swatch(const QColor& colour) {
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawRoundedRect(QRectF(1, 4, 12, 6), 2, 2);
    return QIcon(pixmap);
}

QString parametersText(const QJsonObject& parameters) {
    QStringList parts;
    for (auto it = parameters.begin(); it != parameters.end(); ++it) {
        const QJsonValue v = it.value();
        parts << QStringLiteral("%1 %2").arg(it.key(),
                                             v.isString() ? v.toString() : formatNumber(v.toDouble()));
    }
    return parts.join(QStringLiteral(", "));
}

QString summaryText(const SlicingResultData& r, const QString& caption) {
    QString text = QObject::tr("<b>%1</b>").arg(r.method.toHtmlEscaped());
    if (!caption.isEmpty())
        text += QStringLiteral(" (%1)").arg(caption.toHtmlEscaped());
    if (!r.error.isEmpty())
        return text + QObject::tr(": <span style='color:#b00020'>%1</span>").arg(r.error.toHtmlEscaped());
    text += QObject::tr(": admitted %1 of %2 (%3 %), average cost %4, average delay %5 ms, "
                        "CPU utilisation variance %6; solved in %7 ms")
                .arg(r.admittedCount())
                .arg(r.services.size())
                .arg(100.0 * r.admittedRate, 0, 'f', 1)
                .arg(r.averageCost, 0, 'f', 2)
                .arg(r.averageDelayMs, 0, 'f', 3)
                .arg(r.cpuUtilizationVariance, 0, 'g', 4)
                .arg(r.solveMs, 0, 'f', 1);
    if (!r.parameters.isEmpty())
        text += QStringLiteral("<br>") +
                QObject::tr("Parameters: %1").arg(parametersText(r.parameters).toHtmlEscaped());
    return text;
}

} // namespace

SlicingResultPanel::SlicingResultPanel(QWidget* parent)
    : QWidget(parent), summary_(new QLabel(this)), showOnCanvas_(new QCheckBox(tr("Show on &canvas"), this)),
      table_(new QTableWidget(this)), rejectedCaption_(new QLabel(this)), rejected_(new QTableWidget(this)) {
    setObjectName(QStringLiteral("slicingPanel"));
    summary_->setObjectName(QStringLiteral("slicingSummary"));
    summary_->setWordWrap(true);
    summary_->setTextFormat(Qt::RichText);
    showOnCanvas_->setObjectName(QStringLiteral("showOnCanvas"));
    showOnCanvas_->setToolTip(tr("Draw the admitted services' walks and VNF placements on the canvas"));

    table_->setObjectName(QStringLiteral("slicingTable"));
    table_->setColumnCount(ColumnCount);
    table_->setHorizontalHeaderLabels({tr("Service"), tr("Admitted"), tr("Cost"), tr("Delay (ms)"),
                                       tr("Bound (ms)"), tr("Lower bound"), tr("VNF placement"), tr("Walk")});
    table_->horizontalHeaderItem(BoundColumn)->setToolTip(tr("The service's max_delay_ms"));
    table_->horizontalHeaderItem(LowerBoundColumn)
        ->setToolTip(tr("LARAC's Lagrangian lower bound on the cost (stnra)"));
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setAlternatingRowColors(true);
    table_->verticalHeader()->setVisible(false);
    table_->horizontalHeader()->setStretchLastSection(true);

    rejectedCaption_->setObjectName(QStringLiteral("rejectedCaption"));
    rejected_->setObjectName(QStringLiteral("rejectedTable"));
    rejected_->setColumnCount(2);
    rejected_->setHorizontalHeaderLabels({tr("Service"), tr("Why it was rejected")});
    rejected_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    rejected_->setSelectionBehavior(QAbstractItemView::SelectRows);
    rejected_->verticalHeader()->setVisible(false);
    rejected_->horizontalHeader()->setStretchLastSection(true);
    rejected_->setWordWrap(true);

    auto* top = new QHBoxLayout;
    top->addWidget(summary_, 1);
    top->addWidget(showOnCanvas_, 0, Qt::AlignTop);
    auto* rejectedBox = new QWidget(this);
    auto* rejectedLayout = new QVBoxLayout(rejectedBox);
    rejectedLayout->setContentsMargins(0, 0, 0, 0);
    rejectedLayout->addWidget(rejectedCaption_);
    rejectedLayout->addWidget(rejected_, 1);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(table_);
    splitter->addWidget(rejectedBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(showOnCanvas_, &QCheckBox::toggled, this, &SlicingResultPanel::showOnCanvasToggled);
    connect(table_, &QTableWidget::itemSelectionChanged, this,
            [this] { emit serviceSelected(selectedService()); });
    clear();
}

void SlicingResultPanel::clear() {
    setResult({}, model::Project());
}

void SlicingResultPanel::setResult(const QJsonObject& sliceJson, const model::Project& project,
                                   const QString& caption, long long resultId) {
    result_ = sliceJson;
    resultId_ = resultId;
    const SlicingResultData data = slicingResultFromJson(sliceJson);
    {
        const QSignalBlocker quiet(table_);
        table_->clearSelection();
        table_->setRowCount(0);
    }
    rejected_->setRowCount(0);
    showOnCanvas_->setEnabled(!sliceJson.isEmpty() && data.error.isEmpty());
    if (sliceJson.isEmpty()) {
        summary_->setText(
            tr("No slicing result: run Run \u25b8 Slice Network\u2026 or open one from the Results dock."));
        rejectedCaption_->setText(tr("Rejected services"));
        return;
    }
    summary_->setText(summaryText(data, caption));

    const QSignalBlocker quiet(table_);
    table_->setRowCount(static_cast<int>(data.services.size()));
    int rejectedRows = 0;
    for (std::size_t k = 0; k < data.services.size(); ++k) {
        const SlicingServiceData& s = data.services[k];
        const int row = static_cast<int>(k);
        auto* name = cell(s.id);
        name->setData(Qt::UserRole, s.id);
        if (s.admitted)
            name->setIcon(swatch(sliceServiceColour(row)));
        table_->setItem(row, ServiceColumn, name);
        table_->setItem(row, AdmittedColumn, cell(s.admitted ? tr("yes") : tr("no")));
        const std::optional<double> bound = serviceDelayBound(project, s.id);
        table_->setItem(row, BoundColumn, bound ? numberCell(*bound) : cell(QString()));
        if (!s.admitted) {
            for (int column : {CostColumn, DelayColumn, LowerBoundColumn, PlacementColumn})
                table_->setItem(row, column, cell(QStringLiteral("\u2013")));
            auto* reason = cell(s.reason);
            reason->setToolTip(s.reason);
            table_->setItem(row, PathColumn, reason);
            for (int column = 0; column < ColumnCount; ++column)
                table_->item(row, column)->setForeground(QColor(0x80, 0x80, 0x80));
            rejected_->insertRow(rejectedRows);
            rejected_->setItem(rejectedRows, RejectedServiceColumn, cell(s.id));
            auto* why = cell(s.reason);
            why->setToolTip(s.reason);
            rejected_->setItem(rejectedRows, ReasonColumn, why);
            ++rejectedRows;
            continue;
        }
        table_->setItem(row, CostColumn, numberCell(s.cost));
        auto* delay = numberCell(s.delayMs);
        if (bound && s.delayMs > *bound)
            delay->setForeground(QColor(0xb0, 0x00, 0x20));
        table_->setItem(row, DelayColumn, delay);
        table_->setItem(row, LowerBoundColumn, s.lowerBound ? numberCell(*s.lowerBound) : cell(QString()));
        const QStringList names = serviceChainNames(project, s.id, s.placement.size());
        QStringList placed;
        for (qsizetype j = 0; j < s.placement.size(); ++j)
            placed << QStringLiteral("%1@%2").arg(names[j], s.placement[j]);
        auto* placement = cell(placed.join(QStringLiteral(", ")));
        placement->setToolTip(placed.join(QLatin1Char('\n')));
        table_->setItem(row, PlacementColumn, placement);
        auto* walk = cell(s.path.join(QStringLiteral(" \u2192 ")));
        walk->setToolTip(tr("Links: %1").arg(s.links.join(QStringLiteral(", "))));
        table_->setItem(row, PathColumn, walk);
    }
    rejectedCaption_->setText(rejectedRows == 0 ? tr("Rejected services: none")
                                                : tr("Rejected services (%1)").arg(rejectedRows));
    table_->resizeColumnsToContents();
    rejected_->resizeColumnToContents(RejectedServiceColumn);
}

QString SlicingResultPanel::selectedService() const {
    const QList<QTableWidgetItem*> selected = table_->selectedItems();
    for (QTableWidgetItem* item : selected)
        if (item->column() == ServiceColumn)
            return item->data(Qt::UserRole).toString();
    return {};
}

bool SlicingResultPanel::selectService(const QString& id) {
    for (int row = 0; row < table_->rowCount(); ++row)
        if (table_->item(row, ServiceColumn)->data(Qt::UserRole).toString() == id) {
            table_->selectRow(row);
            return true;
        }
    return false;
}

} // namespace iiot::ui
