// Zones as editable containers: dropping an element into or out of a zone's container (an empty
// one too) changes its zone in the same undo step as the move, and a new element placed from the
// palette inside a container joins that zone; dragging a zone by its caption moves its members; zones
// are created around the selection, renamed and deleted, each one undo step that undo reverts byte
// for byte.

#include "canvas_test_support.h"
#include "undo_test_support.h"
#include "widgets/arrange_actions.h"
#include "widgets/command_add_zone.h"
#include "widgets/edit_actions.h"
#include "widgets/element_placement.h"
#include "widgets/zone_actions.h"
#include "widgets/zone_item.h"

#include <QAction>
#include <QGraphicsSimpleTextItem>
#include <QtTest>

#include <map>

using namespace iiot;
using test::Canvas;
using test::yaml;
using test::zoneOf;

namespace {

// A point of the zone's caption strip, in viewport coordinates.
QPoint captionPoint(const Canvas& canvas, const char* zone) {
    const QRectF rect = canvas.scene.zoneItem(zone)->rect();
    return canvas.at(QPointF(rect.left() + 30, rect.top() + ui::ZoneItem::kHeader / 2));
}

// Checks undo gives `before` back and redo `after`, byte for byte.
void undoRedo(ui::Document& doc, const std::string& before) {
    const std::string after = yaml(doc);
    QVERIFY(after != before);
    doc.undoStack()->undo();
    QCOMPARE(yaml(doc), before);
    doc.undoStack()->redo();
    QCOMPARE(yaml(doc), after);
}

// Selects the element and drags it by the mouse onto `target` (scene coordinates), in view.
void dragOnto(Canvas& canvas, const char* id, QPointF target) {
    canvas.view.centerOn(target);
    canvas.select({id});
    const QPoint from = canvas.at(id);
    const QPoint to = canvas.at(target);
    canvas.drag(from, {from + (to - from) / 2, to});
}

} // namespace

class TestZones : public QObject {
    Q_OBJECT

private slots:
    void dropIntoAZoneJoinsIt() {
        Canvas canvas;
        const std::string before = yaml(canvas.doc);
        QCOMPARE(zoneOf(canvas.doc, "cloud1"), QString());
        // Drag the unzoned cloud onto the middle of the IT zone's container.
        const QRectF it = canvas.scene.zoneItem("it")->rect();
        dragOnto(canvas, "cloud1", it.center());
        QCOMPARE(canvas.doc.undoStack()->count(), 1); // the move and the new zone: one step
        QCOMPARE(zoneOf(canvas.doc, "cloud1"), QString("it"));
        QCOMPARE(canvas.scene.elementItem("cloud1")->zoneId(), QString("it"));
        QVERIFY(canvas.scene.zoneItem("it")->rect().contains(canvas.centre("cloud1")));
        undoRedo(canvas.doc, before);
        canvas.doc.undoStack()->undo();
        QCOMPARE(canvas.scene.elementItem("cloud1")->zoneId(), QString());
    }

    void moveIntoAnEmptyZoneJoinsIt() {
        Canvas canvas;
        canvas.doc.undoStack()->push(
            new ui::AddZoneCommand(&canvas.doc, model::Zone{"lab", std::string("Test lab"), "ot-field"}, {}));
        const std::string before = yaml(canvas.doc);
        dragOnto(canvas, "cloud1", canvas.scene.zoneItem("lab")->rect().center());
        QCOMPARE(zoneOf(canvas.doc, "cloud1"), QString("lab"));
        QCOMPARE(canvas.doc.undoStack()->count(), 2); // the zone, then the move with its joining
        undoRedo(canvas.doc, before);
    }

    void paletteDropIntoAZoneJoinsIt() {
        Canvas canvas;
        const std::string before = yaml(canvas.doc);
        const QRectF it = canvas.scene.zoneItem("it")->rect();
        const QString inside = ui::placeNewElement(&canvas.doc, canvas.scene, "database", it.center());
        QVERIFY(!inside.isEmpty());
        QCOMPARE(zoneOf(canvas.doc, qPrintable(inside)), QString("it"));
        undoRedo(canvas.doc, before);
        // Outside every container it belongs to no zone.
        const QPointF clear(it.right() + 400, it.center().y());
        const QString outside = ui::placeNewElement(&canvas.doc, canvas.scene, "database", clear);
        QVERIFY(!outside.isEmpty());
        QCOMPARE(zoneOf(canvas.doc, qPrintable(outside)), QString());
        // An empty zone takes a dropped element as well.
        canvas.doc.undoStack()->push(
            new ui::AddZoneCommand(&canvas.doc, model::Zone{"lab", std::nullopt, "ot-field"}, {}));
        const QString inLab = ui::placeNewElement(&canvas.doc, canvas.scene, "sensor",
                                                  canvas.scene.zoneItem("lab")->rect().center());
        QCOMPARE(zoneOf(canvas.doc, qPrintable(inLab)), QString("lab"));
    }

