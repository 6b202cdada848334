// The canvas widget: zoom with the wheel about the cursor (10-1000 %), fit, 100 %, and panning
// with the middle button or by dragging while Space is held.
#pragma once

#include <QGraphicsView>

namespace iiot::ui {

class TopologyView : public QGraphicsView {
    Q_OBJECT

public:
    static constexpr double kMinZoom = 0.1;
    static constexpr double kMaxZoom = 10.0;
    static constexpr double kStep = 1.25; // one menu step; a wheel notch is kWheelStep
    static constexpr double kWheelStep = 1.15;

    explicit TopologyView(QWidget* parent = nullptr);

    double zoom() const;
    // Clamps to [kMinZoom, kMaxZoom]; keeps the scene point under `viewportPos` where it is.
    void setZoomAt(double factor, const QPointF& viewportPos);
    void setZoom(double factor);

public slots:
    void zoomIn();
    void zoomOut();
    void resetZoom();
    // Shows all items, but never magnifies beyond 100 %: small projects stay at their drawn size.
    void fitToContents();

signals:
    void zoomChanged(double factor);
    // A kind dragged from the palette was dropped at scenePos.
    void kindDropped(const QString& kind, const QPointF& scenePos);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    // Palette drops are handled here, not by the scene: the view knows the drop's scene position
    // and the document, not the items, decides what a new element is.
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    // The grid, where the scene shows it; the layer bands draw it over their own fill.
    void drawBackground(QPainter* painter, const QRectF& rect) override;

private:
    void endSpacePan();

    bool middlePanning_ = false;
    bool spacePanning_ = false;
    QPoint lastPanPos_;
};

} // namespace iiot::ui
