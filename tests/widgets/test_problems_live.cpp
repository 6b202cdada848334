// The Problems panel and the canvas markers follow the live analysis: an edit's validation error
// appears after the debounce and goes on undo; coverage findings are listed; rows sort and filter
// by severity; double-clicking a row selects and shows its elements; badges sit on the items the
// problems name, and an update touches only the items whose badge changes.

#include "analysis_test_project.h"
#include "analysis_window_support.h"

#include "model/factory_generator.h"
#include "widgets/command_change_elements.h"
#include "widgets/document.h"
#include "widgets/element_item.h"
#include "widgets/link_item.h"
#include "widgets/problem_markers.h"
#include "widgets/problems_filter_bar.h"
#include "widgets/problems_panel.h"
#include "widgets/topology_view.h"

#include <QDockWidget>
#include <QElapsedTimer>
#include <QToolButton>
#include <QtTest>

using namespace iiot;
using Marker = ui::ProblemMarker;

namespace {

ui::ChangeElementsCommand* declareUnknownCapability(ui::Document* doc, const QString& id) {
    return new ui::ChangeElementsCommand(
        doc, {id},
        [](model::Element& e) {
            if (!e.capabilities)
                e.capabilities.emplace();
            (*e.capabilities)["device.telepathy"] = 2;
        },
        "Declare an unknown capability");
}

QTreeWidgetItem* rowWithCode(ui::ProblemsPanel* panel, const QString& code) {
    for (int i = 0; i < panel->topLevelItemCount(); ++i)
        if (panel->problemAt(panel->topLevelItem(i))->code == code)
            return panel->topLevelItem(i);
    return nullptr;
}

Marker::Level elementLevel(ui::MainWindow& w, const QString& id) {
    return w.scene()->elementItem(id)->problemMarker().level;
}

Marker::Level linkLevel(ui::MainWindow& w, const QString& key) {
    return w.scene()->linkItem(key)->problemMarker().level;
}

struct Window : test::AnalysedWindow {
    ui::ProblemsPanel* panel() const { return window.problemsPanel(); }
};

} // namespace

class TestProblemsLive : public QObject {
    Q_OBJECT

private slots:
    void coverageFindingsAreListedWithCountsInTheTitle() {
        Window w;
        ui::ProblemsPanel* panel = w.panel();
        // analysis_test_project.h: no validation problem; one spof (the bridge l3) and the five
        // absences that design has (no inter network, dedicated line, SDN controller, storage,
        // ID resolver) as notes.
        QCOMPARE(panel->errorCount(), 0);
        QCOMPARE(panel->warningCount(), 1);
        QCOMPARE(panel->infoCount(), 5);
        QCOMPARE(panel->summary(), QString("0 errors, 1 warning, 5 notes"));
        QCOMPARE(w.window.problemsDock()->windowTitle(), QString("Problems (6)"));
        const ui::Problem* spof = panel->problemAt(rowWithCode(panel, "spof"));
        QVERIFY(spof);
        QCOMPARE(spof->severity, model::Severity::Warning);
        QCOMPARE(test::sorted(spof->elements), (QStringList{"edge1", "sw1"}));
        QCOMPARE(spof->links, QStringList{"l3"});
        for (const char* code :
             {"no-inter-network", "no-dedicated-line", "no-sdn-controller", "no-storage", "no-id-resolver"})
            QVERIFY2(rowWithCode(panel, code), code);
    }

    void anEditsErrorAppearsAfterTheDebounceAndGoesOnUndo() {
        Window w;
        ui::Document* doc = w.window.document();
        ui::ProblemsPanel* panel = w.panel();
        QCOMPARE(w.window.analysisRunner()->delay(), 300);
        QElapsedTimer clock;
        clock.start();
        doc->undoStack()->push(declareUnknownCapability(doc, "s1"));
        QCOMPARE(panel->errorCount(), 0); // not before the analysis ran
        QVERIFY(test::waitForAnalysis(w.window));
        QVERIFY(clock.elapsed() >= 300 * 95 / 100); // coarse timers may fire up to 5 % early
        QCOMPARE(panel->errorCount(), 1);
        const ui::Problem* error = panel->problemAt(rowWithCode(panel, "validation"));
        QVERIFY(error);
        QCOMPARE(error->severity, model::Severity::Error);
        QCOMPARE(error->elements, QStringList{"s1"});
        QVERIFY2(error->message.contains("device.telepathy"), qPrintable(error->message));
        QCOMPARE(w.window.problemsDock()->windowTitle(), QString("Problems (7)"));
        // Sorted by severity, errors come first.
        QCOMPARE(panel->problemAt(panel->topLevelItem(0))->severity, model::Severity::Error);

        doc->undoStack()->undo();
        QVERIFY(test::waitForAnalysis(w.window));
        QCOMPARE(panel->errorCount(), 0);
        QVERIFY(!rowWithCode(panel, "validation"));
    }

