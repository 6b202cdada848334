// The capability levels editor: effective levels (own map or kind defaults), scope, multi-edit,
// and the signals the document turns into undo commands. Expected levels are read from the type
// library, so editing types.yaml does not break these tests.

#include "widgets/capability_editor.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QWheelEvent>
#include <QtTest>

using namespace iiot;

namespace {

const model::TypeLibrary& types() {
    return model::TypeLibrary::builtin();
}

const model::CapabilityCatalogue& catalogue() {
    return model::CapabilityCatalogue::builtin();
}

model::Element element(std::string id, std::string kind) {
    model::Element e;
    e.id = std::move(id);
    e.kind = std::move(kind);
    return e;
}

int kindDefault(const std::string& kind, const std::string& capability) {
    const auto& defaults = types().kind(kind)->capabilities;
    const auto found = defaults.find(capability);
    return found == defaults.end() ? 0 : found->second;
}

void show(ui::CapabilityEditor& editor, std::initializer_list<const model::Element*> elements) {
    editor.setElements(std::vector<const model::Element*>(elements), types(), catalogue());
}

} // namespace

class TestCapabilityEditor : public QObject {
    Q_OBJECT

private slots:
    void rowsFollowTheCatalogueGroupedByLayer() {
        ui::CapabilityEditor editor;
        QCOMPARE(editor.capabilityIds().size(), static_cast<qsizetype>(catalogue().capabilities().size()));
        QCOMPARE(editor.capabilityIds().size(), 24);
        // Device rows first and trust rows last, whatever the catalogue's order.
        QCOMPARE(editor.capabilityIds().front(), QString("device.access-management"));
        QVERIFY(editor.capabilityIds().back().startsWith("trust."));
        QComboBox* box = editor.levelBox("device.monitoring");
        QVERIFY(box);
        QCOMPARE(box->count(), 4);
        QCOMPARE(box->itemText(0), QString("none"));
        QCOMPARE(box->itemText(3), QString("full"));
        const model::CapabilityInfo* cap = catalogue().find("device.monitoring");
        QVERIFY(editor.rowLabel("device.monitoring")->toolTip().contains("device.monitoring"));
        QVERIFY(editor.rowLabel("device.monitoring")
                    ->toolTip()
                    .contains(QString::fromStdString(cap->description)));
        QVERIFY(!editor.resetButton()->isEnabled()); // nothing selected
    }

    void sensorWithoutOwnMapShowsKindDefaults() {
        ui::CapabilityEditor editor;
        const model::Element sensor = element("s1", "sensor");
        show(editor, {&sensor});
        int nonZero = 0;
        for (const model::CapabilityInfo& cap : catalogue().capabilities()) {
            const int expected = kindDefault("sensor", cap.id);
            const QString id = QString::fromStdString(cap.id);
            QCOMPARE(editor.level(id), expected);
            QCOMPARE(editor.levelBox(id)->currentData().toInt(), expected);
            QCOMPARE(editor.defaultText(id), ui::CapabilityEditor::levelName(expected));
            nonZero += expected > 0;
        }
        QVERIFY(nonZero > 0); // the sensor kind declares defaults, so the loop checked real values
        QVERIFY(!editor.resetButton()->isEnabled());
    }

    void emptyOwnMapMeansZeroEverywhere() {
        ui::CapabilityEditor editor;
        model::Element sensor = element("s1", "sensor");
        sensor.capabilities = std::map<std::string, int>{};
        show(editor, {&sensor});
        for (const QString& id : editor.capabilityIds()) {
            QCOMPARE(editor.level(id), 0);
            QCOMPARE(editor.levelBox(id)->currentIndex(), 0);
        }
        // The defaults stay visible beside the zeros.
        QCOMPARE(editor.defaultText("device.monitoring"),
                 ui::CapabilityEditor::levelName(kindDefault("sensor", "device.monitoring")));
        QVERIFY(editor.resetButton()->isEnabled());
    }

    void outOfScopeRowsAreDisabled() {
        ui::CapabilityEditor editor;
        const model::Element sensor = element("s1", "sensor");
        show(editor, {&sensor});
        for (const char* id :
             {"device.edge-computing", "network.sdn", "service.storage", "network.inter.connectivity"}) {
            QVERIFY2(!editor.isApplicable(id), id);
            QVERIFY(!editor.levelBox(id)->isEnabled());
            QVERIFY(!editor.rowLabel(id)->isEnabled());
            QVERIFY(editor.levelBox(id)->toolTip().contains("Does not apply"));
        }
        QVERIFY(editor.isApplicable("device.monitoring"));
        QVERIFY(editor.isApplicable("trust.security")); // scope: all
        QVERIFY(!editor.levelBox("device.monitoring")->toolTip().contains("Does not apply"));

        const model::Element gateway = element("gw1", "gateway");
        show(editor, {&gateway});
        QVERIFY(editor.isApplicable("device.edge-computing"));
        QCOMPARE(editor.level("device.edge-computing"), kindDefault("gateway", "device.edge-computing"));
    }