    void dropOutsideEveryZoneLeavesIt() {
        Canvas canvas;
        const std::string before = yaml(canvas.doc);
        canvas.select({"fw1"});
        // Far below the IT zone, where no container is: 500 px down.
        const QPoint from = canvas.at("fw1");
        canvas.view.centerOn(canvas.centre("fw1") + QPointF(0, 250));
        const QPoint start = canvas.at("fw1");
        const QPoint end = canvas.at(canvas.centre("fw1") + QPointF(0, 500));
        Q_UNUSED(from);
        canvas.drag(start, {start + QPoint(0, 100), end});
        QCOMPARE(canvas.doc.undoStack()->count(), 1);
        QCOMPARE(zoneOf(canvas.doc, "fw1"), QString());
        // The zone still holds edge1 and no longer reaches down to the firewall.
        QVERIFY(!canvas.scene.zoneItem("it")->rect().contains(canvas.centre("fw1")));
        undoRedo(canvas.doc, before);
    }

    void moveWithinTheZoneKeepsIt() {
        Canvas canvas;
        canvas.select({"plc1"});
        const QPoint p = canvas.at("plc1");
        canvas.drag(p, {p + QPoint(4, 2), p + QPoint(8, 4)});
        QCOMPARE(canvas.doc.undoStack()->count(), 1);
        QCOMPARE(zoneOf(canvas.doc, "plc1"), QString("cell"));
    }

    void dragAZoneByItsCaptionMovesItsMembers() {
        Canvas canvas;
        const std::string before = yaml(canvas.doc);
        canvas.view.centerOn(canvas.scene.zoneItem("it")->rect().topLeft());
        const QPointF edge = canvas.centre("edge1");
        const QPointF fw = canvas.centre("fw1");
        const QPointF plc = canvas.centre("plc1");
        const QPoint grab = captionPoint(canvas, "it");
        canvas.drag(grab, {grab + QPoint(20, 10), grab + QPoint(60, 30)});
        QVERIFY(canvas.scene.zoneItem("it")->isSelected());
        QCOMPARE(canvas.doc.undoStack()->count(), 1);
        QCOMPARE(canvas.centre("edge1"), edge + QPointF(60, 30));
        QCOMPARE(canvas.centre("fw1"), fw + QPointF(60, 30));
        QCOMPARE(canvas.centre("plc1"), plc); // not a member
        QCOMPARE(zoneOf(canvas.doc, "edge1"), QString("it"));
        QCOMPARE(zoneOf(canvas.doc, "fw1"), QString("it"));
        undoRedo(canvas.doc, before);
    }

    void alignFollowsMembershipToo() {
        // Everything placed: the cell's members on a row at y = 900, the IT zone's edge1 (800, 300)
        // and fw1 (900, 300), the unzoned cloud below them at (850, 700). Aligning the tops of
        // the cloud and edge1 lifts the cloud to y = 300, between edge1 and fw1, inside the IT
        // container: it joins the zone in the same step.
        model::Project p = test::sampleProject();
        const std::map<std::string, QPointF> places = {
            {"s1", {100, 900}},    {"plc1", {200, 900}}, {"sw1", {300, 900}},   {"ap1", {400, 900}},
            {"edge1", {800, 300}}, {"fw1", {900, 300}},  {"cloud1", {850, 700}}};
        for (model::Element& e : p.elements)
            e.position = model::Position{places.at(e.id).x(), places.at(e.id).y()};
        Canvas canvas(p);
        ui::ArrangeActions actions(&canvas.doc, &canvas.scene);
        canvas.select({"cloud1", "edge1"});
        const std::string before = yaml(canvas.doc);
        QVERIFY(actions.align(ui::Arrange::Alignment::Top));
        QCOMPARE(canvas.centre("cloud1"), QPointF(850, 300));
        QCOMPARE(zoneOf(canvas.doc, "cloud1"), QString("it"));
        QCOMPARE(canvas.doc.undoStack()->count(), 1);
        undoRedo(canvas.doc, before);
        // Aligned with s1's bottom, the cloud goes down to the cell's row at y = 900, right of
        // the cell's container (x 100..400 plus half a footprint): it leaves the IT zone and joins none.
        canvas.select({"cloud1", "s1"});
        QVERIFY(actions.align(ui::Arrange::Alignment::Bottom));
        QCOMPARE(canvas.centre("cloud1"), QPointF(850, 900));
        QCOMPARE(zoneOf(canvas.doc, "cloud1"), QString());
    }

