// The kinds of report figures: a part of the topology canvas, a widget that paints itself (the
// coverage matrix), a QCustomPlot chart. Each paints through the painter it is given, so a PDF
// painter records vectors and an SVG generator writes an SVG of the same drawing.
#pragma once

#include "report_model.h"

#include <QByteArray>

#include <memory>

class QCustomPlot;
class QGraphicsScene;
class QWidget;

namespace iiot::ui {

// A rectangle of a scene. The figure shares ownership of whatever keeps the scene alive (its
// document), since writers paint long after the builder is done.
class SceneFigure : public ReportFigure {
public:
    SceneFigure(std::shared_ptr<QGraphicsScene> scene, const QRectF& source);
    QSizeF naturalSize() const override;
    void paint(QPainter* painter, const QRectF& target) const override;

private:
    std::shared_ptr<QGraphicsScene> scene_;
    QRectF source_;
};

// A widget drawn at the given size in pixels (the widget is resized to it once).
class WidgetFigure : public ReportFigure {
public:
    WidgetFigure(std::shared_ptr<QWidget> widget, QSize size);
    QSizeF naturalSize() const override;
    void paint(QPainter* painter, const QRectF& target) const override;

private:
    std::shared_ptr<QWidget> widget_;
    QSize size_;
};

// A chart laid out at the given size in pixels. QCustomPlot draws only through its own painter
// class, so the drawing is recorded once as SVG (vector paths and text) and rendered scaled.
class PlotFigure : public ReportFigure {
public:
    PlotFigure(QCustomPlot& plot, QSize size);
    QSizeF naturalSize() const override;
    void paint(QPainter* painter, const QRectF& target) const override;

private:
    QByteArray svg_;
    QSize size_;
};

} // namespace iiot::ui
