#include "layer_band_item.h"

#include "layer_style.h"

#include <QPainter>

namespace iiot::ui {

namespace {
constexpr qreal kAccentBar = 6;

const QFont& captionFont() {
    static const QFont font = [] {
        QFont f;
        f.setPixelSize(15);
        f.setBold(true);
        return f;
    }();
    return font;
}
} // namespace

LayerBandItem::LayerBandItem(model::ElementLayer layer) : layer_(layer) {
    setZValue(-10);
    setAcceptedMouseButtons(Qt::NoButton);
}

void LayerBandItem::setRect(const QRectF& rect) {
    prepareGeometryChange();
    rect_ = rect;
}

void LayerBandItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    const QColor accent = LayerStyle::accentColour(layer_);
    painter->fillRect(rect_, LayerStyle::bandColour(layer_));
    painter->fillRect(QRectF(rect_.left(), rect_.top(), kAccentBar, rect_.height()), accent);
    QColor rule = accent;
    rule.setAlpha(70);
    painter->setPen(QPen(rule, 1));
    painter->drawLine(rect_.topLeft(), rect_.topRight());
    painter->drawLine(rect_.bottomLeft(), rect_.bottomRight());
    painter->drawLine(QPointF(rect_.left() + kGutter, rect_.top()),
                      QPointF(rect_.left() + kGutter, rect_.bottom()));
    painter->setPen(accent.darker(120));
    painter->setFont(captionFont());
    const QRectF caption(rect_.left() + kAccentBar + 10, rect_.top(), kGutter - kAccentBar - 20,
                         rect_.height());
    painter->drawText(caption, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                      LayerStyle::caption(layer_));
}

} // namespace iiot::ui
