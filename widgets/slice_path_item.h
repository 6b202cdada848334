// One admitted service's walk drawn over the canvas: a coloured polyline through its elements
// with an arrow on every hop, each hop shifted sideways so services sharing a link lie side by
// side. The overlay computes the hops (slice_overlay.h); a hop whose end is on a hidden layer is
// not drawn.
#pragma once

#include "slice_item_types.h"

#include <QColor>
#include <QGraphicsItem>
#include <QLineF>
#include <QStringList>
#include <QVector>

namespace iiot::ui {

class SlicePathItem : public QGraphicsItem {
public:
    enum { Type = SlicePathItemType };
    enum class Emphasis { Normal, Highlighted, Dimmed };

    static constexpr qreal kWidth = 3;
    static constexpr qreal kHighlightedWidth = 5;

    // `linkIds`: the walk's link per hop (may be shorter when the result has none).
    SlicePathItem(QString serviceId, QStringList elementIds, QStringList linkIds, QColor colour,
                  QGraphicsItem* parent = nullptr);

    // `vertices`: the elements' centres in walk order; `hops`: one drawn line per hop (already
    // shifted); `shown`: whether each hop is drawn.
    void setGeometry(QVector<QPointF> vertices, QVector<QLineF> hops, QVector<bool> shown);
    void setEmphasis(Emphasis emphasis);
    Emphasis emphasis() const { return emphasis_; }

    const QString& serviceId() const { return serviceId_; }
    const QStringList& elementIds() const { return elementIds_; }
    const QStringList& linkIds() const { return linkIds_; }
    QColor colour() const { return colour_; }
    const QVector<QPointF>& vertices() const { return vertices_; }
    const QVector<QLineF>& hops() const { return hops_; }
    bool isHopShown(int hop) const { return shown_.value(hop); }
    int shownHopCount() const;

    int type() const override { return Type; }
    QRectF boundingRect() const override { return bounds_; }
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QString serviceId_;
    QStringList elementIds_;
    QStringList linkIds_;
    QColor colour_;
    QVector<QPointF> vertices_;
    QVector<QLineF> hops_;
    QVector<bool> shown_;
    Emphasis emphasis_ = Emphasis::Normal;
    QRectF bounds_;
};

} // namespace iiot::ui
