// Run ▸ Allocate Resources on the SDRM factory: the dialog runs the engine off the GUI thread and
// stores exactly what a direct engine call gives, the panel's table and chart show that document,
// undo takes the result back, and a cancelled exact run stores nothing.
#include "engine_gui_support.h"

#include "model/project_io.h"
#include "solvers/priority_allocation.h"
#include "widgets/allocation_charts.h"
#include "widgets/allocation_dialog.h"
#include "widgets/allocation_panel.h"
#include "widgets/results_dock.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

using namespace iiot;

namespace {

bool haveMilpSolver() {
    return !QStandardPaths::findExecutable(QStringLiteral("cbc")).isEmpty() ||
           !QStandardPaths::findExecutable(QStringLiteral("glpsol")).isEmpty();
}

// Opens the dialog from the Run menu, picks the method and presses Run; the stored result's id,
// or 0 when the run did not store one within the time.
long long runFromMenu(ui::MainWindow& window, const QString& method, int timeoutMs = 30000) {
    QAction* allocate = test::runMenuAction(window, "allocateAction");
    if (allocate == nullptr || !allocate->isEnabled())
        return 0;
    allocate->trigger();
    ui::AllocationDialog* dialog = window.allocationDialog();
    if (!dialog->isVisible() || !dialog->setMethod(method))
        return 0;
    QSignalSpy stored(dialog, &ui::AllocationDialog::resultStored);
    QTest::mouseClick(dialog->runButton(), Qt::LeftButton);
    if (!stored.wait(timeoutMs))
        return 0;
    return stored.at(0).at(0).toLongLong();
}

} // namespace

