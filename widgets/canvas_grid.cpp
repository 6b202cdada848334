#include "canvas_grid.h"

#include "topology_scene.h"

#include <QColor>
#include <QLineF>
#include <QPainter>
#include <QPen>
#include <QVarLengthArray>

#include <cmath>

namespace iiot::ui {

qreal CanvasGrid::spacing(qreal zoom) {
    qreal step = TopologyScene::kGridSize;
    if (zoom <= 0)
        return step;
    while (step * zoom < kMinScreenSpacing)
        step *= 5;
    return step;
}

void CanvasGrid::draw(QPainter* painter, const QRectF& area, qreal zoom) {
    if (area.isEmpty())
        return;
    const qreal step = spacing(zoom);
    const qreal major = step * 5;
    QVarLengthArray<QLineF, 256> minorLines;
    QVarLengthArray<QLineF, 256> majorLines;
    auto isMajor = [major](qreal at) { return std::abs(std::remainder(at, major)) < 1e-6; };
    for (qreal x = std::ceil(area.left() / step) * step; x <= area.right(); x += step)
        (isMajor(x) ? majorLines : minorLines).append(QLineF(x, area.top(), x, area.bottom()));
    for (qreal y = std::ceil(area.top() / step) * step; y <= area.bottom(); y += step)
        (isMajor(y) ? majorLines : minorLines).append(QLineF(area.left(), y, area.right(), y));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    QPen pen(QColor(0, 0, 0, 18), 0); // cosmetic: one pixel wide at every zoom
    painter->setPen(pen);
    painter->drawLines(minorLines.constData(), static_cast<int>(minorLines.size()));
    pen.setColor(QColor(0, 0, 0, 36));
    painter->setPen(pen);
    painter->drawLines(majorLines.constData(), static_cast<int>(majorLines.size()));
    painter->restore();
}

} // namespace iiot::ui
