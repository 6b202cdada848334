// The inspector on several links (common fields, "(mixed)" where they differ, one undo step for
// the lot), on a link's ends (only elements with an interface for its medium; the canvas line
// follows), and on zones (id, name, type; a new id renames the zone and its members follow),
// including zones without members, which the canvas draws so that they can be selected. Every
// accepted edit is checked by its round trip: undo gives the serialised project back byte for
// byte, redo the edited one.

#include "canvas_test_support.h"
#include "inspector_test_support.h"
#include "undo_test_support.h"

#include "widgets/command_change_elements.h"
#include "widgets/command_change_link.h"
#include "widgets/topology_view.h"
#include "widgets/zone_actions.h"
#include "widgets/zone_item.h"

#include "model/effective_values.h"

#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QSignalSpy>
#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace iiot;
using test::yaml;

namespace {

using test::enterAndRoundTrip;
using test::refused;

QStringList choices(QWidget* editor) {
    auto* box = qobject_cast<QComboBox*>(editor);
    QStringList out;
    for (int i = 0; box && i < box->count(); ++i)
        out.append(box->itemData(i).toString());
    return out;
}

// Media both ends of a link have an interface for, worked out from the type library directly.
QStringList mediaOf(const ui::Document& doc, const char* key) {
    const model::Link& l = *doc.link(QString::fromLatin1(key));
    const auto& a = model::effectiveInterfaces(*doc.element(l.from), doc.types());
    const auto& b = model::effectiveInterfaces(*doc.element(l.to), doc.types());
    QStringList out;
    for (const std::string& m : a)
        if (std::find(b.begin(), b.end(), m) != b.end())
            out.append(QString::fromStdString(m));
    return out;
}

qreal distance(QPointF a, QPointF b) {
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

// Writes the inspector as the user sees it when IIOT_INSPECTOR_SHOTS names a folder (for the docs).
void shoot(ui::Inspector& inspector, const QString& name) {
    const QString folder = qEnvironmentVariable("IIOT_INSPECTOR_SHOTS");
    if (folder.isEmpty())
        return;
    inspector.resize(360, 620);
    inspector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&inspector));
    QVERIFY(inspector.grab().save(QDir(folder).filePath(name)));
}

model::Project withEmptyZone() {
    model::Project p = test::inspectorProject();
    p.zones.push_back({"spare", std::string("Spare cell"), "ot-workshop"});
    return p;
}

} // namespace

class TestInspectorLinksZones : public QObject {
    Q_OBJECT

private slots:
    void severalLinksShowTheirCommonFields() {
        test::InspectorFixture f;
        f.select({}, {"l3", "l1"});
        QCOMPARE(f.inspector.mode(), ui::Inspector::Mode::Links);
        QCOMPARE(f.inspector.linkKeys(), (QStringList{"l1", "l3"})); // project order
        QCOMPARE(f.inspector.title(), QString("2 links"));
        // A link's own fields are not offered for several.
        for (const char* key : {"id", "from", "to"})
            QVERIFY2(!f.inspector.editor(key), key);
        for (const char* key : {"medium", "bandwidth_mbps", "latency_ms", "loss", "cost_per_mbps"})
            QVERIFY2(f.inspector.editor(key), key);
        // profinet and ethernet: mixed; no bandwidth anywhere: the same (absent) value.
        QVERIFY(f.inspector.isMixed("medium"));
        QCOMPARE(qobject_cast<QComboBox*>(f.inspector.editor("medium"))->currentText(),
                 ui::Inspector::kMixedText);
        QVERIFY(!f.inspector.isMixed("bandwidth_mbps"));
        QCOMPARE(f.inspector.fieldText("bandwidth_mbps"), QString());
        // Their media's default bandwidths differ: no one default is shown as if it held for both.
        QVERIFY(f.doc.types().medium("profinet")->bandwidth_mbps !=
                f.doc.types().medium("ethernet")->bandwidth_mbps);
        QCOMPARE(qobject_cast<QLineEdit*>(f.inspector.editor("bandwidth_mbps"))->placeholderText(),
                 QString("each link's medium default"));
        // Medium choices: those every selected link's two ends support, nothing else.
        QStringList common = mediaOf(f.doc, "l1");
        const QStringList second = mediaOf(f.doc, "l3");
        common.removeIf([&](const QString& m) { return !second.contains(m); });
        QVERIFY(common.contains("ethernet"));
        // (The first entry stands for the differing values.)
        QCOMPARE(choices(f.inspector.editor("medium")).mid(1), common);
        shoot(f.inspector, "inspector-links.png");
    }

