// The live analysis: debounced, off the GUI thread, stale results dropped, and the published
// result equal to running validation and coverage on the document as it is.

#include "analysis_test_project.h"

#include "model/capability_catalogue.h"
#include "model/factory_generator.h"
#include "model/validation.h"
#include "widgets/analysis_runner.h"
#include "widgets/command_change_elements.h"
#include "widgets/document.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

#include <cmath>
#include <memory>
#include <stdexcept>

using namespace iiot;

namespace {

const solvers::CoverageCell& cell(const solvers::CoverageResult& r, model::FrameworkLayer layer,
                                  model::FrameworkLevel level) {
    for (const auto& c : r.cells)
        if (c.layer == layer && c.level == level)
            return c;
    throw std::logic_error("no such cell");
}

// Declares an unknown capability on an element: a validation error naming that element.
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

ui::ChangeElementsCommand* rename(ui::Document* doc, const QString& id, const std::string& name) {
    return new ui::ChangeElementsCommand(
        doc, {id}, [name](model::Element& e) { e.name = name; }, "Rename");
}

std::shared_ptr<const ui::AnalysisResult> waitForResult(ui::AnalysisRunner& runner) {
    QSignalSpy spy(&runner, &ui::AnalysisRunner::resultReady);
    if (!spy.wait(5000))
        return nullptr;
    return runner.latest();
}

} // namespace

class TestAnalysisRunner : public QObject {
    Q_OBJECT

private slots:
    void analysesANewProjectAtOnce() {
        ui::Document doc;
        ui::AnalysisRunner runner(&doc);
        doc.reset(test::analysisProject());
        QVERIFY(runner.isPending());
        const auto result = waitForResult(runner);
        QVERIFY(result);
        QVERIFY(!runner.isPending());
        QCOMPARE(result->generation, runner.generation());
        QVERIFY(result->hasProject);
        QVERIFY(result->validation.empty());
        // Worked out in analysis_test_project.h: (0.75 + 0.9 + 0.75 + 0 + 0.4 + 0.8) / 6.
        const auto& device =
            cell(result->coverage, model::FrameworkLayer::Device, model::FrameworkLevel::Integration);
        QVERIFY(device.score);
        QVERIFY(std::abs(*device.score - 3.6 / 6) < 1e-12);
        // The bridge between the switch and the edge server.
        int spof = 0;
        for (const auto& f : result->coverage.findings)
            if (f.code == "spof") {
                ++spof;
                QCOMPARE(f.links, std::vector<std::string>{"l3"});
            }
        QCOMPARE(spof, 1);
    }

    void debouncesABurstOfEditsIntoOneRun() {
        ui::Document doc;
        ui::AnalysisRunner runner(&doc);
        constexpr int kDelay = 200;
        runner.setDelay(kDelay);
        doc.reset(test::analysisProject());
        QVERIFY(waitForResult(runner));
        const int started = runner.startedCount();

        QElapsedTimer clock;
        clock.start();
        for (const char* name : {"a", "ab", "abc"})
            doc.undoStack()->push(rename(&doc, "s1", name));
        QVERIFY(runner.isPending());
        const auto result = waitForResult(runner);
        QVERIFY(result);
        // Qt's coarse timers may fire up to 5 % early.
        QVERIFY2(clock.elapsed() >= kDelay * 95 / 100, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(runner.startedCount(), started + 1);
        QCOMPARE(result->generation, runner.generation());
    }

    void dropsTheResultOfAProjectThatChangedMeanwhile() {
        ui::Document doc;
        ui::AnalysisRunner runner(&doc);
        runner.setDelay(50);
        doc.reset(test::analysisProject()); // starts a run on the project as loaded
        QCOMPARE(runner.startedCount(), 1);
        // Before the run can report (that needs the event loop), the project changes.
        doc.undoStack()->push(declareUnknownCapability(&doc, "s1"));
        const auto result = waitForResult(runner);
        QVERIFY(result);
        QCOMPARE(runner.discardedCount(), 1);
        QCOMPARE(runner.publishedCount(), 1);
        QCOMPARE(runner.startedCount(), 2);
        // What was published describes the edited project: the unknown capability is an error on s1.
        QVERIFY(model::hasErrors(result->validation));
        bool onS1 = false;
        for (const auto& d : result->validation)
            onS1 |= d.severity == model::Severity::Error && d.element == "s1";
        QVERIFY(onS1);
    }

    void resultEqualsADirectAnalysisAfterEditsDuringRuns() {
        // A factory big enough that runs overlap the edits.
        ui::Document doc;
        ui::AnalysisRunner runner(&doc);
        runner.setDelay(0);
        doc.reset(model::generateFactory({2000, 7}));
        const QString target = QString::fromStdString(doc.project().elements[5].id);
        for (int i = 0; i < 25; ++i) {
            doc.undoStack()->push(new ui::ChangeElementsCommand(
                &doc, {target},
                [i](model::Element& e) {
                    e.capabilities = std::map<std::string, int>{{"device.monitoring", i % 4}};
                },
                "Level"));
            if (i % 5 == 4)
                doc.undoStack()->undo();
            QTest::qWait(i % 3);
        }
        runner.flush();
        QVERIFY(!runner.isPending());
        const auto result = runner.latest();
        QCOMPARE(result->generation, runner.generation());
        const auto& types = doc.types();
        const auto& catalogue = model::CapabilityCatalogue::builtin();
        const auto direct = solvers::evaluateCoverage(doc.project(), types, catalogue);
        QCOMPARE(solvers::coverageJson(result->coverage), solvers::coverageJson(direct));
        QCOMPARE(result->validation.size(), model::validateProject(doc.project(), types, catalogue).size());
        QVERIFY(runner.startedCount() >= 2);
    }

    void flushGivesTheCurrentResultWithoutWaitingForTheDelay() {
        ui::Document doc;
        ui::AnalysisRunner runner(&doc);
        runner.setDelay(60 * 1000); // would never fire during this test
        doc.reset(test::analysisProject());
        runner.flush();
        doc.undoStack()->push(declareUnknownCapability(&doc, "gw1"));
        QVERIFY(runner.isPending());
        runner.flush();
        QVERIFY(!runner.isPending());
        QVERIFY(model::hasErrors(runner.latest()->validation));
        doc.undoStack()->undo();
        runner.flush();
        QVERIFY(runner.latest()->validation.empty());
    }

    void goingAwayDuringARunIsSafe() {
        ui::Document doc;
        auto runner = std::make_unique<ui::AnalysisRunner>(&doc);
        doc.reset(model::generateFactory({3000, 3}));
        QVERIFY(runner->isRunning());
        runner.reset(); // waits for the worker, whose result nobody hears
        doc.undoStack()->push(rename(&doc, QString::fromStdString(doc.project().elements[0].id), "x"));
        QCoreApplication::processEvents();
    }

    void withoutAProjectNothingIsAnalysed() {
        ui::Document doc;
        ui::AnalysisRunner runner(&doc);
        QVERIFY(!doc.load("/nonexistent/dir/missing.yaml"));
        runner.flush();
        QVERIFY(!runner.latest()->hasProject);
        QVERIFY(runner.latest()->coverage.cells.empty());
    }
};

QTEST_MAIN(TestAnalysisRunner)
#include "test_analysis_runner.moc"
