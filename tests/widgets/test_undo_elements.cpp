// Element edits through undo commands: add (with links), remove (links go with the elements),
// move (merging per drag), change fields. For each: undo gives the serialised project back byte
// for byte, redo gives the edited text again, and the canvas follows item by item.

#include "sample_project.h"
#include "undo_test_support.h"
#include "widgets/command_add_elements.h"
#include "widgets/command_change_elements.h"
#include "widgets/command_move_elements.h"
#include "widgets/command_remove_elements.h"
#include "widgets/document.h"
#include "widgets/element_item.h"
#include "widgets/link_item.h"
#include "widgets/topology_scene.h"
#include "widgets/zone_item.h"

#include "model/yaml_writer.h"

#include <QSignalSpy>
#include <QtTest>

using namespace iiot;

using namespace iiot::test;

class TestUndoElements : public QObject {
    Q_OBJECT

private slots:
    void addElementsWithTheirLinks() {
        ui::Document doc;
        ui::TopologyScene scene(&doc);
        doc.reset(test::sampleProject());
        QSignalSpy added(&doc, &ui::Document::elementsAdded);
        QSignalSpy linksAdded(&doc, &ui::Document::linksAdded);
        QSignalSpy removed(&doc, &ui::Document::elementsRemoved);
        QSignalSpy dirty(&doc, &ui::Document::dirtyChanged);

        model::Element gateway = test::element("gw1", "gateway", "cell");
        gateway.position = model::Position{420, 520};
        model::Link uplink = test::link("", "gw1", "sw1", "ethernet");
        uplink.id.reset(); // named by the command
        roundTrip(doc, new ui::AddElementsCommand(&doc, {gateway}, {uplink}));

        // Pushed, undone, redone: the notifications name just the new element and link.
        QCOMPARE(added.size(), 2);
        QCOMPARE(ids(added), QStringList{"gw1"});
        QCOMPARE(ids(linksAdded), QStringList{"l6"}); // l1..l5 are taken
        QCOMPARE(ids(removed), QStringList{"gw1"});
        QCOMPARE(dirty.size(), 3);
        QCOMPARE(dirty.at(0).at(0).toBool(), true);
        QCOMPARE(dirty.at(1).at(0).toBool(), false);
        QVERIFY(doc.isDirty());

        QCOMPARE(scene.elementItems().size(), 8);
        QCOMPARE(scene.linkItems().size(), 6);
        QCOMPARE(scene.elementItem("gw1")->centre(), QPointF(420, 520));
        QCOMPARE(scene.linkItem("l6")->line().p1(), QPointF(420, 520));
        QCOMPARE(scene.linkItem("l6")->line().p2(), scene.elementItem("sw1")->centre());
        // The zone container grew around its new member.
        QVERIFY(scene.zoneItem("cell")->rect().contains(ui::ElementItem::footprint().translated(420, 520)));
        QCOMPARE(doc.undoStack()->text(0), QString("Add gateway"));

        doc.undoStack()->undo();
        QCOMPARE(scene.elementItems().size(), 7);
        QCOMPARE(scene.linkItems().size(), 5);
        QVERIFY(!scene.elementItem("gw1"));
        QVERIFY(!doc.isDirty());
    }

    void addedElementWithoutPositionGoesToAFreeSpot() {
        ui::Document doc;
        ui::TopologyScene scene(&doc);
        doc.reset(test::sampleProject());
        const QPointF plc = scene.elementItem("plc1")->centre();
        roundTrip(doc, new ui::AddElementsCommand(&doc, {test::element("s9", "sensor")}));
        // In its layer's band, covering no other element; nobody else moved.
        const ui::ElementItem* added = scene.elementItem("s9");
        QVERIFY(added);
        const QRectF area = ui::ElementItem::footprint().translated(added->centre());
        QVERIFY(scene.bandRect(model::ElementLayer::Device).contains(area));
        for (const ui::ElementItem* other : scene.elementItems())
            if (other != added)
                QVERIFY2(!area.intersects(ui::ElementItem::footprint().translated(other->centre())),
                         qPrintable(other->elementId()));
        QCOMPARE(scene.elementItem("plc1")->centre(), plc);
        QVERIFY(!doc.project().elements.back().position); // the model still says "automatic"
        // Undone and redone, it comes back to the same spot.
        const QPointF spot = added->centre();
        doc.undoStack()->undo();
        doc.undoStack()->redo();
        QCOMPARE(scene.elementItem("s9")->centre(), spot);
    }