    void multiLinkEditIsOneUndoStep() {
        test::InspectorFixture f;
        f.select({}, {"l1", "l3", "l4"});
        enterAndRoundTrip(f, "bandwidth_mbps", "250");
        for (const char* key : {"l1", "l3", "l4"})
            QCOMPARE(f.doc.link(QString::fromLatin1(key))->bandwidth_mbps, std::optional<double>(250));
        QVERIFY(!f.doc.link("l2")->bandwidth_mbps); // not selected
        QCOMPARE(f.doc.undoStack()->count(), 1);
        QVERIFY(!f.inspector.isMixed("bandwidth_mbps"));
        QCOMPARE(f.inspector.fieldText("bandwidth_mbps"), QString("250"));

        // Clearing a mixed field is nothing; clearing a common one removes it from all, in one step.
        enterAndRoundTrip(f, "bandwidth_mbps", "");
        for (const char* key : {"l1", "l3", "l4"})
            QVERIFY(!f.doc.link(QString::fromLatin1(key))->bandwidth_mbps);

        // Only links that change get a command: l3 has latency 2 already.
        f.doc.undoStack()->push(
            ui::changeLinkField(&f.doc, "l3", &model::Link::latency_ms, std::optional<double>(2)).release());
        f.inspector.refresh();
        QVERIFY(f.inspector.isMixed("latency_ms"));
        const int steps = f.doc.undoStack()->count();
        enterAndRoundTrip(f, "latency_ms", "2");
        QCOMPARE(f.doc.undoStack()->count(), steps + 1);
        QCOMPARE(f.doc.undoStack()->command(steps)->childCount(), 2); // l1 and l4

        // Entries are checked as the YAML reader and the validator would.
        refused(f, "loss", "abc", "'loss' must be a number, found 'abc'");
        refused(f, "loss", "1.5", "'loss' of link 'l1' must lie between 0 and 1, found 1.5");
        refused(f, "bandwidth_mbps", ".inf",
                "'bandwidth_mbps' must be a finite number (.nan and .inf are not allowed), found '.inf'");
    }

    void commonMediumForSeveralLinks() {
        test::InspectorFixture f;
        f.select({}, {"l1", "l3"});
        enterAndRoundTrip(f, "medium", "ethernet");
        QCOMPARE(f.doc.link("l1")->medium, std::string("ethernet"));
        QCOMPARE(f.doc.link("l3")->medium, std::string("ethernet"));
        QVERIFY(!f.inspector.isMixed("medium"));
        // The canvas styles the line by the new medium: same pen as the other ethernet link.
        QCOMPARE(f.scene.linkItem("l1")->pen().style(), f.scene.linkItem("l3")->pen().style());
        // A medium that one of them cannot carry is not offered, and typing it is refused.
        QVERIFY(!choices(f.inspector.editor("medium")).contains("wifi"));
        QVERIFY(!f.inspector.enter("medium", "wifi"));
        QCOMPARE(f.inspector.problem(), QString("'wifi' is not one of the choices for 'medium'"));
    }

    void linkEndsAcceptOnlyElementsWithTheMedium() {
        model::Project p = test::inspectorProject();
        // edge1 gets a PROFINET port, so l1 (PROFINET) may end there.
        p.elements[4].interfaces = std::vector<std::string>{"ethernet", "profinet", "fibre"};
        test::InspectorFixture f(p);
        f.select({}, {"l1"});
        QCOMPARE(f.inspector.mode(), ui::Inspector::Mode::Link);
        QVERIFY(f.inspector.editor("from"));
        QVERIFY(f.inspector.editor("to"));
        QCOMPARE(f.inspector.fieldText("to"), QString("sw1"));

        // Refusals name the reason, and the field shows the model's value again.
        refused(f, "to", "", "'to' is required");
        refused(f, "to", "nosuch", "'to' must name an element; there is no element 'nosuch'");
        refused(f, "to", "plc1", "A link cannot join 'plc1' to itself");
        QStringList cloudMedia;
        for (const std::string& m :
             model::effectiveInterfaces(*f.doc.element(std::string("cloud1")), f.doc.types()))
            cloudMedia.append(QString::fromStdString(m));
        QVERIFY(!cloudMedia.contains("profinet"));
        refused(f, "to", "cloud1",
                QString("'cloud1' has no interface for the link's medium 'profinet' (it has: %1)")
                    .arg(cloudMedia.join(", ")));

        // Accepted: the link and the line on the canvas follow.
        const QPointF edge = f.scene.elementItem("edge1")->centre();
        const QPointF sw = f.scene.elementItem("sw1")->centre();
        QVERIFY(distance(f.scene.linkItem("l1")->line().p2(), sw) <
                distance(f.scene.linkItem("l1")->line().p2(), edge));
        const std::string before = yaml(f.doc);
        QVERIFY2(f.inspector.enter("to", "edge1"), qPrintable(f.inspector.problem()));
        QCOMPARE(f.doc.link("l1")->to, std::string("edge1"));
        QCOMPARE(f.scene.linkItem("l1")->toItem()->elementId(), QString("edge1"));
        QVERIFY(distance(f.scene.linkItem("l1")->line().p2(), edge) <
                distance(f.scene.linkItem("l1")->line().p2(), sw));
        // It stays selected and shown.
        QCOMPARE(f.scene.selectedLinkKeys(), QStringList{"l1"});
        QCOMPARE(f.inspector.mode(), ui::Inspector::Mode::Link);
        QCOMPARE(f.inspector.fieldText("to"), QString("edge1"));
        const std::string after = yaml(f.doc);
        QCOMPARE(f.doc.undoStack()->count(), 1);
        f.doc.undoStack()->undo();
        QCOMPARE(yaml(f.doc), before);
        QCOMPARE(f.scene.linkItem("l1")->toItem()->elementId(), QString("sw1"));
        f.doc.undoStack()->redo();
        QCOMPARE(yaml(f.doc), after);

        // The same through the keyboard: type into the field and press Enter.
        f.select({}, {"l1"});
        auto* from = qobject_cast<QLineEdit*>(f.inspector.editor("from"));
        QVERIFY(from);
        f.inspector.show();
        from->setFocus();
        from->selectAll();
        QTest::keyClicks(from, "sw1");
        QTest::keyClick(from, Qt::Key_Return);
        QCOMPARE(f.doc.link("l1")->from, std::string("sw1"));
        QCOMPARE(f.scene.linkItem("l1")->fromItem()->elementId(), QString("sw1"));
    }

