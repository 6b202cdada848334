// The canvas grid: lines every TopologyScene::kGridSize scene pixels, thinned out when zoomed out
// so that lines never come closer than a few screen pixels, with every fifth line stronger.
#pragma once

#include <QRectF>

class QPainter;

namespace iiot::ui {

class CanvasGrid {
public:
    static constexpr qreal kMinScreenSpacing = 8; // pixels between drawn lines, at least

    // The spacing drawn at `zoom` (screen pixels per scene pixel): the snap grid times a power of 5.
    static qreal spacing(qreal zoom);
    // Draws the grid lines that cross `area` (scene coordinates).
    static void draw(QPainter* painter, const QRectF& area, qreal zoom);
};

} // namespace iiot::ui
