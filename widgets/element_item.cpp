#include "element_item.h"

#include "icon_cache.h"
#include "layer_style.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

namespace iiot::ui {

namespace {

constexpr qreal kHalfIcon = ElementItem::kIconSize / 2;
constexpr qreal kLabelTop = kHalfIcon + 4;
constexpr qreal kLabelHeight = 16;
constexpr qreal kSelectionMargin = 6; // the selection frame's outer edge, with room for antialiasing
// Below these zoom levels labels and icon detail are unreadable, so they are not drawn.
constexpr qreal kMinLabelDetail = 0.4;
constexpr qreal kMinIconDetail = 0.2;

const QFont& labelFont() {
    static const QFont font = [] {
        QFont f;
        f.setPixelSize(11);
        return f;
    }();
    return font;
}

QRectF iconRect() {
    return {-kHalfIcon, -kHalfIcon, ElementItem::kIconSize, ElementItem::kIconSize};
}

} // namespace

ElementItem::ElementItem(const model::Element& element, const model::TypeLibrary& types) {
    setFlag(ItemIsSelectable);
    setZValue(1);
    refresh(element, types);
}

void ElementItem::refresh(const model::Element& element, const model::TypeLibrary& types) {
    prepareGeometryChange();
    id_ = QString::fromStdString(element.id);
    zone_ = element.zone ? QString::fromStdString(*element.zone) : QString();
    kind_ = element.kind;
    layer_ = LayerStyle::layerOf(element.kind, types);
    const QString name = QString::fromStdString(element.displayName());
    const QFontMetricsF metrics(labelFont());
    label_ = metrics.elidedText(name, Qt::ElideRight, kLabelWidth);
    labelWidth_ = metrics.horizontalAdvance(label_);
    const model::KindInfo* kind = types.kind(element.kind);
    const QString kindLabel =
        kind ? QString::fromStdString(kind->label) : QString::fromStdString(element.kind);
    baseToolTip_ = QStringLiteral("%1\n%2 (%3)").arg(name, kindLabel, id_);
    setToolTip(toolTipWithProblems(baseToolTip_, marker_));
    update();
}

void ElementItem::setProblemMarker(const ProblemMarker& marker) {
    if (marker == marker_)
        return;
    marker_ = marker;
    setToolTip(toolTipWithProblems(baseToolTip_, marker_));
    update();
}

QRectF ElementItem::footprint() {
    return {-kLabelWidth / 2, -kHalfIcon, kLabelWidth, kHalfIcon + kLabelTop + kLabelHeight};
}

QRectF ElementItem::boundingRect() const {
    return footprint().adjusted(-kSelectionMargin, -kSelectionMargin, kSelectionMargin, kSelectionMargin);
}

QPainterPath ElementItem::shape() const {
    QPainterPath path;
    path.addRect(iconRect());
    path.addRect(QRectF(-labelWidth_ / 2 - 3, kLabelTop, labelWidth_ + 6, kLabelHeight));
    return path;
}

void ElementItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const qreal detail = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF icon = iconRect();
    if (isSelected()) {
        painter->setPen(QPen(QColor(0xf5, 0x9e, 0x0b), 2.5));
        painter->setBrush(QColor(0xfd, 0xe6, 0x8a, 120));
        painter->drawRoundedRect(icon.adjusted(-3, -3, 3, 3), 11, 11);
    }
    if (detail < kMinIconDetail) {
        painter->fillRect(icon, LayerStyle::accentColour(layer_));
        return;
    }
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    painter->drawImage(icon, IconCache::instance().image(kind_, qCeil(kIconSize * detail * ratio)));
    paintProblemBadge(painter, icon.topRight() + QPointF(-4, 4), marker_.level);
    if (detail < kMinLabelDetail)
        return;
    const QRectF text(-labelWidth_ / 2, kLabelTop, labelWidth_, kLabelHeight);
    painter->setPen(Qt::NoPen);
    painter->setBrush(isSelected() ? QColor(0xfd, 0xe6, 0x8a) : QColor(255, 255, 255, 220));
    painter->drawRoundedRect(text.adjusted(-3, 0, 3, 0), 3, 3);
    painter->setPen(QColor(0x1f, 0x29, 0x33));
    painter->setFont(labelFont());
    painter->drawText(text, Qt::AlignCenter, label_);
}

} // namespace iiot::ui
