// The worker-thread runner every engine dialog uses, and stored results as undo steps.
#include "widgets/command_store_result.h"
#include "widgets/document.h"
#include "widgets/engine_job.h"

#include "model/project_io.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <stdexcept>
#include <thread>

using namespace iiot;

class TestEngineJob : public QObject {
    Q_OBJECT

private slots:
    void progressThenFinished() {
        ui::EngineJob job;
        QSignalSpy progress(&job, &ui::EngineJob::progress);
        QSignalSpy finished(&job, &ui::EngineJob::finished);
        int sum = 0;
        QVERIFY(job.start([&sum](const model::RunControl& control) {
            for (int i = 1; i <= 100; ++i) {
                sum += i;
                control.report(i / 100.0);
            }
        }));
        QVERIFY(!job.start([](const model::RunControl&) {})); // one run at a time
        job.waitForFinished();
        QCOMPARE(sum, 5050);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        // Every whole percent passes the throttle: 100 distinct percent values were reported.
        QCOMPARE(progress.count(), 100);
        QCOMPARE(progress.last().at(0).toDouble(), 1.0);
        QVERIFY(!job.isRunning());
    }

    void cancelStopsTheWork() {
        ui::EngineJob job;
        QSignalSpy finished(&job, &ui::EngineJob::finished);
        std::atomic<bool> running{false};
        std::atomic<long> rounds{0};
        job.start([&](const model::RunControl& control) {
            running = true;
            while (!control.cancelled())
                ++rounds;
        });
        while (!running)
            std::this_thread::yield();
        job.cancel();
        job.waitForFinished();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY(job.wasCancelled());
    }

    void exceptionBecomesFailure() {
        ui::EngineJob job;
        QSignalSpy failed(&job, &ui::EngineJob::failed);
        QSignalSpy finished(&job, &ui::EngineJob::finished);
        job.start([](const model::RunControl&) { throw std::runtime_error("solver exploded"); });
        job.waitForFinished();
        QCOMPARE(finished.count(), 0);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("solver exploded"));
    }

    void memoryBudgetReachesTheEngine() {
        ui::EngineJob job;
        job.setMemoryBudget(4096);
        bool refused = false;
        job.start([&](const model::RunControl& control) {
            refused = control.exceedsBudget(4097) && !control.exceedsBudget(4096);
        });
        job.waitForFinished();
        QVERIFY(refused);
    }

    void storedResultUndoRedoAndFile() {
        ui::Document doc;
        model::Project p;
        p.name = "results";
        doc.reset(p);
        QSignalSpy changed(&doc, &ui::Document::resultsChanged);
        model::StoredResult r{0, "allocate", "greedy", "{}", "2026-11-21T10:00:00Z", "{\"admitted\":3}"};
        auto* store = new ui::StoreResultCommand(&doc, r);
        doc.undoStack()->push(store);
        QCOMPARE(store->resultId(), 1LL);
        QCOMPARE(doc.project().results.size(), std::size_t{1});
        QVERIFY(doc.isDirty());
        doc.undoStack()->push(new ui::StoreResultCommand(&doc, r));
        QCOMPARE(doc.project().results.back().id, 2LL);

        doc.undoStack()->push(new ui::RemoveResultCommand(&doc, 1));
        QCOMPARE(doc.project().results.size(), std::size_t{1});
        QCOMPARE(doc.project().results.front().id, 2LL);
        doc.undoStack()->undo(); // back in its place, first
        QCOMPARE(doc.project().results.front().id, 1LL);
        QCOMPARE(doc.project().results.front().json, r.json);
        QCOMPARE(changed.count(), 4);

        // Stored in the .iiotw file with its parameters and read back with the same ids.
        QTemporaryDir dir;
        const std::string path = dir.filePath("results.iiotw").toStdString();
        QVERIFY(model::saveProject(doc.project(), path).empty());
        const model::LoadResult loaded = model::loadProject(path);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.project->results.size(), std::size_t{2});
        QVERIFY(loaded.project->results == doc.project().results);
    }
};

QTEST_GUILESS_MAIN(TestEngineJob)
#include "test_engine_job.moc"
