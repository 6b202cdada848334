#include "topology_view.h"

#include "canvas_grid.h"
#include "palette.h"
#include "topology_scene.h"

#include <QDragEnterEvent>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QMimeData>

#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace iiot::ui {

namespace {
constexpr int kFitMargin = 16; // viewport pixels kept free around fitted content
}

TopologyView::TopologyView(QWidget* parent) : QGraphicsView(parent) {
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    // Redraw only the bounding box of what changed: with thousands of items a full repaint per
    // selection change would stall, and minimal regions fragment into many small paints.
    setViewportUpdateMode(BoundingRectViewportUpdate);
    // Items keep their painter state and leave antialiasing room in their bounding rects.
    setOptimizationFlags(DontSavePainterState | DontAdjustForAntialiasing);
    setTransformationAnchor(NoAnchor); // setZoomAt() anchors itself
    setResizeAnchor(AnchorViewCenter);
    setDragMode(RubberBandDrag);
    setBackgroundBrush(QColor(0xfa, 0xfa, 0xfb));
    setFocusPolicy(Qt::StrongFocus);
}

double TopologyView::zoom() const {
    return transform().m11();
}

void TopologyView::setZoomAt(double factor, const QPointF& viewportPos) {
    const double clamped = std::clamp(factor, kMinZoom, kMaxZoom);
    if (clamped == zoom())
        return;
    const QPoint anchor = viewportPos.toPoint();
    const QPointF scenePoint = mapToScene(anchor);
    setTransform(QTransform::fromScale(clamped, clamped));
    const QPoint drift = mapFromScene(scenePoint) - anchor;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + drift.x());
    verticalScrollBar()->setValue(verticalScrollBar()->value() + drift.y());
    emit zoomChanged(clamped);
}

void TopologyView::setZoom(double factor) {
    setZoomAt(factor, QRectF(viewport()->rect()).center());
}

void TopologyView::zoomIn() {
    setZoom(zoom() * kStep);
}

void TopologyView::zoomOut() {
    setZoom(zoom() / kStep);
}

void TopologyView::resetZoom() {
    setZoom(1.0);
}

void TopologyView::fitToContents() {
    if (!scene())
        return;
    const QRectF content = scene()->itemsBoundingRect();
    const QRectF room = QRectF(viewport()->rect()).adjusted(kFitMargin, kFitMargin, -kFitMargin, -kFitMargin);
    if (content.isEmpty() || room.isEmpty())
        return;
    const double fit = std::min(room.width() / content.width(), room.height() / content.height());
    setZoom(std::min(fit, 1.0));
    centerOn(content.center());
}

void TopologyView::wheelEvent(QWheelEvent* event) {
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event); // horizontal wheels scroll
        return;
    }
    setZoomAt(zoom() * std::pow(kWheelStep, delta / 120.0), event->position());
    event->accept();
}

void TopologyView::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::MiddleButton) {
        middlePanning_ = true;
        lastPanPos_ = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void TopologyView::mouseMoveEvent(QMouseEvent* event) {
    if (middlePanning_) {
        const QPoint pos = event->position().toPoint();
        const QPoint delta = pos - lastPanPos_;
        lastPanPos_ = pos;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void TopologyView::mouseReleaseEvent(QMouseEvent* event) {
    if (middlePanning_ && event->button() == Qt::MiddleButton) {
        middlePanning_ = false;
        viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void TopologyView::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat() && !spacePanning_) {
        // While Space is held, a left drag pans anywhere, even over items.
        spacePanning_ = true;
        setInteractive(false);
        setDragMode(ScrollHandDrag);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void TopologyView::keyReleaseEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat() && spacePanning_) {
        endSpacePan();
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void TopologyView::focusOutEvent(QFocusEvent* event) {
    endSpacePan(); // the release may go to another widget
    QGraphicsView::focusOutEvent(event);
}

void TopologyView::endSpacePan() {
    if (!spacePanning_)
        return;
    spacePanning_ = false;
    setDragMode(RubberBandDrag);
    setInteractive(true);
}

void TopologyView::dragEnterEvent(QDragEnterEvent* event) {
    if (!Palette::kindFromMime(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        QGraphicsView::dragEnterEvent(event);
}

void TopologyView::dragMoveEvent(QDragMoveEvent* event) {
    if (!Palette::kindFromMime(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        QGraphicsView::dragMoveEvent(event);
}

void TopologyView::dropEvent(QDropEvent* event) {
    const QString kind = Palette::kindFromMime(event->mimeData());
    if (kind.isEmpty()) {
        QGraphicsView::dropEvent(event);
        return;
    }
    event->acceptProposedAction();
    emit kindDropped(kind, mapToScene(event->position().toPoint()));
}

void TopologyView::drawBackground(QPainter* painter, const QRectF& rect) {
    QGraphicsView::drawBackground(painter, rect);
    if (const auto* topology = qobject_cast<const TopologyScene*>(scene());
        topology && topology->gridVisible())
        CanvasGrid::draw(painter, rect, zoom());
}

} // namespace iiot::ui
