#include "canvas_grid.h"

#include "topology_scene.h"

#include <QImage>
#include <QPainter>
#include <QRect>
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

constexpr QRgb kMinor = 0x12000000; // black at alpha 18, premultiplied
constexpr QRgb kMajor = 0x24000000; // black at alpha 36

// One buffer per thread, reused from paint to paint: only its top-left `size` part is used.
QImage& scratch(const QSize& size) {
    thread_local QImage image;
    if (image.width() < size.width() || image.height() < size.height())
        image = QImage(std::max(size.width(), image.width()), std::max(size.height(), image.height()),
                       QImage::Format_ARGB32_Premultiplied);
    for (int y = 0; y < size.height(); ++y)
        std::fill_n(reinterpret_cast<QRgb*>(image.scanLine(y)), size.width(), QRgb{0});
    return image;
}

bool isMajor(long long k) {
    return k % 5 == 0;
}

// The device pixel column (or row) of every grid line between `from` and `to` (scene units),
// each rounded on its own so that lines never drift from the elements snapped to them.
template <typename F> void forEachLine(qreal from, qreal to, qreal step, qreal scale, qreal offset, F&& f) {
    const auto first = static_cast<long long>(std::ceil(from / step));
    const auto last = static_cast<long long>(std::floor(to / step));
    for (long long k = first; k <= last; ++k)
        f(k, static_cast<int>(std::lround(static_cast<double>(k) * step * scale + offset)));
}

} // namespace

void CanvasGrid::draw(QPainter* painter, const QRectF& area, qreal zoom) {
    if (area.isEmpty() || zoom <= 0)
        return;
    // The lines are written straight into an image in device pixels and the image is blended once,
    // untransformed. Stroking lines makes Qt's raster engine hand every tall line to its thread
    // pool on its own, and a scaled texture brush takes its slow transformed path at any zoom that
    // is not a whole multiple: either cost more than all the items of a repaint together.
    const QTransform toDevice = painter->worldTransform(); // the canvas only scales and translates
    const QRect target = toDevice.mapRect(area).toAlignedRect();
    if (target.isEmpty())
        return;
    const qreal step = spacing(zoom);
    QImage& image = scratch(target.size());
    const int width = target.width();
    const int height = target.height();
    const qsizetype stride = image.bytesPerLine() / static_cast<qsizetype>(sizeof(QRgb));
    auto* pixels = reinterpret_cast<QRgb*>(image.bits());
    // Minor lines first, so that crossings take the major colour.
    for (bool major : {false, true}) {
        forEachLine(area.left(), area.right(), step, toDevice.m11(), toDevice.dx(), [&](long long k, int x) {
            x -= target.left();
            if (isMajor(k) != major || x < 0 || x >= width)
                return;
            for (int y = 0; y < height; ++y)
                pixels[y * stride + x] = major ? kMajor : kMinor;
        });
        forEachLine(area.top(), area.bottom(), step, toDevice.m22(), toDevice.dy(), [&](long long k, int y) {
            y -= target.top();
            if (isMajor(k) != major || y < 0 || y >= height)
                return;
            std::fill_n(pixels + y * stride, width, major ? kMajor : kMinor);
        });
    }
    painter->save();
    painter->resetTransform();
    painter->drawImage(target.topLeft(), image, QRect(QPoint(0, 0), target.size()));
    painter->restore();
}

} // namespace iiot::ui
