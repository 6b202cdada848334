#include "slice_path_item.h"

#include <QPainter>
#include <QPainterPathStroker>

#include <algorithm>
#include <cmath>

namespace iiot::ui {

namespace {
constexpr qreal kArrowLength = 9;
constexpr qreal kArrowHalfWidth = 4.5;
constexpr qreal kCasing = 2; // a light edge each side keeps the line readable over links and bands
// Room around the lines for the widest pen and the arrowheads.
constexpr qreal kMargin = kArrowLength + SlicePathItem::kHighlightedWidth / 2 + kCasing + 1;
} // namespace

SlicePathItem::SlicePathItem(QString serviceId, QStringList elementIds, QStringList linkIds, QColor colour,
                             QGraphicsItem* parent)
    : QGraphicsItem(parent), serviceId_(std::move(serviceId)), elementIds_(std::move(elementIds)),
      linkIds_(std::move(linkIds)), colour_(colour) {
    setAcceptedMouseButtons(Qt::NoButton); // the canvas's own items stay clickable under it
}

void SlicePathItem::setGeometry(QVector<QPointF> vertices, QVector<QLineF> hops, QVector<bool> shown) {
    prepareGeometryChange();
    vertices_ = std::move(vertices);
    hops_ = std::move(hops);
    shown_ = std::move(shown);
    QRectF bounds;
    for (const QLineF& hop : std::as_const(hops_))
        bounds |= QRectF(hop.p1(), hop.p2()).normalized();
    bounds_ = bounds.adjusted(-kMargin, -kMargin, kMargin, kMargin);
    update();
}

void SlicePathItem::setEmphasis(Emphasis emphasis) {
    if (emphasis_ == emphasis)
        return;
    emphasis_ = emphasis;
    update();
}

int SlicePathItem::shownHopCount() const {
    return static_cast<int>(std::count(shown_.begin(), shown_.end(), true));
}

QPainterPath SlicePathItem::shape() const {
    QPainterPath path;
    for (int k = 0; k < hops_.size(); ++k)
        if (shown_.value(k)) {
            path.moveTo(hops_[k].p1());
            path.lineTo(hops_[k].p2());
        }
    QPainterPathStroker stroker;
    stroker.setWidth(kHighlightedWidth + 2 * kCasing);
    return stroker.createStroke(path);
}

void SlicePathItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    const qreal width = emphasis_ == Emphasis::Highlighted ? kHighlightedWidth : kWidth;
    QColor colour = colour_;
    QColor casing(255, 255, 255, 200);
    if (emphasis_ == Emphasis::Dimmed) {
        colour.setAlpha(70);
        casing.setAlpha(60);
    }
    painter->setRenderHint(QPainter::Antialiasing);
    // Casing first for every hop, so a later hop's casing never covers an earlier hop's line.
    for (int pass = 0; pass < 2; ++pass) {
        const QPen pen(pass == 0 ? casing : colour, pass == 0 ? width + 2 * kCasing : width, Qt::SolidLine,
                       Qt::RoundCap, Qt::RoundJoin);
        painter->setPen(pen);
        for (int k = 0; k < hops_.size(); ++k)
            if (shown_.value(k))
                painter->drawLine(hops_[k]);
    }
    // The direction of travel: an arrowhead a little past the middle of each hop.
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    for (int k = 0; k < hops_.size(); ++k) {
        const QLineF& hop = hops_[k];
        if (!shown_.value(k) || hop.length() < 3 * kArrowLength)
            continue;
        const QLineF unit = hop.unitVector();
        const QPointF along = unit.p2() - unit.p1();
        const QPointF across(-along.y(), along.x());
        const QPointF tip = hop.pointAt(0.55) + along * (kArrowLength / 2);
        const QPointF base = tip - along * kArrowLength;
        const QPointF arrow[3] = {tip, base + across * kArrowHalfWidth, base - across * kArrowHalfWidth};
        painter->drawPolygon(arrow, 3);
    }
}

} // namespace iiot::ui