    void removeTakesTheLinksAlong() {
        ui::Document doc;
        ui::TopologyScene scene(&doc);
        model::Project p = test::sampleProject();
        p.elements[2].position = model::Position{300, 400}; // a given position survives the round trip
        doc.reset(p);
        const QRectF itZone = scene.zoneItem("it")->rect();
        QSignalSpy linksRemoved(&doc, &ui::Document::linksRemoved);
        QSignalSpy removed(&doc, &ui::Document::elementsRemoved);
        QSignalSpy linksAdded(&doc, &ui::Document::linksAdded);

        // sw1 (index 2) carries l1 and l3; fw1 (index 5) l3, l4 and l5: four links in all.
        roundTrip(doc, new ui::RemoveElementsCommand(&doc, {"sw1", "fw1"}));
        QCOMPARE(ids(linksRemoved), (QStringList{"l1", "l3", "l4", "l5"}));
        QCOMPARE(ids(removed), (QStringList{"sw1", "fw1"}));
        QCOMPARE(ids(linksAdded), (QStringList{"l1", "l3", "l4", "l5"}));
        QCOMPARE(scene.elementItems().size(), 5);
        QCOMPARE(scene.linkItems().size(), 1);
        QVERIFY(scene.linkItem("l2"));
        QVERIFY(!scene.elementItem("fw1"));
        QCOMPARE(doc.undoStack()->text(0), QString("Delete 2 elements"));
        // The IT zone's container shrank to its remaining member.
        QVERIFY(scene.zoneItem("it")->rect().width() < itZone.width() ||
                scene.zoneItem("it")->rect().height() < itZone.height());

        doc.undoStack()->undo();
        QCOMPARE(scene.elementItems().size(), 7);
        QCOMPARE(scene.linkItems().size(), 5);
        QCOMPARE(scene.zoneItem("it")->rect(), itZone);
        QCOMPARE(scene.linkItem("l3")->line().p1(), QPointF(300, 400));
        QCOMPARE(doc.project().elements[2].id, std::string("sw1"));
        QCOMPARE(*doc.project().links[3].id, std::string("l4"));
    }

    void removingAZonesLastMembersLeavesItsContainerEmpty() {
        ui::Document doc;
        ui::TopologyScene scene(&doc);
        doc.reset(test::sampleProject());
        const QRectF before = scene.zoneItem("it")->rect();
        roundTrip(doc, new ui::RemoveElementsCommand(&doc, {"edge1", "fw1"}));
        // The zone is still in the project: drawn empty where it was, so it can be selected.
        QVERIFY(scene.zoneItem("it"));
        QCOMPARE(scene.zoneItem("it")->rect(), before);
        doc.undoStack()->undo();
        QVERIFY(scene.zoneItem("it"));
        QCOMPARE(scene.zoneItem("it")->rect(), before);
    }

    void removeWithUnnamedLinks() {
        // Projects built in memory may have links without id ("#N" keys that shift).
        model::Project p = test::sampleProject();
        for (model::Link& l : p.links)
            l.id.reset();
        ui::Document doc;
        ui::TopologyScene scene(&doc);
        doc.reset(p);
        QVERIFY(scene.linkItem("#2"));
        roundTrip(doc, new ui::RemoveElementsCommand(&doc, {"s1"})); // takes #2 (s1 - ap1)
        QCOMPARE(scene.linkItems().size(), 4);
        QCOMPARE(scene.linkItem("#2")->fromItem()->elementId(), QString("sw1")); // was #3
        doc.undoStack()->undo();
        QCOMPARE(scene.linkItems().size(), 5);
        QCOMPARE(scene.linkItem("#2")->fromItem()->elementId(), QString("s1"));
        QVERIFY(!doc.project().links[1].id);
    }

    void moveGivesAutomaticElementsAPosition() {
        ui::Document doc;
        ui::TopologyScene scene(&doc);
        doc.reset(test::sampleProject());
        const QPointF start = scene.elementItem("plc1")->centre();
        QSignalSpy moved(&doc, &ui::Document::elementsMoved);
        std::vector<ui::MoveElementsCommand::Move> moves{
            {"plc1", std::nullopt, model::Position{start.x() + 40, start.y() - 20}}};
        roundTrip(doc, new ui::MoveElementsCommand(&doc, moves));
        QCOMPARE(moved.size(), 3);
        QCOMPARE(ids(moved), QStringList{"plc1"});
        QCOMPARE(scene.elementItem("plc1")->centre(), start + QPointF(40, -20));
        QCOMPARE(scene.linkItem("l1")->line().p1(), start + QPointF(40, -20));
        QVERIFY(yaml(doc).find("position: [") != std::string::npos);
        // Undone, the element is automatic again and back where the layout had put it.
        doc.undoStack()->undo();
        QVERIFY(!doc.element(QString("plc1"))->position);
        QCOMPARE(scene.elementItem("plc1")->centre(), start);
        QCOMPARE(scene.linkItem("l1")->line().p1(), start);
    }

