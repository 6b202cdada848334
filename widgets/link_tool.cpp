#include "link_tool.h"

#include "command_add_link.h"
#include "document.h"
#include "element_item.h"
#include "link_item.h"
#include "topology_scene.h"

#include <QAction>
#include <QApplication>
#include <QGraphicsLineItem>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QKeyEvent>
#include <QMenu>
#include <QPen>
#include <QUndoStack>

namespace iiot::ui {

namespace {
const QColor kAllowed(0x2e, 0x7d, 0x32);
const QColor kRefused(0xc6, 0x28, 0x28);
const QColor kSearching(0x45, 0x5a, 0x64);
} // namespace

LinkTool::LinkTool(TopologyScene* scene, QObject* parent)
    : QObject(parent), scene_(scene), modeAction_(new QAction(tr("&Link Mode"), this)) {
    modeAction_->setCheckable(true);
    modeAction_->setObjectName(QStringLiteral("linkModeAction"));
    modeAction_->setShortcut(QKeySequence(Qt::Key_L));
    modeAction_->setToolTip(tr("Drag from one element to another to link them (or Shift+drag in any mode)"));
    connect(modeAction_, &QAction::toggled, this, [this](bool on) {
        if (!on)
            cancel();
        updateCursor();
        emit statusMessage(on ? tr("Link mode: drag from one element to another; Esc leaves")
                              : tr("Link mode off"));
    });
    scene_->installEventFilter(this);
}

LinkTool::~LinkTool() {
    // The rubber line belongs to the scene, which may already be gone.
    if (scene_ && rubber_ && rubber_->scene() == scene_)
        delete rubber_;
}

bool LinkTool::isLinkMode() const {
    return modeAction_->isChecked();
}

void LinkTool::setLinkMode(bool on) {
    modeAction_->setChecked(on);
}

void LinkTool::updateCursor() {
    for (QGraphicsView* view : scene_->views()) {
        if (isLinkMode())
            view->viewport()->setCursor(Qt::CrossCursor);
        else
            view->viewport()->unsetCursor();
    }
}

bool LinkTool::eventFilter(QObject* watched, QEvent* event) {
    if (watched != scene_)
        return false;
    switch (event->type()) {
    case QEvent::GraphicsSceneMousePress:
        return press(static_cast<QGraphicsSceneMouseEvent*>(event));
    case QEvent::GraphicsSceneMouseMove:
        if (!isLinking())
            return false;
        move(static_cast<QGraphicsSceneMouseEvent*>(event));
        return true;
    case QEvent::GraphicsSceneMouseRelease:
        if (!isLinking())
            return false;
        release(static_cast<QGraphicsSceneMouseEvent*>(event));
        return true;
    case QEvent::GraphicsSceneMouseDoubleClick:
        return isLinking();
    case QEvent::KeyPress:
        if (static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape && (isLinking() || isLinkMode())) {
            if (isLinking()) {
                cancel();
                emit statusMessage(tr("Link cancelled"));
            } else {
                setLinkMode(false);
            }
            event->accept();
            return true;
        }
        return false;
    default:
        return false;
    }
}

ElementItem* LinkTool::elementAt(const QPointF& scenePos) const {
    for (QGraphicsItem* item : scene_->items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder))
        if (auto* element = qgraphicsitem_cast<ElementItem*>(item))
            if (element->isVisible())
                return element;
    return nullptr;
}

bool LinkTool::isLocked(const QString& id) const {
    if (lockTest_ && lockTest_(id))
        return true;
    const ElementItem* item = scene_->elementItem(id);
    return item && (!item->isEnabled() || scene_->isLayerLocked(item->layer()));
}

