#include "layer_band_item.h"

#include "canvas_grid.h"
#include "layer_style.h"

#include <QObject>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

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
    setFlag(ItemUsesExtendedStyleOption); // the grid draws only the exposed part
}

void LayerBandItem::setViewState(bool hidden, bool locked, bool grid) {
    if (hidden == hidden_ && locked == locked_ && grid == grid_)
        return;
    hidden_ = hidden;
    locked_ = locked;
    grid_ = grid;
    update();
}

void LayerBandItem::setRect(const QRectF& rect) {
    prepareGeometryChange();
    rect_ = rect;
}

void LayerBandItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const QColor accent = LayerStyle::accentColour(layer_);
    painter->fillRect(rect_,
                      hidden_ ? LayerStyle::bandColour(layer_).lighter(104) : LayerStyle::bandColour(layer_));
    if (grid_) {
        const QRectF content(rect_.left() + kGutter, rect_.top(), rect_.width() - kGutter, rect_.height());
        CanvasGrid::draw(painter, content.intersected(option->exposedRect),
                         QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform()));
    }
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
    if (hidden_ || locked_) {
        QStringList state;
        if (hidden_)
            state.append(QObject::tr("hidden"));
        if (locked_)
            state.append(QObject::tr("locked"));
        QFont small = captionFont();
        small.setBold(false);
        small.setItalic(true);
        small.setPixelSize(12);
        painter->setFont(small);
        painter->drawText(caption.adjusted(0, 0, 0, -8), Qt::AlignLeft | Qt::AlignBottom,
                          QStringLiteral("(%1)").arg(state.join(QStringLiteral(", "))));
    }
}

} // namespace iiot::ui
