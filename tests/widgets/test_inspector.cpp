// The inspector on one element or link: every field of the format shown and editable, each edit
// one undo step whose undo restores the serialised project byte for byte; entries the YAML reader
// or the validator would refuse are refused with the reason, and the field shows the model again.

#include "inspector_test_support.h"
#include "undo_test_support.h"

#include "model/effective_values.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QtTest>

using namespace iiot;
using test::yaml;

using test::enterAndRoundTrip;
using test::refused;

class TestInspector : public QObject {
    Q_OBJECT

private slots:
    void showsEveryFieldOfTheFormat() {
        test::InspectorFixture f;
        QCOMPARE(f.inspector.mode(), ui::Inspector::Mode::Nothing);
        f.select({"plc1"});
        QCOMPARE(f.inspector.mode(), ui::Inspector::Mode::Elements);
        // FORMAT.md section 1, elements: every key has an editor (capabilities: the second tab).
        for (const char* key : {"id",
                                "kind",
                                "name",
                                "zone",
                                "subsystem",
                                "position",
                                "identifier",
                                "interfaces",
                                "protocols",
                                "compute.cores",
                                "compute.mips_per_core",
                                "compute.ram_mb",
                                "compute.storage_mb",
                                "vnf.cores",
                                "vnf.cost_per_core",
                                "vnf.cost_function",
                                "vnf.alpha1",
                                "vnf.alpha2",
                                "vnf.beta",
                                "vnf.gamma1",
                                "vnf.gamma2",
                                "capacity",
                                "power.idle_w",
                                "power.max_w",
                                "radio.tx_power_w",
                                "radio.channel_gain",
                                "properties"})
            QVERIFY2(f.inspector.editor(key), key);
        QCOMPARE(f.inspector.fieldText("id"), QString("plc1"));
        QCOMPARE(f.inspector.fieldText("name"), QString("Line PLC"));
        QCOMPARE(f.inspector.fieldText("kind"), QString("plc"));
        QCOMPARE(f.inspector.fieldText("zone"), QString("cell"));
        QCOMPARE(f.inspector.fieldText("subsystem"), QString());
        QCOMPARE(f.inspector.fieldText("interfaces"), QString("profinet, ethernet"));
        QCOMPARE(f.inspector.fieldText("compute.cores"), QString("4"));
        QCOMPARE(f.inspector.fieldText("compute.mips_per_core"), QString("1000"));
        QCOMPARE(f.inspector.fieldText("compute.ram_mb"), QString("512"));
        QCOMPARE(f.inspector.fieldText("compute.storage_mb"), QString());
        QCOMPARE(f.inspector.fieldText("position"), QString());
        auto* position = qobject_cast<QLineEdit*>(f.inspector.editor("position"));
        QCOMPARE(position->placeholderText(), QString("automatic layout"));
        // Absent lists show the kind's defaults as the placeholder.
        auto* protocols = qobject_cast<QLineEdit*>(f.inspector.editor("protocols"));
        const auto& defaults = model::effectiveProtocols(f.element("plc1"), f.doc.types());
        QCOMPARE(protocols->placeholderText(), "kind default: " + ui::listText(defaults));
        QVERIFY(f.inspector.title().startsWith(QString::fromUtf8("Line PLC (plc1) \u2014 ")));
        QVERIFY(f.inspector.tabs()->isTabEnabled(1));

        f.select({}, {"l2"});
        QCOMPARE(f.inspector.mode(), ui::Inspector::Mode::Link);
        for (const char* key : {"id", "from", "to", "medium", "bandwidth_mbps", "latency_ms", "loss",
                                "cost_per_mbps", "channel_mhz", "noise_w"})
            QVERIFY2(f.inspector.editor(key), key);
        QCOMPARE(f.inspector.fieldText("from"), QString("s1"));
        QCOMPARE(f.inspector.fieldText("medium"), QString("wifi"));
        const double wifi = f.doc.types().medium("wifi")->bandwidth_mbps;
        QCOMPARE(qobject_cast<QLineEdit*>(f.inspector.editor("bandwidth_mbps"))->placeholderText(),
                 "medium default: " + ui::numberText(wifi));
        QVERIFY(!f.inspector.tabs()->isTabEnabled(1)); // no capabilities for links

        f.select({}, {"l1", "l2"});
        QCOMPARE(f.inspector.mode(), ui::Inspector::Mode::Links); // see test_inspector_links_zones
        QCOMPARE(f.inspector.title(), QString("2 links"));
    }