bool LinkTool::press(QGraphicsSceneMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return false;
    if (!isLinkMode() && !(event->modifiers() & Qt::ShiftModifier))
        return false;
    ElementItem* from = elementAt(event->scenePos());
    if (!from)
        return false; // an empty spot: rubber-band selection as usual
    cancel();
    source_ = from->elementId();
    hovered_.clear();
    moved_ = false;
    pressScreenPos_ = event->screenPos();
    rubber_ = new QGraphicsLineItem(QLineF(from->centre(), event->scenePos()));
    QPen pen(kSearching, 1.5, Qt::DashLine);
    pen.setCosmetic(true);
    rubber_->setPen(pen);
    rubber_->setZValue(1e6); // above everything while it lasts
    rubber_->setAcceptedMouseButtons(Qt::NoButton);
    scene_->addItem(rubber_);
    event->accept();
    return true;
}

void LinkTool::move(QGraphicsSceneMouseEvent* event) {
    if ((event->screenPos() - pressScreenPos_).manhattanLength() >= QApplication::startDragDistance())
        moved_ = true;
    const ElementItem* from = scene_->elementItem(source_);
    if (!from) { // the source went away under the drag (e.g. an undo)
        cancel();
        return;
    }
    const ElementItem* over = elementAt(event->scenePos());
    QPointF end = event->scenePos();
    QColor colour = kSearching;
    const QString target = over && over != from ? over->elementId() : QString();
    if (!target.isEmpty()) {
        end = over->centre();
        const LinkCheck check =
            checkNewLink(*scene_->document(), source_, target, isLocked(source_), isLocked(target));
        colour = check.allowed() ? kAllowed : kRefused;
    }
    hovered_ = target;
    rubber_->setLine(QLineF(from->centre(), end));
    QPen pen = rubber_->pen();
    pen.setColor(colour);
    pen.setStyle(target.isEmpty() ? Qt::DashLine : Qt::SolidLine);
    rubber_->setPen(pen);
    event->accept();
}

void LinkTool::release(QGraphicsSceneMouseEvent* event) {
    event->accept();
    if (event->button() != Qt::LeftButton)
        return;
    const QString from = source_;
    const ElementItem* over = elementAt(event->scenePos());
    const bool moved = moved_;
    cancel();
    if (!over) {
        emit statusMessage(tr("No link: release the mouse over another element"));
        return;
    }
    if (over->elementId() == from && !moved)
        return; // a click, not a drag
    link(from, over->elementId(), event->screenPos());
}

void LinkTool::cancel() {
    if (rubber_) {
        delete rubber_;
        rubber_ = nullptr;
    }
    source_.clear();
    hovered_.clear();
}

QString LinkTool::link(const QString& from, const QString& to, const QPoint& screenPos) {
    Document* document = scene_->document();
    const LinkCheck check = checkNewLink(*document, from, to, isLocked(from), isLocked(to));
    if (!check.allowed()) {
        emit statusMessage(check.reason);
        return {};
    }
    const QString medium =
        check.media.size() == 1 ? check.media.front() : chooseMedium(check.media, screenPos);
    if (medium.isEmpty()) {
        emit statusMessage(tr("Link cancelled"));
        return {};
    }
    if (!check.media.contains(medium)) {
        emit statusMessage(tr("No link: '%1' is not a medium both elements can use").arg(medium));
        return {};
    }
    model::Link link;
    link.from = from.toStdString();
    link.to = to.toStdString();
    link.medium = medium.toStdString();
    auto* command = new AddLinkCommand(document, std::move(link));
    const QString key = command->linkId();
    document->undoStack()->push(command);
    // The new link becomes the selection, so the inspector shows it for its bandwidth and latency.
    if (LinkItem* item = scene_->linkItem(key)) {
        scene_->clearSelection();
        item->setSelected(true);
    }
    emit statusMessage(tr("Linked '%1' to '%2' by %3").arg(from, to, mediumLabel(document->types(), medium)));
    emit linkCreated(key);
    return key;
}

QString LinkTool::chooseMedium(const QStringList& media, const QPoint& screenPos) const {
    if (chooser_)
        return chooser_(media, screenPos);
    QMenu menu;
    menu.addSection(tr("Link medium"));
    for (const QString& medium : media)
        menu.addAction(mediumLabel(scene_->document()->types(), medium))->setData(medium);
    const QAction* chosen = menu.exec(screenPos);
    return chosen ? chosen->data().toString() : QString();
}

} // namespace iiot::ui