    void selectedZoneShowsItsFields() {
        test::InspectorFixture f;
        f.scene.zoneItem("cell")->setSelected(true);
        f.inspector.refresh();
        QCOMPARE(f.inspector.mode(), ui::Inspector::Mode::Zone);
        QCOMPARE(f.inspector.zoneId(), QString("cell"));
        QCOMPARE(f.inspector.title(), QString("Zone Cell (cell) \u2014 4 elements"));
        QCOMPARE(f.inspector.fieldText("id"), QString("cell"));
        QCOMPARE(f.inspector.fieldText("name"), QString("Cell"));
        QCOMPARE(f.inspector.fieldText("type"), QString("ot-field"));
        QStringList types;
        for (const model::ZoneTypeInfo& t : f.doc.types().zoneTypes())
            types.append(QString::fromStdString(t.id));
        QCOMPARE(choices(f.inspector.editor("type")), types);
        shoot(f.inspector, "inspector-zone.png");

        enterAndRoundTrip(f, "name", "Assembly cell A");
        QCOMPARE(f.doc.zone("cell")->name, std::optional<std::string>("Assembly cell A"));
        enterAndRoundTrip(f, "type", "ot-workshop");
        QCOMPARE(f.doc.zone("cell")->type, std::string("ot-workshop"));
        enterAndRoundTrip(f, "name", ""); // the name is optional: the id is shown instead
        QVERIFY(!f.doc.zone("cell")->name);
        QVERIFY(!f.inspector.enter("type", "bogus"));
        QCOMPARE(f.inspector.problem(), QString("'bogus' is not one of the choices for 'type'"));
    }

    void renamingAZoneTakesItsMembersAlong() {
        test::InspectorFixture f;
        f.scene.zoneItem("cell")->setSelected(true);
        f.inspector.refresh();
        refused(f, "id", "", "'id' is required");
        refused(f, "id", "it", "zone id 'it' is already in use; ids must be unique");
        const std::string before = yaml(f.doc);
        QVERIFY2(f.inspector.enter("id", "cell-a"), qPrintable(f.inspector.problem()));
        QCOMPARE(f.doc.undoStack()->count(), 1);
        QCOMPARE(f.doc.project().zones[0].id, std::string("cell-a")); // keeps its place in the list
        QVERIFY(!f.doc.zone("cell"));
        for (const char* id : {"s1", "plc1", "sw1", "ap1"})
            QCOMPARE(f.element(id).zone, std::optional<std::string>("cell-a"));
        QCOMPARE(f.element("edge1").zone, std::optional<std::string>("it"));
        // The canvas shows the renamed container, selected, and the inspector stays on it.
        QVERIFY(f.scene.zoneItem("cell-a"));
        QVERIFY(!f.scene.zoneItem("cell"));
        QCOMPARE(f.scene.selectedZoneIds(), QStringList{"cell-a"});
        QCOMPARE(f.inspector.zoneId(), QString("cell-a"));
        QCOMPARE(f.inspector.fieldText("id"), QString("cell-a"));
        const std::string after = yaml(f.doc);
        const QRectF container = f.scene.zoneItem("cell-a")->rect();
        f.doc.undoStack()->undo();
        QCOMPARE(yaml(f.doc), before);
        QVERIFY(f.scene.zoneItem("cell"));
        QCOMPARE(f.scene.zoneItem("cell")->rect(), container);
        QCOMPARE(f.element("plc1").zone, std::optional<std::string>("cell"));
        f.doc.undoStack()->redo();
        QCOMPARE(yaml(f.doc), after);
    }

