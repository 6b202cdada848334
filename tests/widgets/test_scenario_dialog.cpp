// Run ▸ Simulate…: the scenario dialog runs a job off the GUI thread, stores exactly what one
// direct simulate() call gives, draws charts as runs finish, stores nothing when cancelled; the
// Simulation dock lists stored runs, overlays them, forgets one on undo and shows them again
// from a reopened project file.

#include "simulation_test_support.h"

#include "widgets/document.h"
#include "widgets/main_window.h"
#include "widgets/scenario_dialog.h"
#include "widgets/simulation_chart_tabs.h"
#include "widgets/simulation_document.h"
#include "widgets/simulation_panel.h"

#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>
#include <qcustomplot.h>

#include <algorithm>

using namespace iiot;

namespace {

// Types the settings into the dialog's fields as a user would.
void enter(ui::ScenarioDialog& dialog, const ui::SimulationSettings& s) {
    dialog.scenarioBox()->setCurrentText(QString::fromStdString(s.scenario));
    for (int i = 0; i < dialog.policyList()->count(); ++i) {
        QListWidgetItem* item = dialog.policyList()->item(i);
        const bool wanted = std::any_of(s.policies.begin(), s.policies.end(), [&](sim::Policy p) {
            return item->text() == QLatin1String(sim::toString(p));
        });
        item->setCheckState(wanted ? Qt::Checked : Qt::Unchecked);
    }
    QStringList counts;
    for (long long n : s.devices)
        counts << QString::number(n);
    dialog.devicesEdit()->clear();
    QTest::keyClicks(dialog.devicesEdit(), counts.join(QStringLiteral(",")));
    dialog.durationBox()->setValue(s.duration_s);
    dialog.seedBox()->setValue(static_cast<int>(s.seed));
    dialog.replicationsBox()->setValue(static_cast<int>(s.replications));
}

void runToEnd(ui::ScenarioDialog& dialog) {
    QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
    QVERIFY(dialog.runner()->isRunning());
    dialog.runner()->waitForFinished();
}

} // namespace

class TestScenarioDialog : public QObject {
    Q_OBJECT

private slots:
    void storedJsonIsTheDirectSimulation() {
        ui::Document document;
        document.reset(test::smartFactory());
        ui::ScenarioDialog dialog(&document);
        const auto settings = test::quickSettings();
        enter(dialog, settings);
        const auto read = dialog.settings();
        QVERIFY(read);
        QCOMPARE(read->devices, settings.devices);
        // The checked policies run in the list's order, whatever order they were ticked in.
        QCOMPARE(read->policies, (std::vector{sim::Policy::CloudOnly, sim::Policy::EdgeCloud}));

        QSignalSpy live(dialog.runner(), &ui::SimulationRunner::runFinished);
        QSignalSpy stored(&dialog, &ui::ScenarioDialog::resultStored);
        runToEnd(dialog);
        QCOMPARE(live.count(), 8); // 2 device counts x 2 policies x 2 replications, one by one
        QCOMPARE(ui::runsOf(live.at(3).at(0).toJsonObject()).size(), 4);
        QCOMPARE(stored.count(), 1);
        QCOMPARE(dialog.progressBar()->value(), dialog.progressBar()->maximum());

        QCOMPARE(document.project().results.size(), std::size_t{1});
        const model::StoredResult& r = document.project().results.front();
        QCOMPARE(r.id, dialog.storedResultId());
        QCOMPARE(r.kind, std::string("simulate"));
        QCOMPARE(r.method, std::string("cloud-only, edge-cloud"));
        const QJsonObject parameters = test::parsedJson(r.parameters);
        QCOMPARE(parameters.value("policies").toArray(), (QJsonArray{"cloud-only", "edge-cloud"}));
        QCOMPARE(parameters.value("devices").toArray(), (QJsonArray{10, 20}));
        QCOMPARE(parameters.value("duration_s").toDouble(), 60.0);
        QCOMPARE(parameters.value("seed").toInteger(), 7);
        QCOMPARE(parameters.value("replications").toInteger(), 2);

        std::string error;
        const auto direct = sim::simulate(test::smartFactory(), model::TypeLibrary::builtin(),
                                          ui::toRequest(*read), {}, error);
        QVERIFY2(direct, error.c_str());
        const QJsonObject storedDoc = test::parsedJson(r.json);
        QCOMPARE(test::contractPart(storedDoc),
                 test::contractPart(test::parsedJson(sim::simulationJson(*direct))));
        // The time series kept for the charts are the engine's.
        const QJsonArray cpu =
            ui::runsOf(storedDoc).at(5).toObject().value("series").toObject().value("cpu_cloud").toArray();
        QCOMPARE(cpu.size(), static_cast<qsizetype>(direct->runs[5].series.size()));
        QCOMPARE(cpu.at(7).toDouble(), direct->runs[5].series[7].cpu[sim::kCloud]);

        // The dialog's charts show the finished job: one graph per policy, two points each.
        QCustomPlot* rate = dialog.charts()->chart(ui::SimulationChartTabs::SuccessRate);
        QCOMPARE(rate->graphCount(), 2);
        QCOMPARE(rate->graph(0)->dataCount(), 2);
        QCOMPARE(dialog.charts()->runChooser()->count(), 8);
        QCOMPARE(dialog.charts()->chart(ui::SimulationChartTabs::Cpu)->graph(2)->dataCount(),
                 static_cast<int>(direct->runs.back().series.size()));
    }

