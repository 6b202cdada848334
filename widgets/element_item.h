// The view of one element: its kind's icon with the name below. Holds no model data beyond
// what it draws; refresh() re-reads the element when the model says it changed. It is not
// movable: the scene turns a drag into a move command and places the item where the model says.
#pragma once

#include "item_types.h"
#include "model/project.h"
#include "model/type_library.h"
#include "problem_marker.h"

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
    // The problem badge at the icon's top-right corner, its messages appended to the tooltip.
    void setProblemMarker(const ProblemMarker& marker);
    const ProblemMarker& problemMarker() const { return marker_; }

    const QString& elementId() const { return id_; }
    // The zone the element belongs to (empty for none): the scene fits containers around members.
    const QString& zoneId() const { return zone_; }
    model::ElementLayer layer() const { return layer_; }
    // The icon's centre in scene coordinates: where links attach and what `position` means.
    // Element items are never children of another item, so this is pos(), without the
    // transform that scenePos() would compute (it shows when 15,000 links follow a drag).
    QPointF centre() const { return pos(); }
    // Icon plus label, relative to the centre: what layouts and zone containers must make room for.
    static QRectF footprint();

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QString id_;
    QString zone_;
    std::string kind_;
    model::ElementLayer layer_ = model::ElementLayer::Device;
    QString label_; // elided to kLabelWidth once, not on every paint
    qreal labelWidth_ = 0;
    QString baseToolTip_;
    ProblemMarker marker_;
};

} // namespace iiot::ui
