// The Coverage dock: heat-map cells, radar, capability list and gaps show the hand-worked coverage
// of analysis_test_project.h, follow a capability level change live, and lead to the evidence.

#include "analysis_test_project.h"
#include "analysis_window_support.h"

#include "widgets/capability_editor.h"
#include "widgets/capability_list.h"
#include "widgets/command_change_elements.h"
#include "widgets/coverage_matrix.h"
#include "widgets/coverage_panel.h"
#include "widgets/coverage_radar.h"
#include "widgets/document.h"
#include "widgets/element_item.h"
#include "widgets/gap_list.h"
#include "widgets/inspector.h"
#include "widgets/topology_view.h"

#include <QComboBox>
#include <QDockWidget>
#include <QTabWidget>
#include <QtTest>

#include <cmath>

using namespace iiot;
using Layer = model::FrameworkLayer;
using Level = model::FrameworkLevel;

namespace {

// The device x integration cell as the header of analysis_test_project.h works it out, with
// device.control at `control` (0..3) on s1 instead of 0.
double deviceCell(double s1Control) {
    const double access = (1.0 + 0.5) / 2, processing = (0.8 + 1.0) / 2, monitoring = (0.5 + 1.0) / 2;
    const double control = (s1Control + 0.0) / 2, identification = (0.8 + 0.0) / 2, edge = 0.8;
    return (access + processing + monitoring + control + identification + edge) / 6;
}

void clickCapability(ui::CapabilityList* list, const QString& id) {
    QTreeWidgetItem* item = list->itemFor(id);
    QVERIFY(item);
    list->scrollToItem(item);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
}

struct Window : test::AnalysedWindow {
    ui::CoveragePanel* panel() const { return window.coveragePanel(); }
};

} // namespace

class TestCoveragePanel : public QObject {
    Q_OBJECT

private slots:
    void theDockIsInTheViewMenuAndShown() {
        Window w;
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        QDockWidget* dock = w.window.coverageDock();
        QVERIFY(dock->isVisible());
        QCOMPARE(dock->windowTitle(), QString("Coverage"));
        QAction* toggle = dock->toggleViewAction();
        QVERIFY(toggle->isChecked());
        toggle->trigger();
        QVERIFY(!dock->isVisible());
    }

    void matrixAndRadarShowTheHandWorkedScores() {
        Window w;
        ui::CoverageMatrix* matrix = w.panel()->matrix();
        QVERIFY(std::abs(*matrix->cellScore(Layer::Device, Level::Integration) - deviceCell(0)) < 1e-12);
        QCOMPARE(matrix->cellText(Layer::Device, Level::Integration), QString("0.60"));
        // The device layer has capabilities at integration only.
        QCOMPARE(matrix->cellText(Layer::Device, Level::Interconnection), QString("n/a"));
        QCOMPARE(matrix->cellText(Layer::Device, Level::InformationFusion), QString("n/a"));
        // 0.60 < 0.80: no level reached; the default target is information fusion.
        for (Level level : {Level::Integration, Level::Interconnection, Level::InformationFusion})
            QVERIFY(!matrix->isReachedCell(Layer::Device, level));
        QVERIFY(matrix->isTargetCell(Layer::Device, Level::InformationFusion));
        QVERIFY(!matrix->isTargetCell(Layer::Device, Level::Integration));

        ui::CoverageRadar* radar = w.panel()->radar();
        QVERIFY(std::abs(radar->achieved(Layer::Device) - deviceCell(0)) < 1e-12);
        QCOMPARE(radar->target(Layer::Device), 3.0);
        QCOMPARE(radar->spokeLabel(Layer::Device), QString("Device\n0.60 / 3"));
        // The achieved polygon closes on the device spoke, straight up at the score.
        QCOMPARE(radar->achievedCurve()->dataCount(), 5);
        const auto first = radar->achievedCurve()->data()->at(0);
        QVERIFY(std::abs(first->key) < 1e-12);
        QVERIFY(std::abs(first->value - deviceCell(0)) < 1e-12);
    }

    void aLevelChangedThroughTheCommandUpdatesTheCell() {
        Window w;
        ui::Document* doc = w.window.document();
        // What the capability editor's change becomes: s1 gets device.control = 3 (full, 1.0).
        doc->undoStack()->push(new ui::ChangeElementsCommand(
            doc, {"s1"}, [](model::Element& e) { (*e.capabilities)["device.control"] = 3; }, "Set control"));
        QVERIFY(test::waitForAnalysis(w.window));
        ui::CoverageMatrix* matrix = w.panel()->matrix();
        // (0.75 + 0.9 + 0.75 + 0.5 + 0.4 + 0.8) / 6 = 4.1 / 6 = 0.6833...
        QVERIFY(std::abs(*matrix->cellScore(Layer::Device, Level::Integration) - 4.1 / 6) < 1e-12);
        QCOMPARE(matrix->cellText(Layer::Device, Level::Integration), QString("0.68"));
        QVERIFY(std::abs(w.panel()->radar()->achieved(Layer::Device) - 4.1 / 6) < 1e-12);
        QTreeWidgetItem* control = w.panel()->capabilityList()->itemFor("device.control");
        QCOMPARE(control->text(ui::CapabilityList::RatingColumn), QString("0.50"));
        QCOMPARE(control->text(ui::CapabilityList::BandColumn), QString("basic"));

        doc->undoStack()->undo();
        QVERIFY(test::waitForAnalysis(w.window));
        QCOMPARE(matrix->cellText(Layer::Device, Level::Integration), QString("0.60"));
    }

