// Graphics item type ids of the topology scene, in one place so they never collide
// (qgraphicsitem_cast relies on them).
#pragma once

#include <QGraphicsItem>

namespace iiot::ui {

enum ItemType : int {
    ElementItemType = QGraphicsItem::UserType + 1,
    LinkItemType,
    ZoneItemType,
    LayerBandItemType,
};

} // namespace iiot::ui