    void seriesGrowWhileARunRuns() {
        ui::Document document;
        document.reset(test::smartFactory());
        ui::ScenarioDialog dialog(&document);
        auto s = test::quickSettings();
        s.policies = {sim::Policy::EdgeCloud};
        s.replications = 1;
        enter(dialog, s);
        QSignalSpy growing(dialog.runner(), &ui::SimulationRunner::runProgressed);
        runToEnd(dialog);
        // The first row of every run is handed over at once, later ones in batches.
        QVERIFY(growing.count() >= 2);
        const QJsonObject final = test::parsedJson(document.project().results.front().json);
        for (const auto& call : growing) {
            const QJsonArray runs = ui::runsOf(call.at(0).toJsonObject());
            const QJsonObject partial = runs.last().toObject();
            QVERIFY(!partial.contains(QStringLiteral("success_rate")));
            // Its rows so far are the first rows of the finished run.
            const QJsonObject done = ui::runsOf(final).at(runs.size() - 1).toObject();
            QCOMPARE(partial.value("devices").toInteger(), done.value("devices").toInteger());
            const QJsonArray soFar = partial.value("series").toObject().value("cpu_edge").toArray();
            const QJsonArray all = done.value("series").toObject().value("cpu_edge").toArray();
            QVERIFY(!soFar.isEmpty() && soFar.size() <= all.size());
            for (qsizetype k = 0; k < soFar.size(); ++k)
                QCOMPARE(soFar.at(k).toDouble(), all.at(k).toDouble());
        }
    }

