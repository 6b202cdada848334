// Run ▸ Select Computing Modes on the calibrated fog example: the dialog passes method, seed and
// weights to the engine on a worker thread, stores exactly the engine's document, the panel's
// table shows every task, and undo takes the result back.
#include "engine_gui_support.h"

#include "model/type_library.h"
#include "solvers/offloading.h"
#include "widgets/offloading_dialog.h"
#include "widgets/offloading_panel.h"
#include "widgets/results_dock.h"

#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTreeWidget>
#include <QtTest>

#include <cmath>

using namespace iiot;

namespace {

// Opens the dialog from the Run menu, sets method and seed, presses Run; the stored id or 0.
long long runFromMenu(ui::MainWindow& window, const QString& method, int seed) {
    QAction* offload = test::runMenuAction(window, "offloadAction");
    if (offload == nullptr || !offload->isEnabled())
        return 0;
    offload->trigger();
    ui::OffloadingDialog* dialog = window.offloadingDialog();
    if (!dialog->isVisible() || !dialog->setMethod(method))
        return 0;
    dialog->setSeed(static_cast<std::uint64_t>(seed));
    QSignalSpy stored(dialog, &ui::OffloadingDialog::resultStored);
    QTest::mouseClick(dialog->runButton(), Qt::LeftButton);
    if (!stored.wait(30000))
        return 0;
    return stored.at(0).at(0).toLongLong();
}

} // namespace

class TestOffloadingGui : public QObject {
    Q_OBJECT

private slots:
    void astpRunIsStoredAndShown() {
        ui::MainWindow window;
        window.show();
        QVERIFY(window.openProject(test::examplePath("fog-cms-feasible.yaml")));
        const model::Project project = window.document()->project();
        ui::OffloadingDialog* dialog = window.offloadingDialog();
        QVERIFY(dialog->isSeedVisible());
        dialog->mu1Spin()->setValue(0.6);
        dialog->mu2Spin()->setValue(0.4);
        dialog->sweepsSpin()->setValue(20);

        const long long id = runFromMenu(window, QStringLiteral("astp"), 3);
        QVERIFY(id != 0);
        const model::StoredResult* stored = window.document()->result(id);
        QVERIFY(stored != nullptr);
        QCOMPARE(stored->kind, std::string("offload"));
        QCOMPARE(stored->method, std::string("astp"));
        QCOMPARE(stored->parameters, std::string("{\"max_sweeps\":20,\"mu1\":0.6,\"mu2\":0.4,\"seed\":3}"));

        solvers::OffloadParameters parameters;
        parameters.method = solvers::OffloadMethod::Astp;
        parameters.seed = 3;
        parameters.mu1 = 0.6;
        parameters.mu2 = 0.4;
        parameters.max_sweeps = 20;
        const solvers::OffloadOutcome direct =
            solvers::runOffloading(project, model::TypeLibrary::builtin(), parameters);
        QVERIFY2(direct.result.has_value(), direct.error.c_str());
        QVERIFY(!direct.result->tasks.empty());
        QCOMPARE(stored->json, solvers::offloadJson(*direct.result)); // no timings in this document

        ui::OffloadingPanel* panel = window.offloadingPanel();
        QVERIFY(window.offloadingDock()->isVisible());
        QCOMPARE(panel->resultId(), id);
        QTableWidget* table = panel->table();
        QCOMPARE(table->rowCount(), static_cast<int>(direct.result->tasks.size()));
        int met = 0;
        for (int row = 0; row < table->rowCount(); ++row) {
            const solvers::OffloadTask& t = direct.result->tasks[row];
            QCOMPARE(table->item(row, ui::OffloadingPanel::ElementColumn)->text().toStdString(), t.element);
            QCOMPARE(table->item(row, ui::OffloadingPanel::ApplicationColumn)->text().toStdString(),
                     t.application);
            QCOMPARE(table->item(row, ui::OffloadingPanel::ModeColumn)->text(),
                     QLatin1String(solvers::toString(t.mode)));
            QCOMPARE(table->item(row, ui::OffloadingPanel::DestinationColumn)->text().toStdString(), t.host);
            QCOMPARE(table->item(row, ui::OffloadingPanel::DelayColumn)->data(Qt::UserRole).toDouble(),
                     t.delay_ms);
            QCOMPARE(table->item(row, ui::OffloadingPanel::UploadColumn)->data(Qt::UserRole).toDouble(),
                     t.upload_ms);
            QCOMPARE(table->item(row, ui::OffloadingPanel::WaitColumn)->data(Qt::UserRole).toDouble(),
                     t.wait_ms);
            QCOMPARE(table->item(row, ui::OffloadingPanel::DeadlineColumn)->data(Qt::UserRole).toDouble(),
                     t.max_latency_ms);
            QCOMPARE(table->item(row, ui::OffloadingPanel::MetColumn)->text(),
                     t.met ? QStringLiteral("yes") : QStringLiteral("no"));
            // The deadline column agrees with the times shown: met exactly when delay <= deadline.
            QCOMPARE(t.met, t.delay_ms <= t.max_latency_ms);
            met += t.met ? 1 : 0;
        }
        // Reliability is the share of tasks on time.
        QCOMPARE(direct.result->reliability, static_cast<double>(met) / table->rowCount());
        QVERIFY(panel->summaryLabel()->text().contains(
            QStringLiteral("reliability %1").arg(direct.result->reliability, 0, 'f', 4)));

        window.document()->undoStack()->undo();
        QVERIFY(window.document()->result(id) == nullptr);
        QCOMPARE(panel->resultId(), 0);
        QCOMPARE(table->rowCount(), 0);
    }

    // The random methods through the GUI are reproducible: the same seed stores the same document,
    // another seed is a separate stored run.
    void randomMethodIsReproducible() {
        ui::MainWindow window;
        QVERIFY(window.openProject(test::examplePath("fog-cms-feasible.yaml")));
        QVERIFY(window.offloadingDialog()->sweepsSpin()->isEnabled()); // astp, the default, sweeps
        const long long first = runFromMenu(window, QStringLiteral("rstp"), 7);
        QVERIFY(!window.offloadingDialog()->sweepsSpin()->isEnabled()); // random methods do not sweep
        const long long second = runFromMenu(window, QStringLiteral("rstp"), 7);
        QVERIFY(first != 0 && second != 0 && first != second);
        QCOMPARE(window.document()->result(first)->json, window.document()->result(second)->json);
        QCOMPARE(window.document()->result(first)->parameters,
                 std::string("{\"mu1\":0.7,\"mu2\":0.3,\"seed\":7}"));
        QCOMPARE(window.resultsDock()->list()->topLevelItemCount(), 2);
        QCOMPARE(window.offloadingPanel()->resultId(), second);
    }
};

QTEST_MAIN(TestOffloadingGui)
#include "test_offloading_gui.moc"
