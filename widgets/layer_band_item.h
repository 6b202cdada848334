// The background band of one layer, with the layer's caption in a gutter on its left.
#pragma once

#include "item_types.h"
#include "model/type_library.h"

#include <QGraphicsItem>

namespace iiot::ui {

class LayerBandItem : public QGraphicsItem {
public:
    enum { Type = LayerBandItemType };
    static constexpr qreal kGutter = 150; // caption column left of the content

    explicit LayerBandItem(model::ElementLayer layer);

    model::ElementLayer layer() const { return layer_; }
    void setRect(const QRectF& rect);
    QRectF rect() const { return rect_; }

    int type() const override { return Type; }
    QRectF boundingRect() const override { return rect_.adjusted(-1, -1, 1, 1); } // edge rules
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    model::ElementLayer layer_;
    QRectF rect_;
};

} // namespace iiot::ui
