// The view of one zone: a named rounded container in the zone type's colour, drawn around the
// elements that belong to it. Its caption strip is the handle: a click there selects the zone,
// a drag there moves the zone with its members; clicks elsewhere fall through to the canvas.
#pragma once

#include "item_types.h"
#include "model/project.h"
#include "model/type_library.h"

#include <QColor>
#include <QFont>
#include <QGraphicsItem>

namespace iiot::ui {

class ZoneItem : public QGraphicsItem {
public:
    enum { Type = ZoneItemType };
    static constexpr qreal kPadding = 10; // between the members' footprints and the border
    static constexpr qreal kHeader = 22;  // room above the members for the zone's name

    ZoneItem(const model::Zone& zone, const model::TypeLibrary& types);

    void refresh(const model::Zone& zone, const model::TypeLibrary& types);
    // `members` is the union of the member elements' footprints in scene coordinates. The
    // container grows to the right when its caption needs more room than its members.
    void fitTo(const QRectF& members);
    // A zone without members keeps the container it is given (as wide as its caption needs), so
    // that it can still be seen, selected, renamed and deleted.
    void place(const QRectF& container);
    // The container of a new empty zone centred on `centre`: room for one element under the caption.
    static QRectF emptyContainer(const model::Zone& zone, const model::TypeLibrary& types, QPointF centre);

    // "Assembly cell A · OT field"; just the name when it already says the type ("Plant DMZ").
    static QString caption(const model::Zone& zone, const model::TypeLibrary& types);
    // The narrowest container that shows the whole caption.
    static qreal minimumWidth(const model::Zone& zone, const model::TypeLibrary& types);
    // The caption is drawn by a separate item stacked above every container (see TopologyScene),
    // so that where containers overlap no fill covers another zone's name.
    static const QFont& captionFont();
    QColor captionColour() const { return colour_.darker(320); }
    // Top left of the caption text for a text of the given height.
    QPointF captionPos(qreal textHeight) const;

    const QString& zoneId() const { return id_; }
    QRectF rect() const { return rect_; }

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override; // the caption strip
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QString id_;
    qreal minimumWidth_ = 0;
    QColor colour_;
    QRectF rect_;
};

} // namespace iiot::ui
