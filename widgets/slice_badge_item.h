// A label beside a host on the canvas naming the VNFs one service placed there, in the service's
// colour ("ro-1: firewall, encryption"). Several services on one host stack their badges.
#pragma once

#include "slice_item_types.h"

#include <QColor>
#include <QGraphicsItem>
#include <QStringList>

namespace iiot::ui {

class SliceBadgeItem : public QGraphicsItem {
public:
    enum { Type = SliceBadgeItemType };

    SliceBadgeItem(QString hostId, QString serviceId, QStringList vnfs, QColor colour,
                   QGraphicsItem* parent = nullptr);

    const QString& hostId() const { return hostId_; }
    const QString& serviceId() const { return serviceId_; }
    const QStringList& vnfNames() const { return vnfs_; }
    QString text() const { return text_; }
    void setDimmed(bool dimmed);

    int type() const override { return Type; }
    QRectF boundingRect() const override { return rect_; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QString hostId_;
    QString serviceId_;
    QStringList vnfs_;
    QColor colour_;
    QString text_;
    QRectF rect_; // relative to pos(): the badge's top-left corner
    bool dimmed_ = false;
};

} // namespace iiot::ui
