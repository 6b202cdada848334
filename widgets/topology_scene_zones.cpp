// TopologyScene: zones as editable containers (renamed, added, removed, dragged by their caption),
// zone membership at the end of a drag, and selecting a given set of elements.

#include "topology_scene.h"

#include "command_move_elements.h"
#include "document.h"
#include "element_item.h"
#include "link_item.h"
#include "zone_item.h"
#include "zone_membership.h"

#include <QGraphicsSceneMouseEvent>
#include <QGraphicsSimpleTextItem>
#include <QSet>
#include <QSignalBlocker>
#include <QUndoStack>

namespace iiot::ui {

void TopologyScene::zonesChanged(const QStringList& ids) {
    for (const QString& id : ids) {
        const model::Zone* zone = document_->zone(id.toStdString());
        if (!zone) {
            delete zones_.take(id);
            delete zoneCaptions_.take(id);
            continue;
        }
        if (ZoneItem* item = zones_.value(id))
            item->refresh(*zone, document_->types());
        if (QGraphicsSimpleTextItem* caption = zoneCaptions_.value(id))
            caption->setText(ZoneItem::caption(*zone, document_->types()));
    }
    refitZones();
    fitBands();
}

QStringList TopologyScene::selectedZoneIds() const {
    QStringList ids;
    for (QGraphicsItem* item : selectedItems())
        if (const auto* zone = qgraphicsitem_cast<ZoneItem*>(item))
            ids.append(zone->zoneId());
    return ids;
}

void TopologyScene::selectElements(const QStringList& ids) {
    {
        const QSignalBlocker quiet(this);
        clearSelection();
        QSet<ElementItem*> chosen;
        for (const QString& id : ids)
            if (ElementItem* item = elements_.value(id)) {
                item->setSelected(true);
                chosen.insert(item);
            }
        for (LinkItem* link : std::as_const(links_))
            if (chosen.contains(link->fromItem()) && chosen.contains(link->toItem()))
                link->setSelected(true);
    }
    emit selectionChanged();
}

void TopologyScene::startZoneDrag(ZoneItem* zone, QGraphicsSceneMouseEvent* event) {
    Drag drag;
    drag.zoneDrag = true;
    drag.pressPos = event->scenePos();
    for (ElementItem* item : std::as_const(elements_)) {
        // Members of hidden or locked layers stay where they are.
        if (item->zoneId() != zone->zoneId() || !item->isVisible() ||
            !(item->flags() & QGraphicsItem::ItemIsSelectable))
            continue;
        const model::Element* data = document_->element(item->elementId());
        if (!data)
            continue;
        drag.ids.push_back(data->id);
        drag.before.push_back(data->position);
        drag.starts.push_back(item->pos());
    }
    if (drag.ids.empty())
        return;
    drag.token = ++dragCount_;
    drag.grabbedStart = drag.starts.front(); // snapping keeps the first member on the grid
    drag_ = std::move(drag);
}

void TopologyScene::finishDragZones() {
    if (!drag_ || drag_->zoneDrag || drag_->lastShift.isNull())
        return;
    std::vector<MoveElementsCommand::Move> moves;
    moves.reserve(drag_->ids.size());
    for (std::size_t i = 0; i < drag_->ids.size(); ++i) {
        const QPointF at = drag_->starts[i] + drag_->lastShift;
        moves.push_back({drag_->ids[i], drag_->before[i], model::Position{at.x(), at.y()}});
    }
    std::vector<MoveElementsCommand::ZoneChange> changes =
        ZoneMembership::changesFor(*document_, *this, moves, drag_->starts);
    if (changes.empty())
        return;
    // The same token and positions: it merges into the drag's step, adding the zone changes.
    auto* last = new MoveElementsCommand(document_, std::move(moves), drag_->token);
    last->setZoneChanges(std::move(changes));
    document_->undoStack()->push(last);
}

} // namespace iiot::ui