    void doubleClickSelectsAndShowsTheProblemsElements() {
        Window w;
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        ui::ProblemsPanel* panel = w.panel();
        // Somewhere else first, so that showing them has to move the view.
        w.window.view()->centerOn(5000, 5000);
        QTreeWidgetItem* row = rowWithCode(panel, "spof");
        QVERIFY(row);
        panel->scrollToItem(row);
        const QPoint at = panel->visualItemRect(row).center();
        // A double-click is a press and release followed by the double-click event, which is all
        // that QTest::mouseDClick sends.
        QTest::mouseClick(panel->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(panel->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(test::selectedElements(w.window), (QStringList{"edge1", "sw1"}));
        QCOMPARE(w.window.scene()->selectedLinkKeys(), QStringList{"l3"});
        const QRectF visible =
            w.window.view()->mapToScene(w.window.view()->viewport()->rect()).boundingRect();
        for (const char* id : {"sw1", "edge1"})
            QVERIFY2(visible.contains(w.window.scene()->elementItem(id)->sceneBoundingRect()), id);
    }

    void rowsFilterAndSortBySeverity() {
        Window w;
        ui::ProblemsPanel* panel = w.panel();
        auto* bar = w.window.findChild<ui::ProblemsFilterBar*>();
        QVERIFY(bar);
        QCOMPARE(bar->button(model::Severity::Warning)->text(), QString("Warnings (1)"));
        QCOMPARE(bar->button(model::Severity::Info)->text(), QString("Notes (5)"));
        QCOMPARE(panel->visibleCount(), 6);
        bar->button(model::Severity::Info)->click();
        QVERIFY(!panel->isSeverityShown(model::Severity::Info));
        QCOMPARE(panel->visibleCount(), 1);
        bar->button(model::Severity::Warning)->click();
        QCOMPARE(panel->visibleCount(), 0);
        bar->button(model::Severity::Info)->click();
        QCOMPARE(panel->visibleCount(), 5);
        // Descending by severity puts the notes first, the warning last.
        panel->sortByColumn(ui::ProblemsPanel::SeverityColumn, Qt::DescendingOrder);
        QCOMPARE(panel->problemAt(panel->topLevelItem(0))->severity, model::Severity::Info);
        QCOMPARE(panel->problemAt(panel->topLevelItem(5))->severity, model::Severity::Warning);
    }

    void markersSitOnTheItemsTheProblemsName() {
        Window w;
        // The bridge finding names sw1, edge1 and the link l3.
        QCOMPARE(elementLevel(w.window, "sw1"), Marker::Level::Warning);
        QCOMPARE(elementLevel(w.window, "edge1"), Marker::Level::Warning);
        QCOMPARE(linkLevel(w.window, "l3"), Marker::Level::Warning);
        for (const char* id : {"s1", "gw1"})
            QCOMPARE(elementLevel(w.window, id), Marker::Level::None);
        for (const char* key : {"l1", "l2"})
            QCOMPARE(linkLevel(w.window, key), Marker::Level::None);
        QVERIFY(w.window.scene()->linkItem("l3")->toolTip().contains("Warning: "));

        ui::Document* doc = w.window.document();
        doc->undoStack()->push(declareUnknownCapability(doc, "s1"));
        QVERIFY(test::waitForAnalysis(w.window));
        ui::ElementItem* s1 = w.window.scene()->elementItem("s1");
        QCOMPARE(s1->problemMarker().level, Marker::Level::Error);
        QVERIFY(s1->toolTip().contains("device.telepathy"));
        QVERIFY(s1->toolTip().startsWith("s1\n"));             // the item's own tooltip stays first
        QCOMPARE(w.window.problemMarkers()->lastTouched(), 1); // only s1's badge changed
        QCOMPARE(elementLevel(w.window, "sw1"), Marker::Level::Warning);

        doc->undoStack()->undo();
        QVERIFY(test::waitForAnalysis(w.window));
        QCOMPARE(elementLevel(w.window, "s1"), Marker::Level::None);
        QVERIFY(!s1->toolTip().contains("device.telepathy"));
    }

    void markersAtTenThousandElementsTouchOnlyWhatChanged() {
        ui::MainWindow window;
        window.document()->reset(model::generateFactory({10000, 1}));
        window.analysisRunner()->flush();
        const qsizetype marked = window.problemMarkers()->markedElementCount();
        // Give one element an error: the next update touches that one item.
        const QString id = QString::fromStdString(window.document()->project().elements[42].id);
        const bool markedBefore = !window.problemMarkers()->elementMarker(id).isNone();
        window.document()->undoStack()->push(declareUnknownCapability(window.document(), id));
        QElapsedTimer clock;
        clock.start();
        window.analysisRunner()->flush();
        qInfo("10,000 elements: %lld ms from the edit to updated panels and markers, of which %.0f ms "
              "analysis on the worker thread",
              static_cast<long long>(clock.elapsed()), window.analysisRunner()->latest()->elapsedMs);
        QCOMPARE(window.scene()->elementItem(id)->problemMarker().level, Marker::Level::Error);
        QCOMPARE(window.problemMarkers()->lastTouched(), 1);
        QCOMPARE(window.problemMarkers()->markedElementCount(), marked + (markedBefore ? 0 : 1));
    }
};

QTEST_MAIN(TestProblemsLive)
#include "test_problems_live.moc"