    void movesOfOneDragMerge() {
        ui::Document doc;
        ui::TopologyScene scene(&doc);
        model::Project p = test::sampleProject();
        p.elements[0].position = model::Position{100, 500};
        doc.reset(p);
        const std::string before = yaml(doc);
        using Move = ui::MoveElementsCommand::Move;
        // A drag from x = `from` reports the element at x.
        auto moveTo = [&](double from, double x, int token) {
            const std::optional<model::Position> start = model::Position{from, 500};
            doc.undoStack()->push(
                new ui::MoveElementsCommand(&doc, {Move{"s1", start, model::Position{x, 500}}}, token));
        };
        moveTo(100, 110, 7);
        moveTo(100, 120, 7);
        moveTo(100, 130, 7);
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.element(QString("s1"))->position->x, 130.0);
        const std::string after = yaml(doc);
        moveTo(130, 140, 8); // another drag
        QCOMPARE(doc.undoStack()->count(), 2);
        doc.undoStack()->undo();
        QCOMPARE(yaml(doc), after);
        doc.undoStack()->undo();
        QCOMPARE(yaml(doc), before);
        QCOMPARE(scene.elementItem("s1")->centre(), QPointF(100, 500));

        // Token 0 never merges; a drag that ends where it began leaves nothing to undo.
        doc.undoStack()->clear();
        moveTo(100, 150, 0);
        moveTo(150, 160, 0);
        QCOMPARE(doc.undoStack()->count(), 2);
        doc.undoStack()->clear();
        doc.reset(p);
        moveTo(100, 180, 9);
        moveTo(100, 100, 9);
        QCOMPARE(doc.undoStack()->count(), 0);
        QCOMPARE(yaml(doc), before);
    }

    void changeOneField() {
        ui::Document doc;
        ui::TopologyScene scene(&doc);
        doc.reset(test::sampleProject());
        QSignalSpy changed(&doc, &ui::Document::elementsChanged);
        roundTrip(doc, ui::changeElementField(&doc, {"plc1"}, &model::Element::name,
                                              std::optional<std::string>("Main PLC"), "Rename")
                           .release());
        QCOMPARE(ids(changed), QStringList{"plc1"});
        QCOMPARE(changed.size(), 3);
        QVERIFY(scene.elementItem("plc1")->toolTip().startsWith("Main PLC"));
        QCOMPARE(doc.undoStack()->text(0), QString("Rename"));
        doc.undoStack()->undo();
        QVERIFY(scene.elementItem("plc1")->toolTip().startsWith("Line PLC"));
    }

    void changeSeveralElementsIsOneStep() {
        ui::Document doc;
        ui::TopologyScene scene(&doc);
        doc.reset(test::sampleProject());
        const QRectF itZone = scene.zoneItem("it")->rect();
        // The cloud and the sensor join the IT zone: its container now reaches around them.
        auto* command = new ui::ChangeElementsCommand(
            &doc, {"cloud1", "s1"}, [](model::Element& e) { e.zone = "it"; }, "Move to zone");
        roundTrip(doc, command);
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(scene.elementItem("cloud1")->zoneId(), QString("it"));
        const QRectF grown = scene.zoneItem("it")->rect();
        QVERIFY(grown.contains(scene.elementItem("cloud1")->sceneBoundingRect()));
        QVERIFY(grown.contains(scene.elementItem("s1")->sceneBoundingRect()));
        doc.undoStack()->undo();
        QCOMPARE(scene.zoneItem("it")->rect(), itZone);
        QCOMPARE(scene.elementItem("cloud1")->zoneId(), QString());
    }

    void changeThatChangesNothingIsNotAStep() {
        ui::Document doc;
        doc.reset(test::sampleProject());
        auto same = ui::changeElementField(&doc, {"plc1"}, &model::Element::name,
                                           std::optional<std::string>("Line PLC"));
        QVERIFY(same->isNoOp());
        doc.undoStack()->push(same.release());
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY(!doc.isDirty());
        // The id is the key links use: an edit cannot change it.
        auto renamed = std::make_unique<ui::ChangeElementsCommand>(
            &doc, QStringList{"plc1"}, [](model::Element& e) { e.id = "other"; }, "Rename id");
        QVERIFY(renamed->isNoOp());
    }

    void cleanStateIsTheDirtyFlag() {
        ui::Document doc;
        doc.reset(test::sampleProject());
        QSignalSpy dirty(&doc, &ui::Document::dirtyChanged);
        doc.undoStack()->push(new ui::RemoveElementsCommand(&doc, {"s1"}));
        QVERIFY(doc.isDirty());
        doc.undoStack()->setClean(); // saved
        QVERIFY(!doc.isDirty());
        doc.undoStack()->undo();
        QVERIFY(doc.isDirty()); // the saved file has no s1
        doc.undoStack()->redo();
        QVERIFY(!doc.isDirty());
        QCOMPARE(dirty.size(), 4);
        doc.undoStack()->undo();
        doc.reset(test::sampleProject()); // a load is clean
        QVERIFY(!doc.isDirty());
        QCOMPARE(doc.undoStack()->count(), 0);
    }
};

QTEST_MAIN(TestUndoElements)
#include "test_undo_elements.moc"
