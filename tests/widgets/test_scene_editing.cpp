// Editing on the canvas with the mouse and the Edit actions: a drag through the view is exactly
// one undo step (snapped to the grid when asked), Delete removes a multi-selection with its links
// in one step, Select All selects every element and link at once. For each edit: undo gives the
// serialised project back byte for byte and redo the edited text.

#include "sample_project.h"
#include "widgets/document.h"
#include "widgets/edit_actions.h"
#include "widgets/element_item.h"
#include "widgets/link_item.h"
#include "widgets/topology_scene.h"
#include "widgets/topology_view.h"
#include "widgets/zone_item.h"

#include "model/yaml_writer.h"

#include <QAction>
#include <QSignalSpy>
#include <QUndoView>
#include <QtTest>

#include <cmath>

using namespace iiot;

namespace {

std::string yaml(const ui::Document& doc) {
    return model::writeProjectYaml(doc.project());
}

// A document shown in a view at 100 %, centred on the PLC.
struct Canvas {
    ui::Document doc;
    ui::TopologyScene scene{&doc};
    ui::TopologyView view;

    explicit Canvas(model::Project project = test::sampleProject()) {
        doc.reset(std::move(project));
        view.setScene(&scene);
        view.resize(1000, 700);
        view.show();
        view.centerOn(scene.elementItem("plc1"));
    }
    QPoint at(const QString& id) const { return view.mapFromScene(scene.elementItem(id)->centre()); }
    QPoint at(QPointF scenePos) const { return view.mapFromScene(scenePos); }

    // Press on `from`, move through `steps` points, release at the last one.
    void drag(QPoint from, const QList<QPoint>& steps) {
        QWidget* viewport = view.viewport();
        QTest::mousePress(viewport, Qt::LeftButton, {}, from);
        for (QPoint step : steps)
            QTest::mouseMove(viewport, step);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, steps.isEmpty() ? from : steps.back());
    }
};

} // namespace

class TestSceneEditing : public QObject {
    Q_OBJECT

private slots:
    void dragIsOneUndoStep() {
        Canvas canvas;
        QVERIFY(QTest::qWaitForWindowExposed(&canvas.view));
        QCOMPARE(canvas.view.zoom(), 1.0);
        const std::string before = yaml(canvas.doc);
        const QPointF start = canvas.scene.elementItem("plc1")->centre();
        QSignalSpy moved(&canvas.doc, &ui::Document::elementsMoved);

        const QPoint p = canvas.at("plc1");
        canvas.drag(p, {p + QPoint(10, 5), p + QPoint(30, 12), p + QPoint(61, 23), p + QPoint(97, 41)});

        QVERIFY(!canvas.scene.isDragging());
        QCOMPARE(canvas.doc.undoStack()->count(), 1); // four moves, one step
        QCOMPARE(moved.size(), 4);                    // the canvas followed every one
        QCOMPARE(moved.at(0).at(0).toStringList(), QStringList{"plc1"});
        QVERIFY(canvas.scene.elementItem("plc1")->isSelected()); // pressing selected it
        // The automatically placed PLC now has an explicit position.
        const model::Element* plc = canvas.doc.element(QString("plc1"));
        QVERIFY(plc->position);
        QCOMPARE(QPointF(plc->position->x, plc->position->y), start + QPointF(97, 41));
        QCOMPARE(canvas.scene.elementItem("plc1")->centre(), start + QPointF(97, 41));
        QCOMPARE(canvas.scene.linkItem("l1")->line().p1(), start + QPointF(97, 41));
        QVERIFY(canvas.scene.zoneItem("cell")->rect().contains(
            canvas.scene.elementItem("plc1")->sceneBoundingRect()));
        const std::string after = yaml(canvas.doc);
        QVERIFY(after != before);

        canvas.doc.undoStack()->undo();
        QCOMPARE(yaml(canvas.doc), before);
        QCOMPARE(canvas.scene.elementItem("plc1")->centre(), start);
        QCOMPARE(canvas.scene.linkItem("l1")->line().p1(), start);
        canvas.doc.undoStack()->redo();
        QCOMPARE(yaml(canvas.doc), after);

        // The next drag is a step of its own.
        const QPoint q = canvas.at("plc1");
        canvas.drag(q, {q + QPoint(-20, 0)});
        QCOMPARE(canvas.doc.undoStack()->count(), 2);
        canvas.doc.undoStack()->undo();
        QCOMPARE(yaml(canvas.doc), after);
    }

