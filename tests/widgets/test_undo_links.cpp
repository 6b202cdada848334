// Link edits through undo commands: add, remove, change a field, reconnect. For each: undo gives
// the serialised project back byte for byte, redo the edited text, and the canvas follows.

#include "sample_project.h"
#include "undo_test_support.h"
#include "widgets/command_add_link.h"
#include "widgets/command_change_link.h"
#include "widgets/command_remove_links.h"
#include "widgets/document.h"
#include "widgets/element_item.h"
#include "widgets/link_item.h"
#include "widgets/topology_scene.h"

#include "model/yaml_writer.h"

#include <QSignalSpy>
#include <QtTest>

using namespace iiot;

using namespace iiot::test;

class TestUndoLinks : public QObject {
    Q_OBJECT

private slots:
    void addLink() {
        ui::Document doc;
        ui::TopologyScene scene(&doc);
        doc.reset(test::sampleProject());
        QSignalSpy added(&doc, &ui::Document::linksAdded);
        QSignalSpy removed(&doc, &ui::Document::linksRemoved);
        model::Link link = test::link("", "plc1", "edge1", "ethernet");
        link.id.reset();
        auto* command = new ui::AddLinkCommand(&doc, link);
        QCOMPARE(command->linkId(), QString("l6"));
        roundTrip(doc, command);
        QCOMPARE(added.size(), 2);
        QCOMPARE(keys(added), QStringList{"l6"});
        QCOMPARE(keys(removed), QStringList{"l6"});
        QCOMPARE(scene.linkItems().size(), 6);
        const ui::LinkItem* item = scene.linkItem("l6");
        QVERIFY(item);
        QCOMPARE(item->line().p1(), scene.elementItem("plc1")->centre());
        QCOMPARE(item->line().p2(), scene.elementItem("edge1")->centre());
        doc.undoStack()->undo();
        QCOMPARE(scene.linkItems().size(), 5);
        QVERIFY(!scene.linkItem("l6"));
    }

    void parallelLinkSpreadsAndUndoJoins() {
        ui::Document doc;
        ui::TopologyScene scene(&doc);
        doc.reset(test::sampleProject());
        const QLineF single = scene.linkItem("l1")->line();
        roundTrip(doc, new ui::AddLinkCommand(&doc, test::link("l1b", "sw1", "plc1", "ethernet")));
        // Two links between plc1 and sw1 now lie 7 px apart, 3.5 px either side of the axis.
        const QLineF a = scene.linkItem("l1")->line();
        const QLineF b = scene.linkItem("l1b")->line();
        QCOMPARE(qRound(QLineF(a.center(), single.center()).length() * 100), 350);
        QCOMPARE(qRound(QLineF(b.center(), single.center()).length() * 100), 350);
        QCOMPARE(qRound(QLineF(a.center(), b.center()).length() * 100), 700);
        doc.undoStack()->undo();
        QCOMPARE(scene.linkItem("l1")->line(), single);
    }

    void removeLinksKeepsTheOthersInPlace() {
        ui::Document doc;
        ui::TopologyScene scene(&doc);
        doc.reset(test::sampleProject());
        QSignalSpy removed(&doc, &ui::Document::linksRemoved);
        QSignalSpy added(&doc, &ui::Document::linksAdded);
        QSignalSpy elementsRemoved(&doc, &ui::Document::elementsRemoved);
        roundTrip(doc, new ui::RemoveLinksCommand(&doc, {"l4", "l2"}));
        QCOMPARE(keys(removed), (QStringList{"l4", "l2"}));
        QCOMPARE(keys(added), (QStringList{"l2", "l4"}));
        QCOMPARE(elementsRemoved.size(), 0); // the elements stay
        QCOMPARE(scene.linkItems().size(), 3);
        QCOMPARE(scene.elementItems().size(), 7);
        QVERIFY(!scene.linkItem("l2") && !scene.linkItem("l4"));
        doc.undoStack()->undo();
        QCOMPARE(scene.linkItems().size(), 5);
        QCOMPARE(*doc.project().links[1].id, std::string("l2"));
        QCOMPARE(*doc.project().links[3].id, std::string("l4"));
    }

    void changeLinkField() {
        ui::Document doc;
        ui::TopologyScene scene(&doc);
        doc.reset(test::sampleProject());
        QSignalSpy changed(&doc, &ui::Document::linksChanged);
        const qreal width = scene.linkItem("l1")->pen().widthF(); // PROFINET default, 100 Mbps
        roundTrip(doc,
                  ui::changeLinkField(&doc, "l1", &model::Link::bandwidth_mbps, std::optional<double>(10000))
                      .release());
        QCOMPARE(changed.size(), 3);
        QCOMPARE(keys(changed), QStringList{"l1"});
        QCOMPARE(scene.linkItem("l1")->pen().widthF(), ui::LinkItem::penWidthFor(10000));
        QVERIFY(scene.linkItem("l1")->toolTip().contains("10 Gbps"));
        doc.undoStack()->undo();
        QCOMPARE(scene.linkItem("l1")->pen().widthF(), width);
        QCOMPARE(doc.undoStack()->text(0), QString("Change link l1"));
    }

    void reconnectMovesTheLine() {
        ui::Document doc;
        ui::TopologyScene scene(&doc);
        doc.reset(test::sampleProject());
        auto* command = new ui::ChangeLinkCommand(
            &doc, "l1", [](model::Link& l) { l.to = "edge1"; }, "Reconnect");
        roundTrip(doc, command);
        QCOMPARE(scene.linkItem("l1")->toItem()->elementId(), QString("edge1"));
        QCOMPARE(scene.linkItem("l1")->line().p2(), scene.elementItem("edge1")->centre());
        QCOMPARE(scene.linkItems().size(), 5);
        doc.undoStack()->undo();
        QCOMPARE(scene.linkItem("l1")->toItem()->elementId(), QString("sw1"));
        QCOMPARE(scene.linkItem("l1")->line().p2(), scene.elementItem("sw1")->centre());
    }

    void unchangedOrUnknownLinkIsNotAStep() {
        ui::Document doc;
        doc.reset(test::sampleProject());
        doc.undoStack()->push(
            ui::changeLinkField(&doc, "l2", &model::Link::medium, std::string("wifi")).release());
        doc.undoStack()->push(
            ui::changeLinkField(&doc, "nope", &model::Link::medium, std::string("wifi")).release());
        // The id is the key the views know a link by: an edit cannot change it.
        doc.undoStack()->push(new ui::ChangeLinkCommand(
            &doc, "l2", [](model::Link& l) { l.id = "other"; }, "Rename"));
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY(!doc.isDirty());
    }

    void unnamedLinksAreReKeyed() {
        model::Project p = test::sampleProject();
        for (model::Link& l : p.links)
            l.id.reset();
        ui::Document doc;
        ui::TopologyScene scene(&doc);
        doc.reset(p);
        roundTrip(doc, new ui::RemoveLinksCommand(&doc, {"#1"}));
        QCOMPARE(scene.linkItems().size(), 4);
        QCOMPARE(scene.linkItem("#1")->fromItem()->elementId(), QString("s1")); // was #2
        doc.undoStack()->undo();
        QCOMPARE(scene.linkItem("#1")->fromItem()->elementId(), QString("plc1"));
        QCOMPARE(scene.linkItems().size(), 5);
    }
};

QTEST_MAIN(TestUndoLinks)
#include "test_undo_links.moc"
