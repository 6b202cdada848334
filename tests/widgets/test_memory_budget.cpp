// The workbench survives an engine run that exceeds its memory budget: the exact allocation run
// through EngineJob with a 1 MiB budget ends with the budget error as its result (its MILP solver
// process cannot fit), a run that runs out of memory in the process becomes failed(), the window
// keeps answering events, and the same job then runs again with a normal budget to the proven
// optimum.
#include "widgets/engine_job.h"

#include "model/project_io.h"
#include "solvers/priority_allocation.h"

#include <QDir>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTimer>
#include <QtTest>

#include <new>

using namespace iiot;

namespace {

constexpr std::size_t kMiB = std::size_t{1} << 20;

model::Project factory() {
    auto loaded = model::loadProject(QDir(IIOT_EXAMPLES_DIR).filePath("sdrm-factory.yaml").toStdString());
    if (!loaded.ok())
        qFatal("cannot load the factory example");
    return *loaded.project;
}

// The GUI thread still handles input: typing into a line edit changes its text.
bool windowAnswers() {
    QLineEdit edit;
    edit.show();
    QTest::keyClicks(&edit, "ok");
    bool timerFired = false;
    QTimer::singleShot(0, [&timerFired] { timerFired = true; });
    QCoreApplication::processEvents();
    return edit.text() == "ok" && timerFired;
}

} // namespace

class TestMemoryBudget : public QObject {
    Q_OBJECT

private slots:
    void exactAllocationOverBudgetThenAgain() {
        if (QStandardPaths::findExecutable("cbc").isEmpty() &&
            QStandardPaths::findExecutable("glpsol").isEmpty())
            QSKIP("no MILP solver installed");
        const model::Project project = factory();
        ui::EngineJob job;
        QSignalSpy finished(&job, &ui::EngineJob::finished);
        QSignalSpy failed(&job, &ui::EngineJob::failed);
        solvers::AllocationResult result;
        auto work = [project, &result](const model::RunControl& control) {
            solvers::AllocationOptions options;
            options.method = solvers::AllocationMethod::Exact;
            options.milp.timeLimitSeconds = 300;
            options.control = &control;
            result = solvers::allocatePriority(project, options);
        };

        job.setMemoryBudget(1 * kMiB);
        QVERIFY(job.start(work));
        job.waitForFinished();
        QCOMPARE(failed.count(), 0);
        QCOMPARE(finished.count(), 1);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.find("the MILP solver exceeded the memory budget of 1 MiB") !=
                     std::string::npos,
                 result.error.c_str());
        QVERIFY(windowAnswers());

        job.setMemoryBudget(ui::EngineJob::defaultMemoryBudget());
        QVERIFY(job.start(work));
        job.waitForFinished();
        QCOMPARE(finished.count(), 2);
        QVERIFY2(result.ok, result.error.c_str());
        QVERIFY(result.optimal);
        QVERIFY(result.admitted > 0);
    }

    // An engine whose own allocation fails (std::bad_alloc) does not take the window with it.
    void outOfMemoryInProcessBecomesFailed() {
        ui::EngineJob job;
        QSignalSpy failed(&job, &ui::EngineJob::failed);
        QSignalSpy finished(&job, &ui::EngineJob::finished);
        job.setMemoryBudget(1 * kMiB);
        QVERIFY(job.start([](const model::RunControl& control) {
            if (control.exceedsBudget(64 * kMiB))
                throw std::bad_alloc();
        }));
        job.waitForFinished();
        QCOMPARE(finished.count(), 0);
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains("out of memory"));
        QVERIFY(windowAnswers());

        int answer = 0;
        job.setMemoryBudget(0);
        QVERIFY(job.start([&answer](const model::RunControl& control) {
            answer = control.exceedsBudget(64 * kMiB) ? -1 : 42;
        }));
        job.waitForFinished();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(answer, 42);
    }
};

QTEST_MAIN(TestMemoryBudget)
#include "test_memory_budget.moc"