    void cancelStoresNothing() {
        ui::Document document;
        document.reset(test::smartFactory());
        ui::ScenarioDialog dialog(&document);
        auto settings = test::quickSettings();
        settings.devices = {400};
        settings.duration_s = 36000; // far longer than the test waits
        settings.replications = 1;
        enter(dialog, settings);
        QSignalSpy cancelled(dialog.runner(), &ui::SimulationRunner::cancelled);
        QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
        QVERIFY(dialog.cancelButton()->isEnabled());
        QVERIFY(!dialog.runButton()->isEnabled());
        QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
        dialog.runner()->waitForFinished();
        QCOMPARE(cancelled.count(), 1);
        QVERIFY(document.project().results.empty());
        QCOMPARE(document.undoStack()->count(), 0);
        QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("nothing was stored")));
        QVERIFY(dialog.runButton()->isEnabled());
    }

    void badFieldsAreExplained() {
        ui::Document document;
        document.reset(test::smartFactory());
        ui::ScenarioDialog dialog(&document);
        enter(dialog, test::quickSettings());
        dialog.devicesEdit()->setText(QStringLiteral("10, ten"));
        QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
        QVERIFY(!dialog.runner()->isRunning());
        QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("'ten'")));
        dialog.devicesEdit()->setText(QStringLiteral("10"));
        for (int i = 0; i < dialog.policyList()->count(); ++i)
            dialog.policyList()->item(i)->setCheckState(Qt::Unchecked);
        QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
        QVERIFY(!dialog.runner()->isRunning());
        QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("policy")));
    }

    void scenarioDefaultsFillTheFields() {
        ui::Document document;
        document.reset(test::smartFactory());
        ui::ScenarioDialog dialog(&document);
        // baseline: edge-cloud, device_counts [20, 40, 80], 600 s, seed 1, 3 replications.
        QCOMPARE(dialog.scenarioBox()->currentText(), QStringLiteral("baseline"));
        QCOMPARE(dialog.devicesEdit()->text(), QStringLiteral("20, 40, 80"));
        QCOMPARE(dialog.durationBox()->value(), 600.0);
        QCOMPARE(dialog.seedBox()->value(), 1);
        QCOMPARE(dialog.replicationsBox()->value(), 3);
        const auto s = dialog.settings();
        QVERIFY(s);
        QCOMPARE(s->policies, (std::vector<sim::Policy>{sim::Policy::EdgeCloud}));
    }

    void panelOverlaysStoredRunsAndUndoRemovesOne() {
        ui::Document document;
        document.reset(test::smartFactory());
        ui::SimulationPanel panel(&document);
        ui::ScenarioDialog dialog(&document);
        auto a = test::quickSettings();
        a.policies = {sim::Policy::EdgeCloud};
        a.replications = 1;
        enter(dialog, a);
        runToEnd(dialog);
        auto b = a;
        b.policies = {sim::Policy::EdgeOnly};
        enter(dialog, b);
        runToEnd(dialog);
        QCOMPARE(panel.resultList()->count(), 2);
        QCOMPARE(panel.shownResult(), dialog.storedResultId()); // the newest is shown

        QCustomPlot* rate = panel.charts()->chart(ui::SimulationChartTabs::SuccessRate);
        QCOMPARE(rate->graphCount(), 1);
        const auto ids = QList<long long>{document.project().results[0].id, document.project().results[1].id};
        panel.setChecked(ids[0], true);
        panel.setChecked(ids[1], true);
        QCOMPARE(rate->graphCount(), 2);
        QCOMPARE(rate->graph(0)->name(), QStringLiteral("#%1: edge-cloud").arg(ids[0]));
        QCOMPARE(rate->graph(1)->name(), QStringLiteral("#%1: edge-only").arg(ids[1]));
        QCOMPARE(rate->graph(1)->dataCount(), 2);

        document.undoStack()->undo();
        QCOMPARE(document.project().results.size(), std::size_t{1});
        QCOMPARE(panel.resultList()->count(), 1);
        QCOMPARE(rate->graphCount(), 1);
        document.undoStack()->redo();
        QCOMPARE(panel.resultList()->count(), 2);

        // Remove is undoable too.
        panel.showResult(ids[0]);
        QTest::mouseClick(panel.removeButton(), Qt::LeftButton);
        QCOMPARE(panel.resultList()->count(), 1);
        QVERIFY(document.result(ids[0]) == nullptr);
        document.undoStack()->undo();
        QVERIFY(document.result(ids[0]) != nullptr);
    }

    void reopenedFileShowsTheRuns() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("runs.iiotw"));
        long long id = 0;
        QByteArray json;
        {
            ui::Document document;
            document.reset(test::smartFactory());
            ui::ScenarioDialog dialog(&document);
            auto s = test::quickSettings();
            s.replications = 1;
            s.devices = {10};
            enter(dialog, s);
            runToEnd(dialog);
            id = dialog.storedResultId();
            json = QByteArray::fromStdString(document.result(id)->json);
            QCOMPARE(model::saveProject(document.project(), path.toStdString()), std::string());
        }
        ui::MainWindow window;
        QVERIFY(window.openProject(path));
        QVERIFY(window.simulationDock()->isVisibleTo(&window));
        ui::SimulationPanel* panel = window.simulationPanel();
        QCOMPARE(panel->resultList()->count(), 1);
        QCOMPARE(panel->shownResult(), id);
        QCOMPARE(QByteArray::fromStdString(window.document()->result(id)->json), json);
        QCOMPARE(panel->charts()->chart(ui::SimulationChartTabs::SuccessRate)->graphCount(), 2);
        QCOMPARE(panel->charts()->runChooser()->count(), 2);
    }

    void runMenuOpensTheDialog() {
        ui::MainWindow window;
        window.document()->reset(test::smartFactory());
        auto* run = window.menuBar()->findChild<QMenu*>(QStringLiteral("runMenu"));
        QVERIFY(run);
        QVERIFY(run->actions().contains(window.simulateAction()));
        QVERIFY(window.scenarioDialog() == nullptr);
        window.simulateAction()->trigger();
        QVERIFY(window.scenarioDialog() != nullptr);
        QVERIFY(window.scenarioDialog()->isVisible());
        QCOMPARE(window.scenarioDialog()->scenarioBox()->currentText(), QStringLiteral("baseline"));
        window.scenarioDialog()->reject();
    }
};

QTEST_MAIN(TestScenarioDialog)
#include "test_scenario_dialog.moc"
