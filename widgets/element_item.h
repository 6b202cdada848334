// The view of one element: its kind's icon with the name below. Holds no model data beyond
// what it draws; refresh() re-reads the element when the model says it changed.
#pragma once

#include "item_types.h"
#include "model/project.h"
#include "model/type_library.h"

#include <QGraphicsItem>
#include <QString>

#include <string>

namespace iiot::ui {

class ElementItem : public QGraphicsItem {
public:
    enum { Type = ElementItemType };
    static constexpr qreal kIconSize = 48;
    static constexpr qreal kLabelWidth = 112;

    ElementItem(const model::Element& element, const model::TypeLibrary& types);

    void refresh(const model::Element& element, const model::TypeLibrary& types);

    const QString& elementId() const { return id_; }
    model::ElementLayer layer() const { return layer_; }
    // The icon's centre in scene coordinates: where links attach and what `position` means.
    QPointF centre() const { return scenePos(); }
    // Icon plus label, relative to the centre: what layouts and zone containers must make room for.
    static QRectF footprint();

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QString id_;
    std::string kind_;
    model::ElementLayer layer_ = model::ElementLayer::Device;
    QString label_; // elided to kLabelWidth once, not on every paint
    qreal labelWidth_ = 0;
};

} // namespace iiot::ui
