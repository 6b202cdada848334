// The overview: a click or drag in it centres the main view on the matching scene point, the
// rectangle it draws is the main view's visible area, and redrawing it stays cheap at 10,000
// elements. Also the grid's spacing as the zoom changes.

#include "canvas_test_support.h"
#include "widgets/canvas_grid.h"
#include "widgets/minimap.h"

#include "model/factory_generator.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QtTest>

#include <algorithm>

using namespace iiot;
using test::Canvas;

namespace {

QPointF viewCentre(const ui::TopologyView& view) {
    return view.mapToScene(view.viewport()->rect().center());
}

} // namespace

class TestMinimap : public QObject {
    Q_OBJECT

private slots:
    void clickAndDragMoveTheView() {
        Canvas canvas;
        canvas.view.setZoom(4); // the scene is then far larger than the viewport: room to move
        ui::Minimap minimap(&canvas.scene, &canvas.view);
        minimap.resize(240, 160);
        minimap.show();
        QVERIFY(QTest::qWaitForWindowExposed(&minimap));
        minimap.redraw();
        const QTransform toScene = minimap.sceneToMap().inverted();

        const QPoint click(90, 70);
        QTest::mouseClick(&minimap, Qt::LeftButton, {}, click);
        const QPointF wanted = toScene.map(QPointF(click));
        // centerOn() lands on whole viewport pixels: a quarter of a scene pixel at 400 %, plus
        // the minimap's own rounding of the click to a widget pixel.
        const qreal tolerance = 1.0 / minimap.sceneToMap().m11();
        QVERIFY2(QLineF(viewCentre(canvas.view), wanted).length() <= tolerance,
                 qPrintable(QStringLiteral("view centre %1,%2 wanted %3,%4")
                                .arg(viewCentre(canvas.view).x())
                                .arg(viewCentre(canvas.view).y())
                                .arg(wanted.x())
                                .arg(wanted.y())));
        // The drawn rectangle is centred where the user clicked.
        QVERIFY(QLineF(minimap.visibleRect().center(), QPointF(click)).length() <= 1.0);

        // Dragging follows the mouse.
        const QPoint next(150, 95);
        QTest::mousePress(&minimap, Qt::LeftButton, {}, click);
        QTest::mouseMove(&minimap, QPoint(120, 80));
        QTest::mouseMove(&minimap, next);
        QTest::mouseRelease(&minimap, Qt::LeftButton, {}, next);
        QVERIFY(QLineF(viewCentre(canvas.view), toScene.map(QPointF(next))).length() <= tolerance);
        QCOMPARE(canvas.doc.undoStack()->count(), 0); // moving the view is no edit
    }

    void rectangleFollowsZoomAndScroll() {
        Canvas canvas;
        ui::Minimap minimap(&canvas.scene, &canvas.view);
        minimap.resize(240, 160);
        minimap.redraw();
        canvas.view.setZoom(2);
        const QRectF atTwo = minimap.visibleRect();
        canvas.view.setZoom(4);
        const QRectF atFour = minimap.visibleRect();
        // Twice the zoom shows half the width and height of the scene.
        QVERIFY(std::abs(atFour.width() * 2 - atTwo.width()) < 1.0);
        QVERIFY(std::abs(atFour.height() * 2 - atTwo.height()) < 1.0);
    }

    void miniatureShowsTheElements() {
        Canvas canvas;
        ui::Minimap minimap(&canvas.scene, &canvas.view);
        minimap.resize(240, 160);
        minimap.redraw();
        // The pixel under the PLC's centre has the device layer's accent, not the band's fill.
        const QImage shot = minimap.grab().toImage();
        const QPoint plc = minimap.sceneToMap().map(canvas.centre("plc1")).toPoint();
        const QColor pixel = shot.pixelColor(plc * shot.devicePixelRatio());
        QVERIFY2(pixel.green() > pixel.red() + 40, qPrintable(pixel.name()));
    }

    void redrawStaysCheapAtTenThousandElements() {
        model::FactoryOptions options;
        options.elements = 10000;
        ui::Document doc;
        doc.reset(model::generateFactory(options));
        ui::TopologyScene scene(&doc);
        ui::TopologyView view;
        view.setScene(&scene);
        ui::Minimap minimap(&scene, &view);
        minimap.resize(240, 160);
        std::vector<qint64> times;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer timer;
            timer.start();
            minimap.redraw();
            times.push_back(timer.nsecsElapsed());
        }
        std::sort(times.begin(), times.end());
        const double medianMs = times[2] / 1e6;
        qInfo("minimap redraw, %zu elements and %zu links: median %.1f ms", doc.project().elements.size(),
              doc.project().links.size(), medianMs);
        // It runs once after a burst of edits, never per frame; a fifth of a second would still
        // go unnoticed, even on a loaded machine or under the sanitizers.
        QVERIFY2(medianMs < 200, qPrintable(QString::number(medianMs)));
    }

    void gridSpacingAdaptsToTheZoom() {
        // The snap grid (20 px) while lines stay 8 screen pixels apart, else times 5.
        QCOMPARE(ui::CanvasGrid::spacing(1.0), 20.0);  // 20 px on screen
        QCOMPARE(ui::CanvasGrid::spacing(0.4), 20.0);  // 8 px: still dense enough
        QCOMPARE(ui::CanvasGrid::spacing(0.3), 100.0); // 6 px would be too dense; 100 -> 30 px
        QCOMPARE(ui::CanvasGrid::spacing(0.1), 100.0); // 10 px
        QCOMPARE(ui::CanvasGrid::spacing(0.05), 500.0);
        QCOMPARE(ui::CanvasGrid::spacing(10.0), 20.0);
        // Drawn: the 101 x 61 pixels from the origin at 100 % get lines at x = 0, 20, ..., 100 and
        // y = 0, 20, ..., 60.
        QImage image(101, 61, QImage::Format_ARGB32);
        image.fill(Qt::white);
        {
            QPainter p(&image);
            ui::CanvasGrid::draw(&p, QRectF(0, 0, 101, 61), 1.0);
        }
        QVERIFY(image.pixelColor(20, 7) != QColor(Qt::white)); // on a vertical line
        QVERIFY(image.pixelColor(7, 40) != QColor(Qt::white)); // on a horizontal line
        QCOMPARE(image.pixelColor(10, 10), QColor(Qt::white)); // between lines
        // Every fifth line (x = 100) is stronger than the others.
        QVERIFY(image.pixelColor(100, 7).red() < image.pixelColor(20, 7).red());
    }
};

QTEST_MAIN(TestMinimap)
#include "test_minimap.moc"