    void dragMovesTheWholeSelection() {
        Canvas canvas;
        const std::string before = yaml(canvas.doc);
        canvas.scene.elementItem("plc1")->setSelected(true);
        canvas.scene.elementItem("sw1")->setSelected(true);
        const QPointF plc = canvas.scene.elementItem("plc1")->centre();
        const QPointF sw = canvas.scene.elementItem("sw1")->centre();
        const QPointF s1 = canvas.scene.elementItem("s1")->centre();
        const QPoint p = canvas.at("plc1");
        canvas.drag(p, {p + QPoint(15, -10), p + QPoint(40, -25)});
        QCOMPARE(canvas.doc.undoStack()->count(), 1);
        QCOMPARE(canvas.scene.elementItem("plc1")->centre(), plc + QPointF(40, -25));
        QCOMPARE(canvas.scene.elementItem("sw1")->centre(), sw + QPointF(40, -25));
        QCOMPARE(canvas.scene.elementItem("s1")->centre(), s1); // not selected, not moved
        QCOMPARE(canvas.scene.selectedElementIds().size(), 2);  // the selection survived the drag
        QCOMPARE(canvas.scene.linkItem("l1")->line().length(), QLineF(plc, sw).length());
        const std::string after = yaml(canvas.doc);
        canvas.doc.undoStack()->undo();
        QCOMPARE(yaml(canvas.doc), before);
        canvas.doc.undoStack()->redo();
        QCOMPARE(yaml(canvas.doc), after);
    }

    void dragSnapsToTheGrid() {
        Canvas canvas;
        canvas.scene.setSnapToGrid(true);
        QVERIFY(canvas.scene.snapToGrid());
        canvas.scene.elementItem("plc1")->setSelected(true);
        canvas.scene.elementItem("s1")->setSelected(true);
        const QPointF offset =
            canvas.scene.elementItem("s1")->centre() - canvas.scene.elementItem("plc1")->centre();
        const QPoint p = canvas.at("plc1");
        canvas.drag(p, {p + QPoint(13, 7), p + QPoint(33, 29)});
        QCOMPARE(canvas.doc.undoStack()->count(), 1);
        // The grabbed element's centre lies on the 20 px grid; the other kept its offset to it.
        const QPointF plc = canvas.scene.elementItem("plc1")->centre();
        QCOMPARE(std::fmod(plc.x(), 20.0), 0.0);
        QCOMPARE(std::fmod(plc.y(), 20.0), 0.0);
        QCOMPARE(canvas.scene.elementItem("s1")->centre() - plc, offset);
    }

    void clickWithoutMovingIsNoEdit() {
        Canvas canvas;
        const QPoint p = canvas.at("plc1");
        canvas.drag(p, {});
        QCOMPARE(canvas.doc.undoStack()->count(), 0);
        QCOMPARE(canvas.scene.selectedElementIds(), QStringList{"plc1"});
        // Dragging back to the start leaves nothing to undo when the position was given.
        model::Project placed = test::sampleProject();
        placed.elements[1].position = model::Position{400, 600};
        Canvas again(placed);
        const QPoint q = again.at("plc1");
        again.drag(q, {q + QPoint(30, 30), q});
        QCOMPARE(again.doc.undoStack()->count(), 0);
        QVERIFY(!again.doc.isDirty());
    }

    void deleteMultiSelectionIsOneStep() {
        Canvas canvas;
        ui::EditActions actions(&canvas.doc, &canvas.scene);
        QVERIFY(!actions.deleteAction()->isEnabled());
        const std::string before = yaml(canvas.doc);
        QSignalSpy elementsRemoved(&canvas.doc, &ui::Document::elementsRemoved);
        QSignalSpy linksRemoved(&canvas.doc, &ui::Document::linksRemoved);
        // Two elements, a link of one of them, and a link of neither.
        for (const char* id : {"s1", "sw1"})
            canvas.scene.elementItem(id)->setSelected(true);
        canvas.scene.linkItem("l1")->setSelected(true);
        canvas.scene.linkItem("l4")->setSelected(true);
        QVERIFY(actions.deleteAction()->isEnabled());
        actions.deleteAction()->trigger();

        QCOMPARE(canvas.doc.undoStack()->count(), 1);
        QCOMPARE(canvas.doc.undoStack()->text(0), QString("Delete 2 elements and 1 link"));
        QCOMPARE(elementsRemoved.size(), 1);
        QCOMPARE(elementsRemoved.at(0).at(0).toStringList(), (QStringList{"s1", "sw1"}));
        // l4 alone, then the elements' links l1, l2, l3.
        QCOMPARE(linksRemoved.size(), 2);
        QCOMPARE(linksRemoved.at(0).at(0).toStringList(), QStringList{"l4"});
        QCOMPARE(linksRemoved.at(1).at(0).toStringList(), (QStringList{"l1", "l2", "l3"}));
        QCOMPARE(canvas.scene.elementItems().size(), 5);
        QCOMPARE(canvas.scene.linkItems().size(), 1);
        QVERIFY(canvas.scene.selectedItems().isEmpty());
        QVERIFY(!actions.deleteAction()->isEnabled());
        const std::string after = yaml(canvas.doc);

        QVERIFY(actions.undoAction()->isEnabled());
        actions.undoAction()->trigger();
        QCOMPARE(yaml(canvas.doc), before);
        QCOMPARE(canvas.scene.elementItems().size(), 7);
        QCOMPARE(canvas.scene.linkItems().size(), 5);
        actions.redoAction()->trigger();
        QCOMPARE(yaml(canvas.doc), after);
    }