    void editsAreOneUndoStepEach() {
        test::InspectorFixture f;
        f.select({"plc1"});
        enterAndRoundTrip(f, "name", "Cell PLC");
        QCOMPARE(f.element("plc1").name, std::optional<std::string>("Cell PLC"));
        QCOMPARE(f.inspector.fieldText("name"), QString("Cell PLC"));

        enterAndRoundTrip(f, "compute.storage_mb", "4096");
        QCOMPARE(f.element("plc1").compute, (model::Compute{4, 1000.0, 512.0, 4096.0}));
        enterAndRoundTrip(f, "position", "120, 340.5");
        QCOMPARE(f.element("plc1").position, (model::Position{120, 340.5}));
        QCOMPARE(f.scene.elementItem("plc1")->centre(), QPointF(120, 340.5)); // the canvas followed
        enterAndRoundTrip(f, "interfaces", "profinet, ethernet, tsn");
        QCOMPARE(f.element("plc1").interfaces, (std::vector<std::string>{"profinet", "ethernet", "tsn"}));
        enterAndRoundTrip(f, "capacity", "memory_gb: 64, power_w: 5000");
        QCOMPARE(f.element("plc1").capacity,
                 (std::map<std::string, double>{{"memory_gb", 64}, {"power_w", 5000}}));
        enterAndRoundTrip(f, "properties", "vendor: Mitsubishi; site: Hall 2, bay 3");
        QCOMPARE(f.element("plc1").properties,
                 (std::map<std::string, std::string>{{"vendor", "Mitsubishi"}, {"site", "Hall 2, bay 3"}}));
        enterAndRoundTrip(f, "subsystem", "SCAS");
        QCOMPARE(f.element("plc1").subsystem, std::optional<std::string>("SCAS"));
        enterAndRoundTrip(f, "vnf.cost_function", "step");
        QCOMPARE(f.element("plc1").vnf->cost_function, model::CostFunction::Step);
        enterAndRoundTrip(f, "power.max_w", "20");
        enterAndRoundTrip(f, "radio.channel_gain", "1.0e-6");
        QCOMPARE(f.element("plc1").radio->channel_gain, 1.0e-6);

        // Emptying the last field of a group removes the group, so no empty map is written.
        enterAndRoundTrip(f, "power.max_w", "");
        QVERIFY(!f.element("plc1").power);
        enterAndRoundTrip(f, "name", "");
        QVERIFY(!f.element("plc1").name);

        // Leaving a field unchanged is no edit.
        const int steps = f.doc.undoStack()->count();
        QVERIFY(f.inspector.enter("compute.cores", "4"));
        QCOMPARE(f.doc.undoStack()->count(), steps);
    }

    void invalidEntriesAreRefusedAndReverted() {
        test::InspectorFixture f;
        f.select({"plc1"});
        QSignalSpy messages(&f.inspector, &ui::Inspector::statusMessage);
        // The reader's scalar rules.
        refused(f, "compute.cores", "four", "'compute.cores' must be a number, found 'four'");
        refused(f, "compute.cores", "2.5", "'compute.cores' must be a whole number, found '2.5'");
        refused(f, "compute.ram_mb", ".nan",
                "'compute.ram_mb' must be a finite number (.nan and .inf are not allowed), found '.nan'");
        refused(f, "position", "12", "'position' must be two numbers 'x, y', found '12'");
        refused(f, "capacity", "memory_gb 64",
                "'capacity' needs entries of the form 'name: value', found 'memory_gb 64'");
        QCOMPARE(messages.size(), 5);
        QCOMPARE(messages.back().at(0).toString(), f.inspector.problem());
        // The validator's rules, with its messages.
        QVERIFY(!f.inspector.enter("compute.cores", "0"));
        QVERIFY2(f.inspector.problem().startsWith("'cores' of element 'plc1'"),
                 qPrintable(f.inspector.problem()));
        QCOMPARE(f.inspector.fieldText("compute.cores"), QString("4"));
        QVERIFY(!f.inspector.enter("interfaces", "profinet, ethernt"));
        QVERIFY(f.inspector.problem().contains("unknown medium 'ethernt'"));
        // Dropping the medium of an existing link would break it.
        QVERIFY(!f.inspector.enter("interfaces", "ethernet"));
        QVERIFY2(f.inspector.problem().contains("has no PROFINET interface"),
                 qPrintable(f.inspector.problem()));
        QVERIFY(f.inspector.enter("power.idle_w", "10"));
        QVERIFY(!f.inspector.enter("power.max_w", "5"));
        QVERIFY(f.inspector.problem().contains("below its 'idle_w'"));
        QCOMPARE(f.doc.undoStack()->count(), 1); // only the idle power
        // A kind whose interfaces do not fit the sensor's Wi-Fi link.
        f.select({"s1"});
        QVERIFY(!f.inspector.enter("kind", "plc"));
        QCOMPARE(f.element("s1").kind, std::string("sensor"));
        QCOMPARE(f.inspector.fieldText("kind"), QString("sensor"));
    }

