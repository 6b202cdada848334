#include "canvas_grid.h"

#include "topology_scene.h"

#include <QBrush>
#include <QColor>
#include <QImage>
#include <QPainter>
#include <QTransform>

#include <algorithm>
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

namespace {

// One major cell of the grid, `size` device pixels square: the major line along the top and left
// edges, four minor lines between. Cached, since the size changes only with the zoom.
const QImage& majorCellTile(int size) {
    static QImage tile;
    if (tile.width() == size)
        return tile;
    tile = QImage(size, size, QImage::Format_ARGB32_Premultiplied);
    tile.fill(Qt::transparent);
    const QRgb minor = qPremultiply(qRgba(0, 0, 0, 18));
    const QRgb major = qPremultiply(qRgba(0, 0, 0, 36));
    for (int i = 1; i < 5; ++i) {
        const int at = static_cast<int>(std::lround(i * size / 5.0));
        for (int k = 0; k < size && at < size; ++k) {
            tile.setPixel(at, k, minor);
            tile.setPixel(k, at, minor);
        }
    }
    for (int k = 0; k < size; ++k) {
        tile.setPixel(0, k, major);
        tile.setPixel(k, 0, major);
    }
    return tile;
}

} // namespace

void CanvasGrid::draw(QPainter* painter, const QRectF& area, qreal zoom) {
    if (area.isEmpty() || zoom <= 0)
        return;
    const qreal major = spacing(zoom) * 5;
    // One texture fill instead of a line per grid step: Qt's raster engine hands every tall line to
    // its thread pool on its own, which made the grid cost four times the rest of a repaint. The
    // tile is rounded down to whole device pixels, so a line may come out two pixels wide but is
    // never skipped.
    const int size = std::max(1, static_cast<int>(std::floor(major * zoom)));
    QBrush brush(majorCellTile(size));
    brush.setTransform(QTransform::fromScale(major / size, major / size));
    painter->save();
    painter->setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->fillRect(area, brush);
    painter->restore();
}

} // namespace iiot::ui
