// The inspector on several elements (common fields, "(mixed)" where they differ, one undo step for
// all) and its capability levels tab (a level change writes the elements' `capabilities` maps
// through one command; undo restores the project byte for byte).

#include "inspector_test_support.h"
#include "undo_test_support.h"

#include "widgets/capability_editor.h"

#include "model/capability_catalogue.h"
#include "model/effective_values.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

using namespace iiot;
using test::yaml;

class TestInspectorMulti : public QObject {
    Q_OBJECT

private slots:
    void showsCommonFieldsAndMixedValues() {
        test::InspectorFixture f;
        f.select({"sw1", "s1", "plc1"}); // shown in project order whatever the click order
        QCOMPARE(f.inspector.elementIds(), (QStringList{"s1", "plc1", "sw1"}));
        QCOMPARE(f.inspector.title(), QString("3 elements"));
        // Per-element fields are not offered.
        QVERIFY(!f.inspector.editor("id"));
        QVERIFY(!f.inspector.editor("position"));
        QVERIFY(!f.inspector.editor("identifier"));
        QVERIFY(f.inspector.editor("zone"));
        // All three are in the cell: shown plainly. Only the PLC has a name: mixed.
        QVERIFY(!f.inspector.isMixed("zone"));
        QCOMPARE(f.inspector.fieldText("zone"), QString("cell"));
        QVERIFY(f.inspector.isMixed("name"));
        QCOMPARE(qobject_cast<QLineEdit*>(f.inspector.editor("name"))->placeholderText(),
                 ui::Inspector::kMixedText);
        QVERIFY(f.inspector.isMixed("kind"));
        QCOMPARE(qobject_cast<QComboBox*>(f.inspector.editor("kind"))->currentText(),
                 ui::Inspector::kMixedText);
        QVERIFY(!f.inspector.isMixed("subsystem")); // absent everywhere
        QVERIFY(f.inspector.isMixed("compute.cores"));

        // Leaving a mixed field empty changes nothing.
        QVERIFY(f.inspector.enter("name", ""));
        QCOMPARE(f.doc.undoStack()->count(), 0);

        // Links in the selection are set aside, and said so.
        f.select({"s1", "plc1"}, {"l1"});
        QCOMPARE(f.inspector.mode(), ui::Inspector::Mode::Elements);
        QVERIFY(f.inspector.title().contains("links in the selection are not shown"));
    }

    void multiEditIsOneUndoStep() {
        test::InspectorFixture f;
        f.select({"s1", "plc1", "sw1"});
        const std::string before = yaml(f.doc);
        QVERIFY2(f.inspector.enter("zone", "it"), qPrintable(f.inspector.problem()));
        QCOMPARE(f.doc.undoStack()->count(), 1);
        for (const char* id : {"s1", "plc1", "sw1"})
            QCOMPARE(f.element(id).zone, std::optional<std::string>("it"));
        QCOMPARE(f.element("ap1").zone, std::optional<std::string>("cell")); // not selected
        QCOMPARE(f.inspector.fieldText("zone"), QString("it"));
        const std::string zoned = yaml(f.doc);
        f.doc.undoStack()->undo();
        QCOMPARE(yaml(f.doc), before);
        f.doc.undoStack()->redo();
        QCOMPARE(yaml(f.doc), zoned);

        // A group field: each element keeps its other members.
        f.inspector.refresh();
        QVERIFY(f.inspector.enter("compute.ram_mb", "256"));
        QCOMPARE(f.doc.undoStack()->count(), 2);
        QCOMPARE(f.element("plc1").compute, (model::Compute{4, 1000.0, 256.0, std::nullopt}));
        QCOMPARE(f.element("s1").compute, (model::Compute{std::nullopt, std::nullopt, 256.0, std::nullopt}));
        QVERIFY(!f.inspector.isMixed("compute.ram_mb"));
        f.doc.undoStack()->undo();
        QCOMPARE(yaml(f.doc), zoned);

        // One element's refusal refuses the edit for all: none changes.
        f.inspector.refresh();
        QVERIFY(!f.inspector.enter("interfaces", "ethernet")); // breaks the PLC's PROFINET link
        QCOMPARE(yaml(f.doc), zoned);
        QCOMPARE(f.doc.undoStack()->index(), 1); // nothing pushed after the undo
        QVERIFY(!f.inspector.enter("power.idle_w", "-3"));
        QCOMPARE(yaml(f.doc), zoned);
    }

    void capabilityLevelWritesTheMapAndUndoes() {
        test::InspectorFixture f;
        f.select({"plc1"});
        ui::CapabilityEditor* editor = f.inspector.capabilityEditor();
        const auto& types = f.doc.types();
        const auto& defaults = types.kind("plc")->capabilities;
        // A capability in the PLC's scope, at its kind default.
        QString capability;
        for (const QString& id : editor->capabilityIds())
            if (editor->isApplicable(id)) {
                capability = id;
                break;
            }
        QVERIFY(!capability.isEmpty());
        const auto found = defaults.find(capability.toStdString());
        const int kindLevel = found == defaults.end() ? 0 : found->second;
        QCOMPARE(editor->level(capability), kindLevel);
        QVERIFY(!f.element("plc1").capabilities); // follows the kind

        const std::string before = yaml(f.doc);
        const int chosen = kindLevel == 3 ? 1 : 3;
        QComboBox* box = editor->levelBox(capability);
        box->setCurrentIndex(box->findData(chosen));
        QCOMPARE(f.doc.undoStack()->count(), 1);
        // The new map starts from the kind's defaults (a map replaces them entirely) plus the change.
        std::map<std::string, int> expected = defaults;
        expected[capability.toStdString()] = chosen;
        QCOMPARE(f.element("plc1").capabilities, expected);
        QCOMPARE(model::effectiveCapabilities(f.element("plc1"), types).at(capability.toStdString()), chosen);
        f.inspector.refresh();
        QCOMPARE(editor->level(capability), chosen);
        const std::string after = yaml(f.doc);
        f.doc.undoStack()->undo();
        QCOMPARE(yaml(f.doc), before);
        f.doc.undoStack()->redo();
        QCOMPARE(yaml(f.doc), after);

        // Reset drops the map: the kind defaults apply again, as one more step.
        f.inspector.refresh();
        editor->resetButton()->click();
        QCOMPARE(f.doc.undoStack()->count(), 2);
        QVERIFY(!f.element("plc1").capabilities);
        QCOMPARE(yaml(f.doc), before);
    }

    void capabilityLevelOnSeveralElementsIsOneStep() {
        test::InspectorFixture f;
        f.select({"plc1", "sw1"});
        ui::CapabilityEditor* editor = f.inspector.capabilityEditor();
        QString capability;
        for (const QString& id : editor->capabilityIds())
            if (editor->elementsInScope(id).size() == 2) {
                capability = id;
                break;
            }
        if (capability.isEmpty())
            QSKIP("no capability applies to both a PLC and a switch in this catalogue");
        const std::string before = yaml(f.doc);
        QComboBox* box = editor->levelBox(capability);
        const int chosen = editor->level(capability) == 2 ? 1 : 2;
        box->setCurrentIndex(box->findData(chosen));
        QCOMPARE(f.doc.undoStack()->count(), 1);
        for (const char* id : {"plc1", "sw1"})
            QCOMPARE(model::effectiveCapabilities(f.element(id), f.doc.types()).at(capability.toStdString()),
                     chosen);
        f.doc.undoStack()->undo();
        QCOMPARE(yaml(f.doc), before);
    }
};

QTEST_MAIN(TestInspectorMulti)
#include "test_inspector_multi.moc"
