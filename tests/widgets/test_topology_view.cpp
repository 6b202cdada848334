// Zoom (wheel at the cursor, menu steps, limits), fit to contents, and panning of the canvas.

#include "widgets/topology_view.h"

#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QScrollBar>
#include <QtTest>

#include <cmath>

using iiot::ui::TopologyView;

namespace {

void wheel(TopologyView& view, QPoint at, int angle) {
    QWheelEvent event(at, view.viewport()->mapToGlobal(at), QPoint(), QPoint(0, angle), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view.viewport(), &event);
}

void mouse(TopologyView& view, QEvent::Type type, QPoint at, Qt::MouseButton button, Qt::MouseButtons held) {
    QMouseEvent event(type, at, view.viewport()->mapToGlobal(at), button, held, Qt::NoModifier);
    QApplication::sendEvent(view.viewport(), &event);
}

} // namespace

class TestTopologyView : public QObject {
    Q_OBJECT

    QGraphicsScene scene_;
    std::unique_ptr<TopologyView> view_;

private slots:
    void init() {
        scene_.clear();
        scene_.setSceneRect(0, 0, 5000, 3000);
        auto* content = scene_.addRect(0, 0, 2000, 1000, Qt::NoPen, Qt::gray);
        content->setPos(1000, 1000);
        view_ = std::make_unique<TopologyView>();
        view_->setScene(&scene_);
        view_->resize(800, 600);
        view_->show();
        QVERIFY(QTest::qWaitForWindowExposed(view_.get()));
    }
    void cleanup() { view_.reset(); }

    void setsUpForLargeScenes() {
        QCOMPARE(view_->viewportUpdateMode(), QGraphicsView::BoundingRectViewportUpdate);
        QVERIFY(view_->renderHints().testFlag(QPainter::Antialiasing));
        QCOMPARE(view_->zoom(), 1.0);
    }

    void zoomIsClampedToTenAndThousandPercent() {
        QSignalSpy changed(view_.get(), &TopologyView::zoomChanged);
        view_->setZoom(50);
        QCOMPARE(view_->zoom(), 10.0);
        view_->zoomIn();
        QCOMPARE(view_->zoom(), 10.0);
        view_->setZoom(0.001);
        QCOMPARE(view_->zoom(), 0.1);
        view_->zoomOut();
        QCOMPARE(view_->zoom(), 0.1);
        QCOMPARE(changed.count(), 2); // at the limits nothing changes, so nothing is announced
        QCOMPARE(changed.last().first().toDouble(), 0.1);
        view_->resetZoom();
        QCOMPARE(view_->zoom(), 1.0);
        view_->zoomIn();
        QCOMPARE(view_->zoom(), 1.25);
    }

    void wheelZoomsAboutTheCursorWithinLimits() {
        const QPoint cursor(200, 150);
        const QPointF under = view_->mapToScene(cursor);
        wheel(*view_, cursor, 120);
        QCOMPARE(view_->zoom(), TopologyView::kWheelStep);
        // The scene point under the cursor stays there (to within a pixel of rounding).
        const QPointF after = view_->mapToScene(cursor);
        QVERIFY2(std::hypot(after.x() - under.x(), after.y() - under.y()) <= 1.0 / view_->zoom() + 1e-9,
                 qPrintable(QStringLiteral("%1,%2 -> %3,%4")
                                .arg(under.x())
                                .arg(under.y())
                                .arg(after.x())
                                .arg(after.y())));
        wheel(*view_, cursor, -240);
        QCOMPARE(qRound(view_->zoom() * 1e6), qRound(std::pow(TopologyView::kWheelStep, -1) * 1e6));
        for (int i = 0; i < 40; ++i)
            wheel(*view_, cursor, 120);
        QCOMPARE(view_->zoom(), 10.0);
        for (int i = 0; i < 60; ++i)
            wheel(*view_, cursor, -120);
        QCOMPARE(view_->zoom(), 0.1);
    }

    void fitShowsAllContentButNeverMagnifies() {
        view_->fitToContents();
        const QRectF room = QRectF(view_->viewport()->rect()).adjusted(16, 16, -16, -16);
        const double expected = std::min(room.width() / 2000, room.height() / 1000);
        QCOMPARE(view_->zoom(), expected);
        const QRectF visible = view_->mapToScene(view_->viewport()->rect()).boundingRect();
        QVERIFY(visible.contains(QRectF(1000, 1000, 2000, 1000)));

        scene_.clear();
        scene_.addRect(0, 0, 100, 50, Qt::NoPen, Qt::gray);
        view_->fitToContents();
        QCOMPARE(view_->zoom(), 1.0);
    }

    void middleButtonPans() {
        const int h = view_->horizontalScrollBar()->value();
        const int v = view_->verticalScrollBar()->value();
        mouse(*view_, QEvent::MouseButtonPress, QPoint(400, 300), Qt::MiddleButton, Qt::MiddleButton);
        mouse(*view_, QEvent::MouseMove, QPoint(340, 260), Qt::NoButton, Qt::MiddleButton);
        mouse(*view_, QEvent::MouseButtonRelease, QPoint(340, 260), Qt::MiddleButton, Qt::NoButton);
        QCOMPARE(view_->horizontalScrollBar()->value(), h + 60);
        QCOMPARE(view_->verticalScrollBar()->value(), v + 40);
    }

    void spaceTurnsLeftDragIntoPanning() {
        QCOMPARE(view_->dragMode(), QGraphicsView::RubberBandDrag);
        QTest::keyPress(view_.get(), Qt::Key_Space);
        QCOMPARE(view_->dragMode(), QGraphicsView::ScrollHandDrag);
        QVERIFY(!view_->isInteractive());
        const int h = view_->horizontalScrollBar()->value();
        mouse(*view_, QEvent::MouseButtonPress, QPoint(400, 300), Qt::LeftButton, Qt::LeftButton);
        mouse(*view_, QEvent::MouseMove, QPoint(350, 300), Qt::NoButton, Qt::LeftButton);
        mouse(*view_, QEvent::MouseButtonRelease, QPoint(350, 300), Qt::LeftButton, Qt::NoButton);
        QCOMPARE(view_->horizontalScrollBar()->value(), h + 50);
        QTest::keyRelease(view_.get(), Qt::Key_Space);
        QCOMPARE(view_->dragMode(), QGraphicsView::RubberBandDrag);
        QVERIFY(view_->isInteractive());
    }
};

QTEST_MAIN(TestTopologyView)
#include "test_topology_view.moc"
