#include "report_figures.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QResizeEvent>
#include <QSvgGenerator>
#include <QSvgRenderer>
#include <QWidget>
#include <qcustomplot.h>

namespace iiot::ui {

namespace {

// Pixels of the screen-sized drawings to points: 96 px per inch, 72 points per inch.
constexpr qreal kPointsPerPixel = 0.75;

// Maps `size` (pixels) into `target` keeping the ratio, centred.
QRectF fitted(QSizeF size, const QRectF& target) {
    const QSizeF scaled = size.scaled(target.size(), Qt::KeepAspectRatio);
    return {target.left() + (target.width() - scaled.width()) / 2,
            target.top() + (target.height() - scaled.height()) / 2, scaled.width(), scaled.height()};
}

// A hidden widget gets its resize event only when shown; the figures are never shown, and the
// widgets lay themselves out (the radar keeps its aspect ratio) in resizeEvent.
void resizeNow(QWidget& widget, QSize size) {
    const QSize old = widget.size();
    widget.resize(size);
    QResizeEvent event(size, old);
    QCoreApplication::sendEvent(&widget, &event);
}

} // namespace

SceneFigure::SceneFigure(std::shared_ptr<QGraphicsScene> scene, const QRectF& source)
    : scene_(std::move(scene)), source_(source) {}

QSizeF SceneFigure::naturalSize() const {
    return source_.size() * kPointsPerPixel;
}

void SceneFigure::paint(QPainter* painter, const QRectF& target) const {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    scene_->render(painter, fitted(source_.size(), target), source_, Qt::KeepAspectRatio);
    painter->restore();
}

WidgetFigure::WidgetFigure(std::shared_ptr<QWidget> widget, QSize size)
    : widget_(std::move(widget)), size_(size) {
    widget_->ensurePolished();
    resizeNow(*widget_, size_);
}

QSizeF WidgetFigure::naturalSize() const {
    return QSizeF(size_) * kPointsPerPixel;
}

void WidgetFigure::paint(QPainter* painter, const QRectF& target) const {
    const QRectF place = fitted(size_, target);
    painter->save();
    painter->translate(place.topLeft());
    painter->scale(place.width() / size_.width(), place.height() / size_.height());
    widget_->render(painter, QPoint(), QRegion(), QWidget::DrawChildren);
    painter->restore();
}

PlotFigure::PlotFigure(QCustomPlot& plot, QSize size) : size_(size) {
    resizeNow(plot, size);
    QBuffer buffer(&svg_);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setResolution(96); // the plot's pixels are user units; point-sized fonts scale alike
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    QCPPainter recorder(&generator);
    recorder.setMode(QCPPainter::pmVectorized);
    recorder.setMode(QCPPainter::pmNoCaching);
    plot.toPainter(&recorder, size.width(), size.height());
    recorder.end();
}

QSizeF PlotFigure::naturalSize() const {
    return QSizeF(size_) * kPointsPerPixel;
}

void PlotFigure::paint(QPainter* painter, const QRectF& target) const {
    QSvgRenderer renderer(svg_);
    renderer.render(painter, fitted(size_, target));
}

} // namespace iiot::ui
