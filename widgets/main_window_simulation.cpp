// MainWindow: Run ▸ Simulate… (the scenario dialog) and the Simulation dock of stored runs.

#include "main_window.h"

#include "document.h"
#include "scenario_dialog.h"
#include "simulation_panel.h"

#include <QDockWidget>
#include <QMenu>

#include <algorithm>

namespace iiot::ui {

void MainWindow::createSimulationTools(QMenu* run) {
    simulationPanel_ = new SimulationPanel(document_, this);
    simulationDock_ = new QDockWidget(tr("Simulation"), this);
    simulationDock_->setObjectName(QStringLiteral("simulationDock"));
    simulationDock_->setWidget(simulationPanel_);
    addDockWidget(Qt::BottomDockWidgetArea, simulationDock_);
    if (coverageDock_ != nullptr)
        tabifyDockWidget(coverageDock_, simulationDock_);
    // Shown when there is something to show: a finished run or a reopened file with runs.
    simulationDock_->hide();
    connect(document_, &Document::projectReset, this, [this] {
        const auto& results = document_->project().results;
        if (std::any_of(results.begin(), results.end(),
                        [](const model::StoredResult& r) { return r.kind == "simulate"; }))
            simulationDock_->show();
    });

    run->addSeparator();
    simulateAction_ = run->addAction(tr("&Simulate…"), this, [this] { showScenarioDialog(); });
    simulateAction_->setObjectName(QStringLiteral("simulateAction"));
    simulateAction_->setStatusTip(tr("Simulate task offloading over a scenario: policies, device counts, "
                                     "replications; charts and stored runs"));
    QAction* results = simulationDock_->toggleViewAction();
    results->setText(tr("Simulation &Results"));
    run->addAction(results);
}

ScenarioDialog* MainWindow::showScenarioDialog() {
    if (scenarioDialog_ == nullptr) {
        scenarioDialog_ = new ScenarioDialog(document_, this);
        connect(scenarioDialog_, &ScenarioDialog::resultStored, this, [this](long long id) {
            simulationDock_->show();
            simulationDock_->raise();
            simulationPanel_->showResult(id);
        });
    }
    scenarioDialog_->show();
    scenarioDialog_->raise();
    scenarioDialog_->activateWindow();
    return scenarioDialog_;
}

} // namespace iiot::ui
