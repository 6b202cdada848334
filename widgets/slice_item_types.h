// Graphics item type ids of the slicing overlay (qgraphicsitem_cast), kept clear of the
// topology scene's own ids in item_types.h.
#pragma once

#include <QGraphicsItem>

namespace iiot::ui {

enum SliceItemType : int {
    SliceLayerItemType = QGraphicsItem::UserType + 64,
    SlicePathItemType,
    SliceBadgeItemType,
    SliceLegendItemType,
};

} // namespace iiot::ui
