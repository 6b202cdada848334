#include "slice_badge_item.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>

namespace iiot::ui {

namespace {
constexpr qreal kPadding = 3;
constexpr qreal kSwatch = 7;
constexpr qreal kMaxTextWidth = 190;

QFont badgeFont() {
    QFont font;
    font.setPointSizeF(7);
    return font;
}
} // namespace

SliceBadgeItem::SliceBadgeItem(QString hostId, QString serviceId, QStringList vnfs, QColor colour,
                               QGraphicsItem* parent)
    : QGraphicsItem(parent), hostId_(std::move(hostId)), serviceId_(std::move(serviceId)),
      vnfs_(std::move(vnfs)), colour_(colour) {
    const QFontMetricsF metrics(badgeFont());
    text_ = metrics.elidedText(QStringLiteral("%1: %2").arg(serviceId_, vnfs_.join(QStringLiteral(", "))),
                               Qt::ElideRight, kMaxTextWidth);
    rect_ = QRectF(0, 0, kPadding + kSwatch + kPadding + metrics.horizontalAdvance(text_) + kPadding,
                   metrics.height() + 2 * kPadding);
    setToolTip(
        QStringLiteral("%1 on %2: %3").arg(serviceId_, hostId_, vnfs_.join(QStringLiteral(" \u2192 "))));
}

void SliceBadgeItem::setDimmed(bool dimmed) {
    if (dimmed_ == dimmed)
        return;
    dimmed_ = dimmed;
    update();
}

void SliceBadgeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setOpacity(dimmed_ ? 0.35 : 1.0);
    painter->setPen(QPen(colour_, 1.2));
    painter->setBrush(QColor(255, 255, 255, 235));
    painter->drawRoundedRect(rect_.adjusted(0.6, 0.6, -0.6, -0.6), 3, 3);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour_);
    painter->drawEllipse(QRectF(kPadding, (rect_.height() - kSwatch) / 2, kSwatch, kSwatch));
    painter->setFont(badgeFont());
    painter->setPen(QColor(0x20, 0x20, 0x20));
    painter->drawText(rect_.adjusted(kPadding + kSwatch + kPadding, 0, -kPadding, 0),
                      Qt::AlignVCenter | Qt::AlignLeft, text_);
}

} // namespace iiot::ui