    void existingProblemsDoNotBlockOtherEdits() {
        model::Project project = test::inspectorProject();
        project.elements[5].zone = "nowhere"; // fw1: an error the file already has
        test::InspectorFixture f(std::move(project));
        f.select({"fw1"});
        QVERIFY2(f.inspector.enter("name", "Edge firewall"), qPrintable(f.inspector.problem()));
        QCOMPARE(f.element("fw1").name, std::optional<std::string>("Edge firewall"));
        // The broken zone shows as it is and can be fixed.
        QCOMPARE(f.inspector.fieldText("zone"), QString("nowhere"));
        QVERIFY(f.inspector.enter("zone", "it"));
        QCOMPARE(f.element("fw1").zone, std::optional<std::string>("it"));
        QCOMPARE(f.doc.undoStack()->count(), 2);
    }

    void renamingKeepsReferencesConsistent() {
        test::InspectorFixture f;
        f.select({"plc1"});
        const std::string before = yaml(f.doc);
        QVERIFY2(f.inspector.enter("id", "plc-main"), qPrintable(f.inspector.problem()));
        QCOMPARE(f.doc.undoStack()->count(), 1);
        const auto& p = f.doc.project();
        QVERIFY(!f.doc.element(std::string("plc1")));
        QCOMPARE(p.elements[1].id, std::string("plc-main")); // same place in the list
        QCOMPARE(p.links[0].from, std::string("plc-main"));
        QCOMPARE(*p.applications[0].hosts, (std::vector<std::string>{"plc-main", "edge1"}));
        QCOMPARE(*p.applications[0].generated_by->elements, (std::vector<std::string>{"s1", "plc-main"}));
        QCOMPARE(p.services[0].source, std::string("plc-main"));
        // The canvas re-keyed the element and its link; the selection and the inspector follow.
        QVERIFY(f.scene.elementItem("plc-main"));
        QVERIFY(!f.scene.elementItem("plc1"));
        QCOMPARE(f.scene.linkItem("l1")->fromItem(), f.scene.elementItem("plc-main"));
        QCOMPARE(f.inspector.elementIds(), QStringList{"plc-main"});
        QCOMPARE(f.inspector.fieldText("id"), QString("plc-main"));
        const std::string after = yaml(f.doc);
        f.doc.undoStack()->undo();
        QCOMPARE(yaml(f.doc), before);
        QCOMPARE(f.scene.linkItem("l1")->fromItem(), f.scene.elementItem("plc1"));
        f.doc.undoStack()->redo();
        QCOMPARE(yaml(f.doc), after);

        f.select({"plc-main"});
        refused(f, "id", "sw1", "element id 'sw1' is already in use; ids must be unique");
        QVERIFY(!f.inspector.enter("id", "plc main"));
        QVERIFY2(f.inspector.problem().contains("is not valid"), qPrintable(f.inspector.problem()));
        refused(f, "id", "", "'id' is required");
    }

    void linkFieldsAreEditable() {
        test::InspectorFixture f;
        f.select({}, {"l2"});
        enterAndRoundTrip(f, "bandwidth_mbps", "54");
        QCOMPARE(f.doc.link("l2")->bandwidth_mbps, std::optional<double>(54));
        enterAndRoundTrip(f, "channel_mhz", "20");
        enterAndRoundTrip(f, "noise_w", "1.0e-9");
        QVERIFY(!f.inspector.enter("loss", "1.5"));
        QVERIFY2(f.inspector.problem().contains("'loss' of link 'l2'"), qPrintable(f.inspector.problem()));
        QCOMPARE(f.inspector.fieldText("loss"), QString());
        QVERIFY(!f.inspector.enter("bandwidth_mbps", "0"));
        QVERIFY(!f.inspector.enter("latency_ms", "-1"));

        // The medium offers only media both ends support; switching keeps the link valid.
        f.select({}, {"l1"});
        auto* medium = qobject_cast<QComboBox*>(f.inspector.editor("medium"));
        QStringList offered;
        for (int i = 0; i < medium->count(); ++i)
            offered.append(medium->itemData(i).toString());
        QStringList expected;
        const auto& sw = model::effectiveInterfaces(f.element("sw1"), f.doc.types());
        for (const std::string& m : *f.element("plc1").interfaces)
            if (std::count(sw.begin(), sw.end(), m))
                expected.append(QString::fromStdString(m));
        QCOMPARE(offered, expected);
        enterAndRoundTrip(f, "medium", "ethernet");
        QCOMPARE(f.doc.link("l1")->medium, std::string("ethernet"));
        QVERIFY(!f.inspector.enter("medium", "wifi")); // not a choice
        QVERIFY(!f.inspector.enter("id", "other"));    // read-only here
    }
};

QTEST_MAIN(TestInspector)
#include "test_inspector.moc"
