#include "gap_list.h"

#include "coverage_format.h"

#include <QHeaderView>

namespace iiot::ui {

namespace {
constexpr int kIdRole = Qt::UserRole;
}

GapList::GapList(QWidget* parent) : QTreeWidget(parent) {
    setColumnCount(5);
    setHeaderLabels({tr("#"), tr("Capability"), tr("Layer"), tr("Rating"), tr("Priority")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(CapabilityColumn, QHeaderView::Stretch);
    for (int column : {RankColumn, LayerColumn, RatingColumn, PriorityColumn})
        header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(this, &QTreeWidget::itemPressed, this,
            [this](QTreeWidgetItem* item) { emit capabilityActivated(item->data(0, kIdRole).toString()); });
    connect(this, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { emit capabilityActivated(item->data(0, kIdRole).toString()); });
}

void GapList::setResult(const solvers::CoverageResult* result) {
    clear();
    if (!result)
        return;
    const auto& catalogue = model::CapabilityCatalogue::builtin();
    QList<QTreeWidgetItem*> items;
    int rank = 0;
    for (const solvers::CoverageGap& gap : result->gaps) {
        const model::CapabilityInfo* info = catalogue.find(gap.capability);
        const QString id = QString::fromStdString(gap.capability);
        auto* item = new QTreeWidgetItem(QStringList{QString::number(++rank),
                                                     info ? QString::fromStdString(info->label) : id,
                                                     info ? frameworkLayerName(info->layer) : QString(),
                                                     formatScore(gap.rating), formatScore(gap.priority)});
        item->setData(0, kIdRole, id);
        item->setToolTip(CapabilityColumn, QStringLiteral("%1 (%2)").arg(item->text(CapabilityColumn), id));
        item->setBackground(RatingColumn, heatColour(gap.rating));
        for (int column : {RankColumn, RatingColumn, PriorityColumn})
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        items.append(item);
    }
    addTopLevelItems(items);
}

QString GapList::capabilityAt(int row) const {
    const QTreeWidgetItem* item = topLevelItem(row);
    return item ? item->data(0, kIdRole).toString() : QString();
}

} // namespace iiot::ui
