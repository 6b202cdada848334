// The overview of the canvas: the whole scene in miniature (bands, zones, links, elements as dots)
// with the main view's visible rectangle on top. Clicking or dragging in it centres the main view
// there. The miniature is a cached image, redrawn a moment after the document changes rather than
// on every item repaint, so it costs nothing while the user pans or zooms a 10,000-element canvas.
#pragma once

#include <QImage>
#include <QTimer>
#include <QTransform>
#include <QWidget>

namespace iiot::ui {

class TopologyScene;
class TopologyView;

class Minimap : public QWidget {
    Q_OBJECT

public:
    static constexpr int kRedrawDelayMs = 150;

    Minimap(TopologyScene* scene, TopologyView* view, QWidget* parent = nullptr);

    QSize sizeHint() const override { return {240, 160}; }
    // The mapping from scene to widget coordinates of the current miniature.
    QTransform sceneToMap() const { return toMap_; }
    // The main view's visible scene rectangle, in widget coordinates.
    QRectF visibleRect() const;
    // Redraws the miniature now (normally a timer does it after changes).
    void redraw();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void scheduleRedraw();
    void centreViewAt(QPointF widgetPos);

    TopologyScene* scene_;
    TopologyView* view_;
    QImage image_;
    QTransform toMap_;
    QTimer redrawTimer_;
};

} // namespace iiot::ui
