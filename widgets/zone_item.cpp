#include "zone_item.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace iiot::ui {

namespace {
constexpr qreal kRadius = 10;
constexpr qreal kBorder = 1.5;
constexpr qreal kBaseZ = -5;
constexpr int kFillAlpha = 120; // overlapping containers stay readable through each other

} // namespace

const QFont& ZoneItem::captionFont() {
    static const QFont font = [] {
        QFont f;
        f.setPixelSize(12);
        f.setBold(true);
        return f;
    }();
    return font;
}

ZoneItem::ZoneItem(const model::Zone& zone, const model::TypeLibrary& types) {
    setZValue(kBaseZ);
    setFlag(ItemIsSelectable);
    setAcceptedMouseButtons(Qt::LeftButton);
    refresh(zone, types);
}

QString ZoneItem::caption(const model::Zone& zone, const model::TypeLibrary& types) {
    const model::ZoneTypeInfo* type = types.zoneType(zone.type);
    const QString name = QString::fromStdString(zone.name.value_or(zone.id));
    const QString typeLabel = type ? QString::fromStdString(type->label) : QString::fromStdString(zone.type);
    if (name.contains(typeLabel, Qt::CaseInsensitive))
        return name;
    return QStringLiteral("%1  \u00b7  %2").arg(name, typeLabel);
}

qreal ZoneItem::minimumWidth(const model::Zone& zone, const model::TypeLibrary& types) {
    return QFontMetricsF(captionFont()).horizontalAdvance(caption(zone, types)) + 2 * kPadding + 2;
}

void ZoneItem::refresh(const model::Zone& zone, const model::TypeLibrary& types) {
    id_ = QString::fromStdString(zone.id);
    minimumWidth_ = minimumWidth(zone, types);
    const model::ZoneTypeInfo* type = types.zoneType(zone.type);
    colour_ = QColor(type ? QString::fromStdString(type->colour) : QString());
    if (!colour_.isValid())
        colour_ = QColor(0xe5, 0xe7, 0xeb);
    setToolTip(
        QStringLiteral("Zone %1 (%2)")
            .arg(QString::fromStdString(zone.name.value_or(zone.id)), QString::fromStdString(zone.type)));
    update();
}

void ZoneItem::fitTo(const QRectF& members) {
    prepareGeometryChange();
    rect_ = members.adjusted(-kPadding, -kPadding - kHeader, kPadding, kPadding);
    const qreal grow = minimumWidth_ - rect_.width(); // centred, as the layout centres the members
    if (grow > 0)
        rect_.adjust(-grow / 2, 0, grow / 2, 0);
    // Where containers overlap, the smaller one lies on top so that both stay visible.
    setZValue(kBaseZ - std::min(rect_.width() * rect_.height() * 1e-9, 4.0)); // stays above the bands
}

void ZoneItem::place(const QRectF& container) {
    prepareGeometryChange();
    rect_ = container;
    if (rect_.width() < minimumWidth_)
        rect_.setWidth(minimumWidth_);
    setZValue(kBaseZ - std::min(rect_.width() * rect_.height() * 1e-9, 4.0));
}

QRectF ZoneItem::emptyContainer(const model::Zone& zone, const model::TypeLibrary& types, QPointF centre) {
    constexpr qreal kEmptyWidth = 180, kEmptyBody = 56; // about one element's footprint
    const qreal width = std::max(kEmptyWidth, minimumWidth(zone, types));
    const qreal height = kHeader + kEmptyBody + 2 * kPadding;
    return {centre.x() - width / 2, centre.y() - height / 2, width, height};
}

QPointF ZoneItem::captionPos(qreal textHeight) const {
    return {rect_.left() + kPadding, rect_.top() + (kHeader + 3 - textHeight) / 2};
}

QRectF ZoneItem::boundingRect() const {
    return rect_.adjusted(-kBorder, -kBorder, kBorder, kBorder);
}

QPainterPath ZoneItem::shape() const {
    QPainterPath path;
    path.addRect(QRectF(rect_.left(), rect_.top(), rect_.width(), kHeader));
    return path;
}

void ZoneItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    QColor fill = colour_;
    fill.setAlpha(kFillAlpha);
    QPen pen(colour_.darker(170), kBorder);
    if (isSelected()) {
        pen.setColor(QColor(0x25, 0x63, 0xeb));
        pen.setWidthF(2 * kBorder);
        pen.setStyle(Qt::DashLine);
    }
    painter->setPen(pen);
    painter->setBrush(fill);
    painter->drawRoundedRect(rect_, kRadius, kRadius);
}

} // namespace iiot::ui
