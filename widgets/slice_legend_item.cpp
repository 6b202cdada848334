#include "slice_legend_item.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace iiot::ui {

namespace {
constexpr qreal kPadding = 8;
constexpr qreal kSwatchWidth = 22;
constexpr qreal kGap = 6;

QFont legendFont(bool bold) {
    QFont font;
    font.setPointSizeF(8);
    font.setBold(bold);
    return font;
}
} // namespace

SliceLegendItem::SliceLegendItem(QString title, QVector<Entry> entries, QGraphicsItem* parent)
    : QGraphicsItem(parent), title_(std::move(title)), entries_(std::move(entries)) {
    setAcceptedMouseButtons(Qt::NoButton);
    const QFontMetricsF bold(legendFont(true));
    const QFontMetricsF plain(legendFont(false));
    rowHeight_ = std::max(plain.height(), 10.0) + 3;
    qreal width = bold.horizontalAdvance(title_);
    for (const Entry& entry : std::as_const(entries_))
        width = std::max(width, kSwatchWidth + kGap + plain.horizontalAdvance(entry.label));
    rect_ =
        QRectF(0, 0, width + 2 * kPadding, 2 * kPadding + bold.height() + 4 + rowHeight_ * entries_.size());
}

void SliceLegendItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(QColor(0x90, 0x90, 0x90), 1));
    painter->setBrush(QColor(255, 255, 255, 240));
    painter->drawRoundedRect(rect_.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);

    const QFontMetricsF bold(legendFont(true));
    painter->setFont(legendFont(true));
    painter->setPen(QColor(0x20, 0x20, 0x20));
    painter->drawText(QPointF(kPadding, kPadding + bold.ascent()), title_);

    painter->setFont(legendFont(false));
    const QFontMetricsF plain(legendFont(false));
    qreal y = kPadding + bold.height() + 4;
    for (const Entry& entry : std::as_const(entries_)) {
        const qreal middle = y + rowHeight_ / 2;
        if (entry.colour.isValid()) {
            painter->setPen(QPen(entry.colour, 3, Qt::SolidLine, Qt::RoundCap));
            painter->drawLine(QPointF(kPadding + 2, middle), QPointF(kPadding + kSwatchWidth - 2, middle));
            painter->setPen(QColor(0x20, 0x20, 0x20));
        } else {
            painter->setPen(QPen(QColor(0xa0, 0xa0, 0xa0), 1, Qt::DashLine));
            painter->drawLine(QPointF(kPadding + 2, middle), QPointF(kPadding + kSwatchWidth - 2, middle));
            painter->setPen(QColor(0x80, 0x80, 0x80));
        }
        painter->drawText(QPointF(kPadding + kSwatchWidth + kGap, middle + plain.ascent() / 2 - 1),
                          entry.label);
        y += rowHeight_;
    }
}

} // namespace iiot::ui
