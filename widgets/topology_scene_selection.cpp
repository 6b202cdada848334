// TopologyScene: selection helpers and moving the selected elements with the mouse.

#include "topology_scene.h"

#include "command_move_elements.h"
#include "document.h"
#include "element_item.h"
#include "link_item.h"
#include "zone_item.h"

#include <QGraphicsSceneMouseEvent>
#include <QSignalBlocker>
#include <QUndoStack>

#include <cmath>

namespace iiot::ui {

namespace {
QPointF snapped(QPointF p, qreal grid) {
    return {std::round(p.x() / grid) * grid, std::round(p.y() / grid) * grid};
}
} // namespace

bool TopologyScene::selectElement(const QString& id) {
    ElementItem* item = elements_.value(id);
    if (!item)
        return false;
    clearSelection();
    item->setSelected(true);
    return true;
}

void TopologyScene::selectAllItems() {
    // Each setSelected() announces a selection change, and listeners read the whole selection:
    // quadratic for 10,000 items. So the announcements are held back and made once. (Qt's
    // setSelectionArea announces once too, but tests every item against a path: 3 times slower.)
    {
        const QSignalBlocker quiet(this);
        for (ElementItem* item : std::as_const(elements_))
            item->setSelected(true);
        for (LinkItem* item : std::as_const(links_))
            item->setSelected(true);
    }
    emit selectionChanged();
}

QStringList TopologyScene::selectedElementIds() const {
    QStringList ids;
    for (QGraphicsItem* item : selectedItems())
        if (const auto* element = qgraphicsitem_cast<ElementItem*>(item))
            ids.append(element->elementId());
    return ids;
}

QStringList TopologyScene::selectedLinkKeys() const {
    QStringList keys;
    for (QGraphicsItem* item : selectedItems())
        if (const auto* link = qgraphicsitem_cast<LinkItem*>(item))
            keys.append(link->linkId());
    return keys;
}

void TopologyScene::mousePressEvent(QGraphicsSceneMouseEvent* event) {
    endDrag();
    // Selection first (click, Ctrl+click): Qt's item handling does that. Items are not movable,
    // so Qt never moves one; the drag below moves the model instead.
    QGraphicsScene::mousePressEvent(event);
    if (event->button() == Qt::LeftButton)
        startDrag(event);
}

void TopologyScene::startDrag(QGraphicsSceneMouseEvent* event) {
    if (auto* zone = qgraphicsitem_cast<ZoneItem*>(mouseGrabberItem())) {
        startZoneDrag(zone, event);
        return;
    }
    auto* grabbed = qgraphicsitem_cast<ElementItem*>(mouseGrabberItem());
    if (!grabbed || !grabbed->isSelected())
        return;
    Drag drag;
    drag.token = ++dragCount_;
    drag.pressPos = event->scenePos();
    drag.grabbedStart = grabbed->pos();
    for (QGraphicsItem* item : selectedItems()) {
        const auto* element = qgraphicsitem_cast<ElementItem*>(item);
        const model::Element* data = element ? document_->element(element->elementId()) : nullptr;
        if (!data)
            continue;
        drag.ids.push_back(data->id);
        drag.before.push_back(data->position);
        drag.starts.push_back(element->pos());
    }
    drag_ = std::move(drag);
}

void TopologyScene::endDrag() {
    if (!drag_)
        return;
    drag_.reset(); // the next drag has a new token: it will not merge with this one
    fitBands();    // the scene rect may follow the content again
}

void TopologyScene::mouseMoveEvent(QGraphicsSceneMouseEvent* event) {
    if (drag_ && (event->buttons() & Qt::LeftButton)) {
        continueDrag(event);
        event->accept();
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void TopologyScene::continueDrag(QGraphicsSceneMouseEvent* event) {
    QPointF target = drag_->grabbedStart + (event->scenePos() - drag_->pressPos);
    if (snapToGrid_)
        target = snapped(target, kGridSize);
    const QPointF shift = target - drag_->grabbedStart;
    if (shift == drag_->lastShift)
        return;
    // Into a locked layer's band the elements do not follow: they wait at the last allowed place.
    if (const QString refusal = lockedDragRefusal(shift); !refusal.isEmpty()) {
        emit statusMessage(refusal);
        return;
    }
    drag_->lastShift = shift;
    std::vector<MoveElementsCommand::Move> moves;
    moves.reserve(drag_->ids.size());
    for (std::size_t i = 0; i < drag_->ids.size(); ++i) {
        const QPointF at = drag_->starts[i] + shift;
        moves.push_back({drag_->ids[i], drag_->before[i], model::Position{at.x(), at.y()}});
    }
    // Pushed on every mouse move so that the canvas shows the model as it is; the commands of
    // one drag carry one token and merge into a single undo step.
    const int token = drag_->token;
    document_->undoStack()->push(new MoveElementsCommand(document_, std::move(moves), token));
}

void TopologyScene::mouseReleaseEvent(QGraphicsSceneMouseEvent* event) {
    QGraphicsScene::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton) {
        finishDragZones();
        endDrag();
    }
}

} // namespace iiot::ui
