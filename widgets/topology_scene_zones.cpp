// TopologyScene: zones as editable containers (renamed, added, removed, dragged by their caption,
// drawn even without members), zone membership at the end of a drag, refusing drags into locked
// layers, and selecting a given set of elements.

#include "topology_scene.h"

#include "command_move_elements.h"
#include "document.h"
#include "element_item.h"
#include "layer_band_item.h"
#include "layer_lock.h"
#include "link_item.h"
#include "zone_item.h"
#include "zone_membership.h"

#include <QGraphicsSceneMouseEvent>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsView>
#include <QSet>
#include <QSignalBlocker>
#include <QUndoStack>

namespace iiot::ui {

void TopologyScene::zonesChanged(const QStringList& ids) {
    for (const QString& id : ids) {
        const model::Zone* zone = document_->zone(id.toStdString());
        if (!zone) {
            if (const ZoneItem* item = zones_.value(id)) {
                removedZoneRects_.insert(id, item->rect());
                lastRemovedZoneRect_ = item->rect();
            }
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

void TopologyScene::placeEmptyZone(const model::Zone& zone, ZoneItem* item) {
    if (!item->rect().isNull()) {
        item->place(item->rect()); // it just lost its last member: it stays where it was
        return;
    }
    // Back after an undo, or renamed: where it was.
    const QRectF was = removedZoneRects_.value(QString::fromStdString(zone.id), lastRemovedZoneRect_);
    lastRemovedZoneRect_ = QRectF();
    if (!was.isNull()) {
        item->place(was);
        return;
    }
    // New and empty: in the middle of what the user looks at, else right of the content.
    QPointF centre;
    if (const QList<QGraphicsView*> shown = views(); !shown.isEmpty()) {
        QGraphicsView* view = shown.front();
        centre = view->mapToScene(view->viewport()->rect().center());
    } else {
        const QRectF band = bandRect(model::ElementLayer::Network);
        qreal right = band.left() + LayerBandItem::kGutter;
        const QRectF footprint = ElementItem::footprint();
        for (const ElementItem* element : std::as_const(elements_))
            right = std::max(right, element->pos().x() + footprint.right());
        centre = QPointF(right + 120, band.center().y());
    }
    // Clear of the other containers, so two new zones do not hide each other.
    constexpr qreal kStep = 30;
    constexpr int kTries = 50;
    QRectF container = ZoneItem::emptyContainer(zone, document_->types(), centre);
    for (int i = 0; i < kTries; ++i) {
        bool clear = true;
        for (const ZoneItem* other : std::as_const(zones_))
            clear = clear && (other == item || !other->rect().intersects(container));
        if (clear)
            break;
        container.translate(kStep, kStep);
    }
    item->place(container);
}

QString TopologyScene::lockedDragRefusal(QPointF shift) const {
    return drag_ ? lockedMove(*this, drag_->starts, shift) : QString();
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
