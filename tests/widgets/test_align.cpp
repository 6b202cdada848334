// Align and distribute: each is one undo step built from the move command; undo gives the
// serialised project back byte for byte, redo the aligned one. The expected coordinates are worked
// out by hand from the elements' positions (all elements share one footprint, so aligning edges
// lines up the centres too).

#include "canvas_test_support.h"
#include "undo_test_support.h"
#include "widgets/arrange_actions.h"
#include "widgets/main_window.h"

#include <QAction>
#include <QMenuBar>
#include <QToolBar>
#include <QtTest>

using namespace iiot;
using test::Canvas;
using test::yaml;
using Alignment = ui::Arrange::Alignment;
using Direction = ui::Arrange::Direction;

namespace {

// The sample project without zones (membership is tested in test_zones) and with three elements
// at given places: plc1 (100, 300), sw1 (260, 340), s1 (180, 420).
model::Project placedProject() {
    model::Project p = test::sampleProject();
    p.zones.clear();
    for (model::Element& e : p.elements)
        e.zone.reset();
    auto place = [&](const char* id, double x, double y) {
        for (model::Element& e : p.elements)
            if (e.id == id)
                e.position = model::Position{x, y};
    };
    place("plc1", 100, 300);
    place("sw1", 260, 340);
    place("s1", 180, 420);
    return p;
}

QPointF at(const ui::Document& doc, const char* id) {
    const model::Element* e = doc.element(std::string(id));
    return {e->position->x, e->position->y};
}

} // namespace

class TestAlign : public QObject {
    Q_OBJECT

private:
    // Runs one arrange action on plc1, sw1 and s1 and checks its undo round trip.
    void arrange(Canvas& canvas, QAction* action) {
        canvas.select({"plc1", "sw1", "s1"});
        const std::string before = yaml(canvas.doc);
        const int steps = canvas.doc.undoStack()->count();
        QVERIFY(action->isEnabled());
        action->trigger();
        QCOMPARE(canvas.doc.undoStack()->count(), steps + 1);
        QCOMPARE(canvas.doc.undoStack()->text(steps), action->text().remove('&'));
        const std::string after = yaml(canvas.doc);
        QVERIFY(after != before);
        canvas.doc.undoStack()->undo();
        QCOMPARE(yaml(canvas.doc), before);
        canvas.doc.undoStack()->redo();
        QCOMPARE(yaml(canvas.doc), after);
    }

private slots:
    void alignEdgesAndCentres_data() {
        QTest::addColumn<int>("alignment");
        QTest::addColumn<QPointF>("plc");
        QTest::addColumn<QPointF>("sw");
        QTest::addColumn<QPointF>("s");
        // x: 100, 260, 180 -> left 100, right 260, centre (100 + 260) / 2 = 180.
        // y: 300, 340, 420 -> top 300, bottom 420, middle (300 + 420) / 2 = 360.
        QTest::newRow("left") << int(Alignment::Left) << QPointF(100, 300) << QPointF(100, 340)
                              << QPointF(100, 420);
        QTest::newRow("right") << int(Alignment::Right) << QPointF(260, 300) << QPointF(260, 340)
                               << QPointF(260, 420);
        QTest::newRow("centres") << int(Alignment::HorizontalCentre) << QPointF(180, 300) << QPointF(180, 340)
                                 << QPointF(180, 420);
        QTest::newRow("top") << int(Alignment::Top) << QPointF(100, 300) << QPointF(260, 300)
                             << QPointF(180, 300);
        QTest::newRow("bottom") << int(Alignment::Bottom) << QPointF(100, 420) << QPointF(260, 420)
                                << QPointF(180, 420);
        QTest::newRow("middles") << int(Alignment::VerticalCentre) << QPointF(100, 360) << QPointF(260, 360)
                                 << QPointF(180, 360);
    }

    void alignEdgesAndCentres() {
        QFETCH(int, alignment);
        QFETCH(QPointF, plc);
        QFETCH(QPointF, sw);
        QFETCH(QPointF, s);
        Canvas canvas(placedProject());
        ui::ArrangeActions actions(&canvas.doc, &canvas.scene);
        arrange(canvas, actions.alignAction(static_cast<Alignment>(alignment)));
        QCOMPARE(at(canvas.doc, "plc1"), plc);
        QCOMPARE(at(canvas.doc, "sw1"), sw);
        QCOMPARE(at(canvas.doc, "s1"), s);
        QCOMPARE(canvas.centre("sw1"), sw); // the canvas follows the model
    }