class TestAllocationGui : public QObject {
    Q_OBJECT

private slots:
    void greedyRunIsStoredAndShown() {
        ui::MainWindow window;
        window.show();
        QVERIFY(window.openProject(test::examplePath("sdrm-factory.yaml")));
        const model::Project project = window.document()->project();
        const int undoSteps = window.document()->undoStack()->count();

        const long long id = runFromMenu(window, QStringLiteral("greedy"));
        QVERIFY(id != 0);
        QVERIFY(!window.allocationDialog()->isVisible()); // closes after a stored run

        // The stored document is the engine's own, called directly with the same parameters.
        const model::StoredResult* stored = window.document()->result(id);
        QVERIFY(stored != nullptr);
        QCOMPARE(stored->kind, std::string("allocate"));
        QCOMPARE(stored->method, std::string("greedy"));
        QCOMPARE(stored->parameters, std::string("{}"));
        QVERIFY(QDateTime::fromString(QString::fromStdString(stored->created), Qt::ISODate).isValid());
        QVERIFY(QString::fromStdString(stored->created).endsWith(QLatin1Char('Z')));
        const solvers::AllocationResult direct = solvers::allocatePriority(project);
        QVERIFY(direct.ok);
        QVERIFY(direct.admitted > 0);
        QCOMPARE(test::withoutTimings(stored->json), test::withoutTimings(solvers::allocationJson(direct)));
        QVERIFY(window.document()->isDirty());
        QCOMPARE(window.document()->undoStack()->count(), undoSteps + 1);

        // The panel shows it: one row per application, admitted ones first.
        ui::AllocationPanel* panel = window.allocationPanel();
        QVERIFY(window.allocationDock()->isVisible());
        QCOMPARE(panel->resultId(), id);
        QTableWidget* table = panel->table();
        QCOMPARE(table->rowCount(), direct.admitted + direct.rejected);
        QCOMPARE(static_cast<int>(direct.allocations.size()), direct.admitted);
        for (int row = 0; row < direct.admitted; ++row) {
            const solvers::ApplicationAllocation& a = direct.allocations[row];
            QCOMPARE(table->item(row, ui::AllocationPanel::ApplicationColumn)->text().toStdString(),
                     a.application);
            QCOMPARE(table->item(row, ui::AllocationPanel::HostColumn)->text().toStdString(), a.host);
            QCOMPARE(table->item(row, ui::AllocationPanel::PriorityColumn)->data(Qt::UserRole).toLongLong(),
                     a.priority);
            QCOMPARE(table->item(row, ui::AllocationPanel::SatisfactionColumn)->data(Qt::UserRole).toDouble(),
                     a.satisfaction);
            for (const auto& [resource, amount] : a.amounts) {
                const int column =
                    ui::AllocationPanel::FirstResourceColumn +
                    static_cast<int>(panel->resources().indexOf(QString::fromStdString(resource)));
                QVERIFY(column >= ui::AllocationPanel::FirstResourceColumn);
                QCOMPARE(table->item(row, column)->data(Qt::UserRole).toDouble(), amount);
            }
            QCOMPARE(table->item(row, panel->statusColumn())->text(), QStringLiteral("admitted"));
        }
        for (int i = 0; i < direct.rejected; ++i) {
            const int row = direct.admitted + i;
            QCOMPARE(table->item(row, ui::AllocationPanel::ApplicationColumn)->text().toStdString(),
                     direct.rejections[i].application);
            QCOMPARE(table->item(row, panel->statusColumn())->text().toStdString(),
                     "rejected: " + direct.rejections[i].reason);
        }

        // The chart: one bar (a single data point) per admitted application and resource it was
        // given, stacked per host so each stack reaches that host's use of the resource.
        QCustomPlot* chart = panel->chart();
        std::size_t expectedBars = 0;
        for (const auto& a : direct.allocations)
            expectedBars += a.amounts.size();
        std::map<std::pair<std::string, std::string>, double> stackTop; // (host, resource) -> sum
        std::size_t bars = 0;
        for (int i = 0; i < chart->plottableCount(); ++i) {
            auto* bar = qobject_cast<QCPBars*>(chart->plottable(i));
            if (bar == nullptr)
                continue;
            ++bars;
            QCOMPARE(bar->data()->size(), 1);
            const std::string application = bar->name().toStdString();
            const std::string host = bar->property("host").toString().toStdString();
            const std::string resource = bar->property("resource").toString().toStdString();
            const auto a = std::find_if(direct.allocations.begin(), direct.allocations.end(),
                                        [&](const auto& x) { return x.application == application; });
            QVERIFY(a != direct.allocations.end());
            QCOMPARE(a->host, host);
            QCOMPARE(bar->data()->at(0)->value, a->amounts.at(resource));
            QCOMPARE(bar->valueAxis()->label(), ui::resourceAxisLabel(QString::fromStdString(resource)));
            stackTop[{host, resource}] += bar->data()->at(0)->value;
        }
        QCOMPARE(bars, expectedBars);
        std::size_t capacities = 0;
        for (const auto& h : direct.hosts)
            for (const auto& [resource, use] : h.resources) {
                ++capacities;
                QVERIFY(std::abs(stackTop[{h.host, resource}] - use.used) <= 1e-9 * std::max(1.0, use.used));
            }
        // One dashed capacity line per host and resource, at the capacity.
        int lines = 0;
        for (int i = 0; i < chart->itemCount(); ++i) {
            auto* line = qobject_cast<QCPItemLine*>(chart->item(i));
            if (line == nullptr)
                continue;
            ++lines;
            const std::string host = line->property("host").toString().toStdString();
            const std::string resource = line->property("resource").toString().toStdString();
            const auto h = std::find_if(direct.hosts.begin(), direct.hosts.end(),
                                        [&](const auto& x) { return x.host == host; });
            QVERIFY(h != direct.hosts.end());
            QCOMPARE(line->start->value(), h->resources.at(resource).capacity);
            QCOMPARE(line->end->value(), h->resources.at(resource).capacity);
        }
        QCOMPARE(static_cast<std::size_t>(lines), capacities);

        // Undo takes the stored result out and empties the panel; redo brings it back.
        window.document()->undoStack()->undo();
        QVERIFY(window.document()->result(id) == nullptr);
        QVERIFY(window.document()->project().results.empty());
        QCOMPARE(panel->resultId(), 0);
        QCOMPARE(panel->table()->rowCount(), 0);
        QCOMPARE(window.resultsDock()->list()->topLevelItemCount(), 0);
        window.document()->undoStack()->redo();
        QVERIFY(window.document()->result(id) != nullptr);
        QCOMPARE(window.resultsDock()->list()->topLevelItemCount(), 1);
    }

    // The exact method through the dialog equals the exact engine called directly, proven optimal,
    // and admits at least the priority greedy admits (objective 1).
    void exactRunMatchesTheEngine() {
        if (!haveMilpSolver())
            QSKIP("neither cbc nor glpsol is installed");
        ui::MainWindow window;
        QVERIFY(window.openProject(test::examplePath("sdrm-factory.yaml")));
        const model::Project project = window.document()->project();
        window.allocationDialog()->setMethod(QStringLiteral("exact"));
        QVERIFY(window.allocationDialog()->timeLimitSpin()->isEnabled());
        window.allocationDialog()->timeLimitSpin()->setValue(120);
        const long long id = runFromMenu(window, QStringLiteral("exact"), 300000);
        QVERIFY(id != 0);
        const model::StoredResult* stored = window.document()->result(id);
        QCOMPARE(stored->method, std::string("exact"));
        QCOMPARE(stored->parameters, std::string("{\"time_limit_s\":120}"));

        solvers::AllocationOptions options;
        options.method = solvers::AllocationMethod::Exact;
        options.milp.timeLimitSeconds = 120;
        const solvers::AllocationResult direct = solvers::allocatePriority(project, options);
        QVERIFY2(direct.ok, direct.error.c_str());
        QVERIFY(direct.optimal);
        QCOMPARE(test::withoutTimings(stored->json), test::withoutTimings(solvers::allocationJson(direct)));
        const solvers::AllocationResult greedy = solvers::allocatePriority(project);
        QVERIFY(direct.admitted_priority >= greedy.admitted_priority);
        QCOMPARE(window.allocationPanel()->resultId(), id);
        QVERIFY(window.allocationPanel()->summaryLabel()->text().contains(QStringLiteral("proven optimal")));
    }

