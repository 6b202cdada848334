// The generic engine-run dialog: Run hands the caller's work to a worker thread, Cancel stops it
// and keeps the dialog, a failure is shown, Close during a run drops the outcome.
#include "widgets/engine_run_dialog.h"

#include <QComboBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QtTest>

#include <atomic>
#include <memory>
#include <stdexcept>
#include <thread>

using namespace iiot;

class TestEngineRunDialog : public QObject {
    Q_OBJECT

private slots:
    void methodsAndSeed() {
        ui::EngineRunDialog dialog(QStringLiteral("Engine"));
        dialog.addMethod(QStringLiteral("fast"), QStringLiteral("Fast heuristic"));
        dialog.addMethod(QStringLiteral("exact"), QStringLiteral("Exact"));
        QCOMPARE(dialog.method(), QStringLiteral("fast"));
        QVERIFY(dialog.setMethod(QStringLiteral("exact")));
        QVERIFY(!dialog.setMethod(QStringLiteral("nope")));
        QCOMPARE(dialog.method(), QStringLiteral("exact"));
        QCOMPARE(dialog.methodCombo()->currentText(), QStringLiteral("Exact"));
        QVERIFY(!dialog.isSeedVisible());
        dialog.setSeedVisible(true);
        QVERIFY(dialog.isSeedVisible());
        dialog.setSeed(42);
        QCOMPARE(dialog.seed(), std::uint64_t{42});
        QCOMPARE(dialog.seedSpin()->value(), 42);
    }

    // Run with a click: the work sees the fields' values, progress arrives, runSucceeded is
    // emitted once and the dialog closes itself.
    void runSucceeds() {
        ui::EngineRunDialog dialog(QStringLiteral("Engine"));
        dialog.addMethod(QStringLiteral("sum"), QStringLiteral("Sum"));
        dialog.setSeedVisible(true);
        dialog.setSeed(7);
        auto extra = new QSpinBox;
        extra->setValue(10);
        dialog.addParameterRow(QStringLiteral("Count:"), extra);
        auto outcome = std::make_shared<long long>(0);
        dialog.setWorkFactory([&dialog, extra, outcome]() -> ui::EngineJob::Work {
            const long long seed = static_cast<long long>(dialog.seed());
            const int n = extra->value();
            return [seed, n, outcome](const model::RunControl& control) {
                long long sum = 0;
                for (int i = 1; i <= n; ++i) {
                    sum += i;
                    control.report(static_cast<double>(i) / n);
                }
                *outcome = sum * seed;
            };
        });
        dialog.show();
        QSignalSpy succeeded(&dialog, &ui::EngineRunDialog::runSucceeded);
        QSignalSpy progress(dialog.job(), &ui::EngineJob::progress);
        QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
        QVERIFY(succeeded.wait(5000));
        QCOMPARE(succeeded.count(), 1);
        QCOMPARE(*outcome, 55LL * 7); // 1 + ... + 10 = 55, times the seed
        QVERIFY(progress.count() >= 1);
        QCOMPARE(dialog.progressBar()->value(), dialog.progressBar()->maximum());
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    // Cancel stops a run that would never end; the dialog stays open, nothing succeeded and the
    // fields are usable again.
    void cancelKeepsTheDialog() {
        ui::EngineRunDialog dialog(QStringLiteral("Engine"));
        dialog.addMethod(QStringLiteral("loop"), QStringLiteral("Loop"));
        auto started = std::make_shared<std::atomic<bool>>(false);
        dialog.setWorkFactory([started]() -> ui::EngineJob::Work {
            return [started](const model::RunControl& control) {
                started->store(true);
                while (!control.cancelled())
                    std::this_thread::yield();
            };
        });
        dialog.show();
        QSignalSpy succeeded(&dialog, &ui::EngineRunDialog::runSucceeded);
        QSignalSpy cancelled(&dialog, &ui::EngineRunDialog::runCancelled);
        QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
        QVERIFY(dialog.isRunning());
        QVERIFY(!dialog.runButton()->isEnabled());
        QVERIFY(!dialog.methodCombo()->isEnabled());
        QVERIFY(dialog.cancelButton()->isEnabled());
        QTRY_VERIFY(started->load());
        QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
        QVERIFY(cancelled.wait(5000));
        QCOMPARE(succeeded.count(), 0);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.runButton()->isEnabled());
        QVERIFY(dialog.methodCombo()->isEnabled());
        QVERIFY(!dialog.cancelButton()->isEnabled());
        QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("Cancelled")));
    }

    void failureIsShown() {
        ui::EngineRunDialog dialog(QStringLiteral("Engine"));
        dialog.addMethod(QStringLiteral("bad"), QStringLiteral("Bad"));
        dialog.setWorkFactory([]() -> ui::EngineJob::Work {
            return [](const model::RunControl&) { throw std::runtime_error("no solver installed"); };
        });
        dialog.show();
        QSignalSpy failed(&dialog, &ui::EngineRunDialog::runFailed);
        QSignalSpy succeeded(&dialog, &ui::EngineRunDialog::runSucceeded);
        QVERIFY(dialog.run());
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("no solver installed"));
        QCOMPARE(succeeded.count(), 0);
        QCOMPARE(dialog.statusLabel()->text(), QStringLiteral("no solver installed"));
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.runButton()->isEnabled());
    }

    // A factory returning no work refuses the run and says why.
    void factoryMayRefuse() {
        ui::EngineRunDialog dialog(QStringLiteral("Engine"));
        dialog.setWorkFactory([&dialog]() -> ui::EngineJob::Work {
            dialog.setStatus(QStringLiteral("nothing to run"), true);
            return {};
        });
        QSignalSpy started(&dialog, &ui::EngineRunDialog::runStarted);
        QVERIFY(!dialog.run());
        QCOMPARE(started.count(), 0);
        QCOMPARE(dialog.statusLabel()->text(), QStringLiteral("nothing to run"));
        QVERIFY(!dialog.isRunning());
    }

    // Closing during a run cancels it and its end is not reported as a success.
    void closeDuringRunDropsTheOutcome() {
        ui::EngineRunDialog dialog(QStringLiteral("Engine"));
        dialog.setWorkFactory([]() -> ui::EngineJob::Work {
            return [](const model::RunControl& control) {
                while (!control.cancelled())
                    std::this_thread::yield();
            };
        });
        dialog.show();
        QSignalSpy succeeded(&dialog, &ui::EngineRunDialog::runSucceeded);
        QSignalSpy cancelled(&dialog, &ui::EngineRunDialog::runCancelled);
        QVERIFY(dialog.run());
        QTest::mouseClick(dialog.closeButton(), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QVERIFY(cancelled.wait(5000));
        QCOMPARE(succeeded.count(), 0);
    }
};

QTEST_MAIN(TestEngineRunDialog)
#include "test_engine_run_dialog.moc"