    void changingALevelEmitsOnce() {
        ui::CapabilityEditor editor;
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QSignalSpy spy(&editor, &ui::CapabilityEditor::levelChanged);
        const model::Element sensor = element("s1", "sensor");
        show(editor, {&sensor});
        QCOMPARE(spy.count(), 0); // showing levels is not an edit

        QComboBox* box = editor.levelBox("device.monitoring");
        const int before = kindDefault("sensor", "device.monitoring");
        const int chosen = before == 3 ? 0 : 3;
        box->setCurrentIndex(box->findData(chosen));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QString("device.monitoring"));
        QCOMPARE(spy.at(0).at(1).toInt(), chosen);

        // The document refreshes the editor after applying the command: no echo.
        model::Element edited = sensor;
        edited.capabilities = types().kind("sensor")->capabilities;
        (*edited.capabilities)["device.monitoring"] = chosen;
        show(editor, {&edited});
        QCOMPARE(spy.count(), 1);
        QCOMPARE(editor.level("device.monitoring"), chosen);
        QVERIFY(editor.rowLabel("device.monitoring")->font().bold()); // differs from the default

        // From the keyboard, as a user would.
        spy.clear();
        box->setFocus();
        QTest::keyClick(box, chosen == 3 ? Qt::Key_Up : Qt::Key_Down);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(1).toInt(), chosen == 3 ? 2 : 1);
    }

    void wheelOverAnUnfocusedSelectorScrollsInstead() {
        ui::CapabilityEditor editor;
        const model::Element sensor = element("s1", "sensor");
        show(editor, {&sensor});
        QSignalSpy spy(&editor, &ui::CapabilityEditor::levelChanged);
        QComboBox* box = editor.levelBox("device.monitoring");
        const QPointF centre = box->rect().center();
        QWheelEvent wheel(centre, box->mapToGlobal(centre), {}, {0, -120}, Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(box, &wheel);
        QCOMPARE(spy.count(), 0);
        QCOMPARE(editor.level("device.monitoring"), kindDefault("sensor", "device.monitoring"));
    }

    void multiEditShowsMixed() {
        ui::CapabilityEditor editor;
        const model::Element a = element("s1", "sensor");
        model::Element b = element("s2", "sensor");
        const int monitoring = kindDefault("sensor", "device.monitoring");
        b.capabilities = std::map<std::string, int>{{"device.monitoring", monitoring == 3 ? 0 : 3}};
        show(editor, {&a, &b});

        QVERIFY(editor.isMixed("device.monitoring"));
        QComboBox* box = editor.levelBox("device.monitoring");
        QCOMPARE(box->currentIndex(), -1);
        QCOMPARE(box->placeholderText(), QString("mixed"));
        // Levels both elements share are shown plainly (absent from both: 0).
        QVERIFY(!editor.isMixed("device.access-management"));
        QCOMPARE(editor.level("device.access-management"), 0);
        QVERIFY(editor.resetButton()->isEnabled());

        // Picking a level on a mixed row is one change for all.
        QSignalSpy spy(&editor, &ui::CapabilityEditor::levelChanged);
        box->setCurrentIndex(box->findData(2));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(1).toInt(), 2);

        // Mixed kinds: a row in scope for only some elements shows theirs and says so.
        const model::Element gateway = element("gw1", "gateway");
        show(editor, {&a, &gateway});
        QVERIFY(editor.isApplicable("device.edge-computing"));
        QCOMPARE(editor.level("device.edge-computing"), kindDefault("gateway", "device.edge-computing"));
        QCOMPARE(editor.elementsInScope("device.edge-computing"), std::vector<std::string>{"gw1"});
        QVERIFY(editor.levelBox("device.edge-computing")->toolTip().contains("1 of 2"));
        // The defaults column names a level only when both kinds agree on it.
        int differing = 0;
        for (const char* id : {"device.access-management", "device.data-processing", "device.monitoring",
                               "device.control", "device.identification"}) {
            const int sensorDefault = kindDefault("sensor", id), gatewayDefault = kindDefault("gateway", id);
            differing += sensorDefault != gatewayDefault;
            QCOMPARE(editor.defaultText(id), sensorDefault == gatewayDefault
                                                 ? ui::CapabilityEditor::levelName(sensorDefault)
                                                 : QString("varies"));
        }
        QVERIFY(differing > 0);
    }

    void resetAsksForKindDefaults() {
        ui::CapabilityEditor editor;
        model::Element sensor = element("s1", "sensor");
        sensor.capabilities = std::map<std::string, int>{{"device.monitoring", 3}};
        show(editor, {&sensor});
        QSignalSpy spy(&editor, &ui::CapabilityEditor::resetToDefaults);
        QVERIFY(editor.resetButton()->isEnabled());
        QTest::mouseClick(editor.resetButton(), Qt::LeftButton);
        QCOMPARE(spy.count(), 1);

        editor.clear();
        QVERIFY(!editor.resetButton()->isEnabled());
        QVERIFY(!editor.isApplicable("device.monitoring"));
    }
};

QTEST_MAIN(TestCapabilityEditor)
#include "test_capability_editor.moc"
