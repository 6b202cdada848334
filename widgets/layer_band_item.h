// The background band of one layer, with the layer's caption in a gutter on its left. It also
// shows the layer's view state (hidden, locked) under the caption and, when asked, the grid.
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
    void setViewState(bool hidden, bool locked, bool grid);
    bool isLayerHidden() const { return hidden_; }
    bool isLayerLocked() const { return locked_; }

    int type() const override { return Type; }
    QRectF boundingRect() const override { return rect_.adjusted(-1, -1, 1, 1); } // edge rules
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    model::ElementLayer layer_;
    QRectF rect_;
    bool hidden_ = false;
    bool locked_ = false;
    bool grid_ = false;
};

} // namespace iiot::ui
