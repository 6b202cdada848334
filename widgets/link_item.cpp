#include "link_item.h"

#include "element_item.h"
#include "format_units.h"

#include <QPainter>
#include <QPainterPathStroker>

#include <algorithm>
#include <cmath>

namespace iiot::ui {

namespace {
constexpr qreal kMinPickWidth = 8; // thin lines stay easy to hover and click
constexpr qreal kHighlight = 6;    // the selection halo is this much wider than the line
const QColor kFallbackColour(0x55, 0x55, 0x55);
} // namespace

LinkItem::LinkItem(const model::Link& link, QString key, ElementItem* from, ElementItem* to,
                   const model::TypeLibrary& types)
    : id_(std::move(key)), from_(from), to_(to) {
    setFlag(ItemIsSelectable);
    setZValue(0);
    refresh(link, types);
}

qreal LinkItem::penWidthFor(double bandwidthMbps) {
    const double kbps = std::max(bandwidthMbps * 1000.0, 1.0);
    return 0.75 + 0.45 * std::log10(kbps);
}

void LinkItem::refresh(const model::Link& link, const model::TypeLibrary& types) {
    const model::MediumInfo* medium = types.medium(link.medium);
    const double bandwidth = link.bandwidth_mbps.value_or(medium ? medium->bandwidth_mbps : 0.0);
    const double latency = link.latency_ms.value_or(medium ? medium->latency_ms : 0.0);
    QColor colour(medium ? QString::fromStdString(medium->colour) : QString());
    if (!colour.isValid())
        colour = kFallbackColour;
    pen_ = QPen(colour, penWidthFor(bandwidth), Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin);
    if (medium && medium->wireless)
        pen_.setDashPattern({4, 3});
    const QString mediumLabel =
        medium ? QString::fromStdString(medium->label) : QString::fromStdString(link.medium);
    baseToolTip_ =
        QStringLiteral("%1 (%2)\n%3 \u2192 %4\n%5, %6 latency")
            .arg(mediumLabel, id_, QString::fromStdString(link.from), QString::fromStdString(link.to),
                 formatBandwidth(bandwidth), formatLatency(latency));
    setToolTip(toolTipWithProblems(baseToolTip_, marker_));
    updateGeometry();
}

void LinkItem::setParallelOffset(qreal offset) {
    offset_ = offset;
    updateGeometry();
}

void LinkItem::updateGeometry() {
    prepareGeometryChange();
    QLineF line(from_->centre(), to_->centre());
    if (offset_ != 0 && line.length() > 0) {
        const QLineF normal = line.normalVector().unitVector();
        const QPointF shift = (normal.p2() - normal.p1()) * offset_;
        line.translate(shift);
    }
    line_ = line;
    shapeStale_ = true;
    const qreal reach = (pen_.widthF() + kHighlight) / 2 + 1; // round caps reach past the ends too
    bounds_ = QRectF(line_.p1(), line_.p2()).normalized().adjusted(-reach, -reach, reach, reach);
    if (!marker_.isNone()) {
        const qreal r = kBadgeRadius + 1;
        bounds_ |= QRectF(line_.center() - QPointF(r, r), QSizeF(2 * r, 2 * r));
    }
    update();
}

void LinkItem::setProblemMarker(const ProblemMarker& marker) {
    if (marker == marker_)
        return;
    marker_ = marker;
    setToolTip(toolTipWithProblems(baseToolTip_, marker_));
    updateGeometry(); // the badge widens the bounds
}

QRectF LinkItem::boundingRect() const {
    return bounds_;
}

QPainterPath LinkItem::shape() const {
    // The default shape would be the whole bounding box, so a diagonal link would catch clicks
    // far from its line.
    if (shapeStale_) {
        QPainterPath path(line_.p1());
        path.lineTo(line_.p2());
        QPainterPathStroker stroker;
        stroker.setWidth(std::max(pen_.widthF(), kMinPickWidth));
        shape_ = stroker.createStroke(path);
        shapeStale_ = false;
    }
    return shape_;
}

void LinkItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    if (isSelected()) {
        painter->setPen(
            QPen(QColor(0xf5, 0x9e, 0x0b, 150), pen_.widthF() + kHighlight, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(line_);
    }
    painter->setPen(pen_);
    painter->drawLine(line_);
    paintProblemBadge(painter, line_.center(), marker_.level);
}

} // namespace iiot::ui