    void aLevelChangedInTheInspectorUpdatesTheCell() {
        Window w;
        QVERIFY(w.window.scene()->selectElement("gw1"));
        ui::CapabilityEditor* editor = w.window.inspector()->capabilityEditor();
        // The inspector may refresh on the next turn of the event loop.
        QTRY_COMPARE(editor->level("device.identification"), 0);
        QComboBox* box = editor->levelBox("device.identification");
        QVERIFY(box);
        box->setCurrentIndex(box->findData(2)); // advanced: 0.8
        QVERIFY(test::waitForAnalysis(w.window));
        // identification = (0.8 + 0.8) / 2 = 0.8, so the cell is (0.75 + 0.9 + 0.75 + 0 + 0.8 + 0.8) / 6 = 4
        // / 6.
        const auto score = w.panel()->matrix()->cellScore(Layer::Device, Level::Integration);
        QVERIFY(score && std::abs(*score - 4.0 / 6) < 1e-12);
        QCOMPARE(w.panel()->matrix()->cellText(Layer::Device, Level::Integration), QString("0.67"));
    }

    void clickingACapabilitySelectsItsEvidence() {
        Window w;
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        w.panel()->tabs()->setCurrentWidget(w.panel()->capabilityList());
        ui::CapabilityList* list = w.panel()->capabilityList();
        // Evidence: the scope elements whose value is above 0.
        clickCapability(list, "device.identification"); // s1 2, gw1 0
        QCOMPARE(test::selectedElements(w.window), QStringList{"s1"});
        clickCapability(list, "device.monitoring"); // s1 1, gw1 3
        QCOMPARE(test::selectedElements(w.window), (QStringList{"gw1", "s1"}));
        clickCapability(list, "device.control"); // nobody
        QCOMPARE(test::selectedElements(w.window), QStringList{});
        // The evidence is framed: it lies inside the visible part of the canvas.
        clickCapability(list, "device.edge-computing");
        QCOMPARE(test::selectedElements(w.window), QStringList{"gw1"});
        const QRectF visible =
            w.window.view()->mapToScene(w.window.view()->viewport()->rect()).boundingRect();
        QVERIFY(visible.contains(w.window.scene()->elementItem("gw1")->sceneBoundingRect()));
        // Clicking the current row again selects the evidence again.
        w.window.scene()->clearSelection();
        clickCapability(list, "device.edge-computing");
        QCOMPARE(test::selectedElements(w.window), QStringList{"gw1"});
    }

    void gapsAreRankedByPriority() {
        Window w;
        ui::GapList* gaps = w.panel()->gapList();
        // Priority = weight x (1 - rating). device.control rates 0: priority 1, the highest; among
        // the capabilities tied at 1 it has the smallest id.
        QCOMPARE(gaps->capabilityAt(0), QString("device.control"));
        QCOMPARE(gaps->topLevelItem(0)->text(ui::GapList::PriorityColumn), QString("1.00"));
        double previous = 2;
        for (int row = 0; row < gaps->topLevelItemCount(); ++row) {
            const double priority = gaps->topLevelItem(row)->text(ui::GapList::PriorityColumn).toDouble();
            QVERIFY(priority <= previous);
            previous = priority;
        }
        // device.identification rates 0.4: priority 0.6.
        for (int row = 0; row < gaps->topLevelItemCount(); ++row)
            if (gaps->capabilityAt(row) == "device.identification")
                QCOMPARE(gaps->topLevelItem(row)->text(ui::GapList::PriorityColumn), QString("0.60"));
        // A gap leads to its capability's evidence.
        QTest::mouseClick(gaps->viewport(), Qt::LeftButton, {},
                          gaps->visualItemRect(gaps->topLevelItem(0)).center());
        QCOMPARE(test::selectedElements(w.window), QStringList{});
    }

    void clickingACellShowsItsFirstCapability() {
        Window w;
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        ui::CoverageMatrix* matrix = w.panel()->matrix();
        QTest::mouseClick(matrix, Qt::LeftButton, {},
                          matrix->cellRect(Layer::Device, Level::Integration).center());
        QTreeWidgetItem* current = w.panel()->capabilityList()->currentItem();
        QVERIFY(current);
        QCOMPARE(current, w.panel()->capabilityList()->itemFor("device.access-management"));
        QCOMPARE(test::selectedElements(w.window), (QStringList{"gw1", "s1"}));
    }
};

QTEST_MAIN(TestCoveragePanel)
#include "test_coverage_panel.moc"