    // Cancel on an exact run whose solver never answers: the solver process is ended, the dialog
    // stays open and nothing is stored.
    void cancelledRunStoresNothing() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString solver = dir.filePath(QStringLiteral("slow-solver"));
        {
            QFile script(solver);
            QVERIFY(script.open(QIODevice::WriteOnly));
            script.write("#!/bin/sh\nexec sleep 120\n");
        }
        QFile::setPermissions(solver, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const QByteArray saved = qgetenv("IIOT_MILP_SOLVER");
        qputenv("IIOT_MILP_SOLVER", solver.toLocal8Bit());

        ui::MainWindow window;
        QVERIFY(window.openProject(test::examplePath("sdrm-factory.yaml")));
        const int undoSteps = window.document()->undoStack()->count();
        test::runMenuAction(window, "allocateAction")->trigger();
        ui::AllocationDialog* dialog = window.allocationDialog();
        QVERIFY(dialog->setMethod(QStringLiteral("exact")));
        QSignalSpy cancelled(dialog, &ui::EngineRunDialog::runCancelled);
        QSignalSpy stored(dialog, &ui::AllocationDialog::resultStored);
        QTest::mouseClick(dialog->runButton(), Qt::LeftButton);
        QVERIFY(dialog->isRunning());
        QTest::qWait(300); // let the solver process start
        QVERIFY(dialog->isRunning());
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
        QVERIFY(cancelled.wait(20000));
        QVERIFY(clock.elapsed() < 20000);
        QCOMPARE(stored.count(), 0);
        QVERIFY(dialog->isVisible());
        QVERIFY(window.document()->project().results.empty());
        QCOMPARE(window.document()->undoStack()->count(), undoSteps);
        QCOMPARE(window.allocationPanel()->resultId(), 0);
        dialog->close();
        qputenv("IIOT_MILP_SOLVER", saved);
    }

    // A stored result read back from a .iiotw file shows the same table as the fresh one.
    void reopenedResultShowsTheSame() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("factory.iiotw"));
        QStringList fresh;
        {
            ui::MainWindow window;
            QVERIFY(window.openProject(test::examplePath("sdrm-factory.yaml")));
            const long long id = runFromMenu(window, QStringLiteral("greedy"));
            QVERIFY(id != 0);
            for (int row = 0; row < window.allocationPanel()->table()->rowCount(); ++row)
                fresh
                    << window.allocationPanel()->table()->item(row, ui::AllocationPanel::HostColumn)->text();
            const std::string error = model::saveProject(window.document()->project(), path.toStdString());
            QVERIFY2(error.empty(), error.c_str());
        }
        ui::MainWindow window;
        QVERIFY(window.openProject(path));
        QCOMPARE(window.document()->project().results.size(), std::size_t{1});
        const long long id = window.document()->project().results.front().id;
        QVERIFY(window.showStoredResult(id));
        QStringList reopened;
        for (int row = 0; row < window.allocationPanel()->table()->rowCount(); ++row)
            reopened << window.allocationPanel()->table()->item(row, ui::AllocationPanel::HostColumn)->text();
        QCOMPARE(reopened, fresh);
    }

    void axisLabelsCarryUnits() {
        QCOMPARE(ui::resourceAxisLabel(QStringLiteral("memory_gb")), QStringLiteral("memory (GB)"));
        QCOMPARE(ui::resourceAxisLabel(QStringLiteral("uplink_kbps")), QStringLiteral("uplink (kbit/s)"));
        QCOMPARE(ui::resourceAxisLabel(QStringLiteral("power_w")), QStringLiteral("power (W)"));
        QCOMPARE(ui::resourceAxisLabel(QStringLiteral("cpu")), QStringLiteral("cpu"));
        QCOMPARE(ui::resourceAxisLabel(QStringLiteral("disk_io_mbps")), QStringLiteral("disk io (Mbit/s)"));
    }
};

QTEST_MAIN(TestAllocationGui)
#include "test_allocation_gui.moc"
