// The slicing overlay's legend, right of the canvas content: the method, then one row per
// service with its colour swatch; rejected services greyed with "rejected".
#pragma once

#include "slice_item_types.h"

#include <QColor>
#include <QGraphicsItem>
#include <QString>
#include <QVector>

namespace iiot::ui {

class SliceLegendItem : public QGraphicsItem {
public:
    enum { Type = SliceLegendItemType };

    struct Entry {
        QString label;
        QColor colour; // invalid for a rejected service
    };

    SliceLegendItem(QString title, QVector<Entry> entries, QGraphicsItem* parent = nullptr);

    const QString& title() const { return title_; }
    const QVector<Entry>& entries() const { return entries_; }

    int type() const override { return Type; }
    QRectF boundingRect() const override { return rect_; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QString title_;
    QVector<Entry> entries_;
    QRectF rect_;
    qreal rowHeight_ = 0;
};

} // namespace iiot::ui