    void emptyZoneIsDrawnSelectableAndDeletable() {
        test::Canvas canvas(withEmptyZone());
        ui::Inspector inspector(&canvas.doc, &canvas.scene);
        ui::ZoneItem* spare = canvas.scene.zoneItem("spare");
        QVERIFY(spare);
        QVERIFY(spare->isVisible());
        const model::Zone& zone = *canvas.doc.zone("spare");
        QVERIFY(spare->rect().width() >= ui::ZoneItem::minimumWidth(zone, canvas.doc.types()));
        QVERIFY(spare->rect().height() > ui::ZoneItem::kHeader);
        // Placed clear of the other containers.
        for (const QString& other : {QString("cell"), QString("it")})
            QVERIFY(!canvas.scene.zoneItem(other)->rect().intersects(spare->rect()));

        // A click on its caption selects it and the inspector shows it.
        canvas.view.centerOn(spare->rect().center());
        const QPoint caption = canvas.at(spare->rect().topLeft() + QPointF(30, ui::ZoneItem::kHeader / 2));
        QTest::mouseClick(canvas.view.viewport(), Qt::LeftButton, {}, caption);
        QCOMPARE(canvas.scene.selectedZoneIds(), QStringList{"spare"});
        inspector.refresh();
        QCOMPARE(inspector.mode(), ui::Inspector::Mode::Zone);
        QCOMPARE(inspector.title(), QString("Zone Spare cell (spare) \u2014 0 elements"));

        // Renamed in the inspector, it stays where it is.
        const QRectF where = spare->rect();
        const std::string before = yaml(canvas.doc);
        QVERIFY2(inspector.enter("id", "spare-1"), qPrintable(inspector.problem()));
        QVERIFY(canvas.scene.zoneItem("spare-1"));
        QCOMPARE(canvas.scene.zoneItem("spare-1")->rect(), where);
        canvas.doc.undoStack()->undo();
        QCOMPARE(yaml(canvas.doc), before);
        QCOMPARE(canvas.scene.zoneItem("spare")->rect(), where);

        // Deleted with the zone action; undo brings it back into view.
        ui::ZoneActions zones(&canvas.doc, &canvas.scene, nullptr);
        canvas.scene.clearSelection();
        canvas.scene.zoneItem("spare")->setSelected(true);
        zones.deleteSelectedZone();
        QVERIFY(!canvas.doc.zone("spare"));
        QVERIFY(!canvas.scene.zoneItem("spare"));
        canvas.doc.undoStack()->undo();
        QCOMPARE(yaml(canvas.doc), before);
        QVERIFY(canvas.scene.zoneItem("spare"));
    }

    void zoneThatLosesItsLastMemberStaysWhereItWas() {
        test::Canvas canvas;
        const QRectF office = canvas.scene.zoneItem("it")->rect();
        // Both members of "it" leave it in one step.
        canvas.doc.undoStack()->push(new ui::ChangeElementsCommand(
            &canvas.doc, {"edge1", "fw1"}, [](model::Element& e) { e.zone.reset(); }, "leave"));
        QVERIFY(canvas.scene.zoneItem("it"));
        QCOMPARE(canvas.scene.zoneItem("it")->rect(), office);
        canvas.doc.undoStack()->undo();
        QCOMPARE(canvas.scene.zoneItem("it")->rect(), office);
    }

    void zoneWithHiddenMembersIsHiddenWithThem() {
        test::Canvas canvas;
        // "it" holds a network and a service element; hiding both layers hides the container,
        // it does not turn into an empty box.
        canvas.scene.setLayerHidden(model::ElementLayer::Network, true);
        canvas.scene.setLayerHidden(model::ElementLayer::Service, true);
        QVERIFY(!canvas.scene.zoneItem("it"));
        canvas.scene.setLayerHidden(model::ElementLayer::Network, false);
        canvas.scene.setLayerHidden(model::ElementLayer::Service, false);
        QVERIFY(canvas.scene.zoneItem("it"));
    }
};

QTEST_MAIN(TestInspectorLinksZones)
#include "test_inspector_links_zones.moc"