    void selectAllThenDelete() {
        Canvas canvas;
        ui::EditActions actions(&canvas.doc, &canvas.scene);
        const std::string before = yaml(canvas.doc);
        QSignalSpy selection(&canvas.scene, &QGraphicsScene::selectionChanged);
        actions.selectAllAction()->trigger();
        QCOMPARE(selection.size(), 1); // announced once, not per item
        QCOMPARE(canvas.scene.selectedElementIds().size(), 7);
        QCOMPARE(canvas.scene.selectedLinkKeys().size(), 5);
        QCOMPARE(canvas.scene.selectedItems().size(), 12); // no band, zone or caption
        QCOMPARE(canvas.doc.undoStack()->count(), 0);      // selecting is not an edit
        QCOMPARE(yaml(canvas.doc), before);

        actions.deleteAction()->trigger();
        QCOMPARE(canvas.doc.undoStack()->count(), 1);
        QVERIFY(canvas.doc.project().elements.empty());
        QVERIFY(canvas.doc.project().links.empty());
        QVERIFY(canvas.scene.elementItems().isEmpty());
        // The zones stay in the project, empty: their containers stay where they were.
        QVERIFY(canvas.scene.zoneItem("cell"));
        const std::string after = yaml(canvas.doc);
        canvas.doc.undoStack()->undo();
        QCOMPARE(yaml(canvas.doc), before);
        QCOMPARE(canvas.scene.elementItems().size(), 7);
        QCOMPARE(canvas.scene.linkItems().size(), 5);
        QVERIFY(canvas.scene.zoneItem("cell"));
        canvas.doc.undoStack()->redo();
        QCOMPARE(yaml(canvas.doc), after);
    }

    void actionsUseStandardShortcuts() {
        Canvas canvas;
        ui::EditActions actions(&canvas.doc, &canvas.scene);
        const QList<QAction*> list = actions.actions();
        QCOMPARE(list.size(), 5);
        QCOMPARE(list[0], actions.undoAction());
        QVERIFY(list[2]->isSeparator());
        QCOMPARE(actions.undoAction()->shortcut(), QKeySequence(QKeySequence::Undo));
        QCOMPARE(actions.redoAction()->shortcut(), QKeySequence(QKeySequence::Redo));
        QCOMPARE(actions.deleteAction()->shortcut(), QKeySequence(QKeySequence::Delete));
        QCOMPARE(actions.selectAllAction()->shortcut(), QKeySequence(QKeySequence::SelectAll));
        QVERIFY(!actions.undoAction()->isEnabled());

        // The keys work once the window holds the actions.
        canvas.view.addActions(list);
        canvas.view.activateWindow();
        canvas.view.setFocus();
        QVERIFY(QTest::qWaitForWindowActive(&canvas.view));
        QTest::keySequence(&canvas.view, QKeySequence::SelectAll);
        QCOMPARE(canvas.scene.selectedItems().size(), 12);
        QTest::keySequence(&canvas.view, QKeySequence::Delete);
        QVERIFY(canvas.doc.project().elements.empty());
        QTest::keySequence(&canvas.view, QKeySequence::Undo);
        QCOMPARE(canvas.doc.project().elements.size(), std::size_t(7));
    }

    void undoHistoryView() {
        Canvas canvas;
        std::unique_ptr<QUndoView> history(ui::EditActions::createUndoView(&canvas.doc));
        QCOMPARE(history->stack(), canvas.doc.undoStack());
        const std::string before = yaml(canvas.doc);
        canvas.scene.elementItem("fw1")->setSelected(true);
        ui::EditActions actions(&canvas.doc, &canvas.scene);
        actions.deleteSelection();
        QCOMPARE(history->model()->rowCount(), 2); // the empty state and the deletion
        QCOMPARE(history->model()->index(1, 0).data().toString(), QString("Delete fw1"));
        // Choosing the first entry goes back to the state as opened.
        history->setCurrentIndex(history->model()->index(0, 0));
        QCOMPARE(yaml(canvas.doc), before);
    }
};

QTEST_MAIN(TestSceneEditing)
#include "test_scene_editing.moc"