    void newZoneFromTheSelection() {
        Canvas canvas;
        ui::ZoneActions actions(&canvas.doc, &canvas.scene, nullptr);
        QVERIFY(!actions.newZoneAction()->isEnabled());
        canvas.select({"cloud1"});
        QVERIFY(actions.newZoneAction()->isEnabled());
        QString askedTitle;
        actions.setAsk([&](const QString& title, const ui::ZoneActions::ZoneSpec& initial) {
            askedTitle = title;
            Q_UNUSED(initial);
            return std::optional(ui::ZoneActions::ZoneSpec{QStringLiteral("Provider"), "cloud"});
        });
        const std::string before = yaml(canvas.doc);
        actions.newZoneAction()->trigger();
        QCOMPARE(askedTitle, QString("New Zone"));
        QCOMPARE(canvas.doc.undoStack()->count(), 1);
        const model::Zone* zone = canvas.doc.zone("zone1");
        QVERIFY(zone);
        QCOMPARE(zone->name, std::optional<std::string>("Provider"));
        QCOMPARE(zone->type, std::string("cloud"));
        QCOMPARE(canvas.doc.project().zones.size(), std::size_t(3)); // appended after cell, it
        QCOMPARE(zoneOf(canvas.doc, "cloud1"), QString("zone1"));
        QVERIFY(canvas.scene.zoneItem("zone1"));
        QVERIFY(canvas.scene.zoneItem("zone1")->rect().contains(canvas.centre("cloud1")));
        undoRedo(canvas.doc, before);
        canvas.doc.undoStack()->undo();
        QVERIFY(!canvas.scene.zoneItem("zone1"));

        // Cancelled: no zone.
        actions.setAsk([](const QString&, const ui::ZoneActions::ZoneSpec&) {
            return std::optional<ui::ZoneActions::ZoneSpec>();
        });
        actions.newZoneAction()->trigger();
        QCOMPARE(canvas.doc.project().zones.size(), std::size_t(2));
    }

    void renameAZone() {
        Canvas canvas;
        ui::ZoneActions actions(&canvas.doc, &canvas.scene, nullptr);
        QVERIFY(!actions.renameZoneAction()->isEnabled());
        // Select the zone by clicking its caption strip.
        canvas.view.centerOn(canvas.scene.zoneItem("cell")->rect().topLeft());
        QTest::mouseClick(canvas.view.viewport(), Qt::LeftButton, {}, captionPoint(canvas, "cell"));
        QCOMPARE(canvas.scene.selectedZoneIds(), QStringList{"cell"});
        QVERIFY(actions.renameZoneAction()->isEnabled());
        actions.setAsk([](const QString&, const ui::ZoneActions::ZoneSpec& initial) {
            [&] { QCOMPARE(initial.name, QString("Cell")); }();
            return std::optional(ui::ZoneActions::ZoneSpec{QStringLiteral("Assembly"), "ot-workshop"});
        });
        const std::string before = yaml(canvas.doc);
        actions.renameZoneAction()->trigger();
        QCOMPARE(canvas.doc.zone("cell")->name, std::optional<std::string>("Assembly"));
        QCOMPARE(canvas.doc.zone("cell")->type, std::string("ot-workshop"));
        // The caption on the canvas says so.
        bool shown = false;
        for (QGraphicsItem* item : canvas.scene.items())
            if (auto* text = dynamic_cast<QGraphicsSimpleTextItem*>(item))
                shown = shown || text->text().startsWith(QStringLiteral("Assembly"));
        QVERIFY(shown);
        undoRedo(canvas.doc, before);
    }

    void deleteAZoneKeepsItsElements() {
        Canvas canvas;
        ui::ZoneActions actions(&canvas.doc, &canvas.scene, nullptr);
        const std::string before = yaml(canvas.doc);
        QVERIFY(actions.deleteZone("cell"));
        QCOMPARE(canvas.doc.undoStack()->count(), 1);
        QVERIFY(!canvas.doc.zone("cell"));
        QVERIFY(!canvas.scene.zoneItem("cell"));
        for (const char* id : {"s1", "plc1", "sw1", "ap1"}) {
            QVERIFY(canvas.doc.element(std::string(id)));
            QCOMPARE(zoneOf(canvas.doc, id), QString());
        }
        undoRedo(canvas.doc, before);
        canvas.doc.undoStack()->undo();
        QVERIFY(canvas.scene.zoneItem("cell")); // back, with its members
        QCOMPARE(zoneOf(canvas.doc, "plc1"), QString("cell"));
    }

    void deleteKeyOnASelectedZone() {
        Canvas canvas;
        ui::EditActions edit(&canvas.doc, &canvas.scene);
        canvas.scene.zoneItem("it")->setSelected(true);
        const std::string before = yaml(canvas.doc);
        QVERIFY(edit.deleteAction()->isEnabled());
        edit.deleteAction()->trigger();
        QVERIFY(!canvas.doc.zone("it"));
        QVERIFY(canvas.doc.element(std::string("fw1")));
        QCOMPARE(zoneOf(canvas.doc, "fw1"), QString());
        QCOMPARE(canvas.doc.undoStack()->count(), 1);
        undoRedo(canvas.doc, before);
    }
};

QTEST_MAIN(TestZones)
#include "test_zones.moc"
