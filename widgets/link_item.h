// The view of one link: a straight line between its elements' centres in the medium's colour,
// dashed for wireless media, thicker for more bandwidth.
#pragma once

#include "item_types.h"
#include "model/project.h"
#include "model/type_library.h"
#include "problem_marker.h"

#include <QGraphicsItem>
#include <QPainterPath>
#include <QPen>

namespace iiot::ui {

class ElementItem;

class LinkItem : public QGraphicsItem {
public:
    enum { Type = LinkItemType };

    // `key` is the link's id (or a generated stand-in when the link has none).
    LinkItem(const model::Link& link, QString key, ElementItem* from, ElementItem* to,
             const model::TypeLibrary& types);

    void refresh(const model::Link& link, const model::TypeLibrary& types);
    // Parallel links between the same two elements are drawn side by side, this far from the axis.
    void setParallelOffset(qreal offset);
    // Re-reads the endpoints from the element items (after they moved).
    void updateGeometry();
    // The problem badge at the line's middle (a bridge), its messages appended to the tooltip.
    void setProblemMarker(const ProblemMarker& marker);
    const ProblemMarker& problemMarker() const { return marker_; }

    const QString& linkId() const { return id_; }
    ElementItem* fromItem() const { return from_; }
    ElementItem* toItem() const { return to_; }
    QLineF line() const { return line_; }
    const QPen& pen() const { return pen_; }

    // Line width in scene pixels: grows with log10 of bandwidth, from 0.75 px at 1 kbps.
    static qreal penWidthFor(double bandwidthMbps);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QString id_;
    ElementItem* from_;
    ElementItem* to_;
    QPen pen_;
    qreal offset_ = 0;
    QLineF line_;
    // Built on first use after a geometry change: dragging thousands of elements moves thousands
    // of links, and only the few under the cursor are ever hit-tested.
    mutable QPainterPath shape_;
    mutable bool shapeStale_ = true;
    QRectF bounds_;
    QString baseToolTip_;
    ProblemMarker marker_;
};

} // namespace iiot::ui