    void distributeEvenly() {
        model::Project p = placedProject();
        // x: 100, 130, 400 -> the middle one to 100 + (400 - 100) / 2 = 250.
        // y: 300, 500, 320 -> sorted plc1 300, s1 320, sw1 500: s1 to 300 + (500 - 300) / 2 = 400.
        for (model::Element& e : p.elements) {
            if (e.id == "sw1")
                e.position = model::Position{400, 500};
            if (e.id == "s1")
                e.position = model::Position{130, 320};
        }
        Canvas canvas(p);
        ui::ArrangeActions actions(&canvas.doc, &canvas.scene);
        arrange(canvas, actions.distributeAction(Direction::Horizontal));
        QCOMPARE(at(canvas.doc, "plc1"), QPointF(100, 300));
        QCOMPARE(at(canvas.doc, "s1"), QPointF(250, 320));
        QCOMPARE(at(canvas.doc, "sw1"), QPointF(400, 500));
        arrange(canvas, actions.distributeAction(Direction::Vertical));
        QCOMPARE(at(canvas.doc, "plc1"), QPointF(100, 300));
        QCOMPARE(at(canvas.doc, "s1"), QPointF(250, 400));
        QCOMPARE(at(canvas.doc, "sw1"), QPointF(400, 500));
        QCOMPARE(canvas.doc.undoStack()->count(), 2);
        // Already even: nothing to do, no step.
        QVERIFY(!actions.distribute(Direction::Vertical));
        QCOMPARE(canvas.doc.undoStack()->count(), 2);
    }

    void enabledBySelectionSize() {
        Canvas canvas(placedProject());
        ui::ArrangeActions actions(&canvas.doc, &canvas.scene);
        canvas.select({"plc1"});
        QVERIFY(!actions.alignAction(Alignment::Left)->isEnabled());
        canvas.select({"plc1", "sw1"});
        QVERIFY(actions.alignAction(Alignment::Left)->isEnabled());
        QVERIFY(!actions.distributeAction(Direction::Horizontal)->isEnabled());
        canvas.select({"plc1", "sw1", "s1"});
        QVERIFY(actions.distributeAction(Direction::Horizontal)->isEnabled());
    }

    void elementsWithoutPositionGetOne() {
        // Placed by the automatic layout (edge1 in the service band above fw1 in the network
        // band): aligning the tops moves the firewall up and gives it an explicit position; the
        // edge server is already there and keeps none. Undo takes the firewall back to the layout.
        Canvas canvas;
        ui::ArrangeActions actions(&canvas.doc, &canvas.scene);
        const QPointF edge = canvas.centre("edge1");
        const QPointF fw = canvas.centre("fw1");
        QVERIFY(edge.y() < fw.y());
        canvas.select({"edge1", "fw1"});
        const std::string before = yaml(canvas.doc);
        QVERIFY(actions.align(Alignment::Top));
        QCOMPARE(at(canvas.doc, "fw1"), QPointF(fw.x(), edge.y()));
        QVERIFY(!canvas.doc.element(std::string("edge1"))->position);
        QCOMPARE(canvas.centre("edge1"), edge);
        canvas.doc.undoStack()->undo();
        QCOMPARE(yaml(canvas.doc), before);
        QVERIFY(!canvas.doc.element(std::string("fw1"))->position);
        QCOMPARE(canvas.centre("fw1"), fw);
    }

    void arrangeMenuAndToolbar() {
        ui::MainWindow window;
        QMenu* arrange = nullptr;
        for (QAction* action : window.menuBar()->actions())
            if (action->text() == QStringLiteral("&Arrange"))
                arrange = action->menu();
        QVERIFY(arrange);
        QAction* left = window.arrangeActions()->alignAction(Alignment::Left);
        QVERIFY(arrange->actions().contains(left));
        auto* toolbar = window.findChild<QToolBar*>(QStringLiteral("arrangeToolBar"));
        QVERIFY(toolbar);
        QVERIFY(toolbar->actions().contains(left));
        QVERIFY(!left->icon().isNull());
    }
};

QTEST_MAIN(TestAlign)
#include "test_align.moc"
