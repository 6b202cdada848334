#include "problem_marker.h"

#include <QPainter>

namespace iiot::ui {

void paintProblemBadge(QPainter* painter, QPointF centre, ProblemMarker::Level level) {
    if (level == ProblemMarker::Level::None)
        return;
    const bool error = level == ProblemMarker::Level::Error;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(Qt::white, 1.5));
    painter->setBrush(error ? QColor(0xdc, 0x26, 0x26) : QColor(0xf5, 0x9e, 0x0b));
    painter->drawEllipse(centre, kBadgeRadius, kBadgeRadius);
    // The "!" is drawn, not typeset: same look at every zoom and on every platform font.
    painter->setPen(Qt::NoPen);
    painter->setBrush(error ? Qt::white : QColor(0x1f, 0x29, 0x33));
    const qreal w = kBadgeRadius * 0.28;
    painter->drawRoundedRect(
        QRectF(centre.x() - w / 2, centre.y() - kBadgeRadius * 0.6, w, kBadgeRadius * 0.8), w / 2, w / 2);
    painter->drawEllipse(QPointF(centre.x(), centre.y() + kBadgeRadius * 0.45), w * 0.6, w * 0.6);
    painter->restore();
}

QString toolTipWithProblems(const QString& base, const ProblemMarker& marker) {
    if (marker.isNone())
        return base;
    return base + QStringLiteral("\n\n") + marker.messages;
}

} // namespace iiot::ui
