// Run ▸ Simulate…: picks a scenario of the project and what to vary (policies, device counts,
// duration, seed, replications), runs the job off the GUI thread with progress and Cancel, draws
// the charts as runs finish and stores the finished job in the project as an undoable result.
#pragma once

#include "simulation_runner.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace iiot::ui {

class Document;
class SimulationChartTabs;

class ScenarioDialog : public QDialog {
    Q_OBJECT

public:
    explicit ScenarioDialog(Document* document, QWidget* parent = nullptr);

    // The fields as settings; nothing (and `problem` set) when a field cannot be read.
    std::optional<SimulationSettings> settings(QString* problem = nullptr) const;
    // Fills the fields (the scenario must be one of the project's).
    void setSettings(const SimulationSettings& settings);

    QComboBox* scenarioBox() const { return scenario_; }
    QListWidget* policyList() const { return policies_; }
    QLineEdit* devicesEdit() const { return devices_; }
    QDoubleSpinBox* durationBox() const { return duration_; }
    QSpinBox* seedBox() const { return seed_; }
    QSpinBox* replicationsBox() const { return replications_; }
    QPushButton* runButton() const { return run_; }
    QPushButton* cancelButton() const { return cancel_; }
    QProgressBar* progressBar() const { return progress_; }
    QLabel* statusLabel() const { return status_; }
    SimulationChartTabs* charts() const { return charts_; }
    SimulationRunner* runner() { return &runner_; }
    // The id of the result the last finished job was stored under (0: none yet).
    long long storedResultId() const { return storedId_; }

public slots:
    void startRun();
    void cancelRun();
    // Cancels a running job before closing (Escape, the close button, Close).
    void reject() override;

signals:
    void resultStored(long long id);

private:
    void reloadScenarios();
    void scenarioChosen();
    void setRunning(bool running);
    void store(const QJsonObject& document);

    Document* document_;
    SimulationRunner runner_;
    QComboBox* scenario_;
    QListWidget* policies_;
    QLineEdit* devices_;
    QDoubleSpinBox* duration_;
    QSpinBox* seed_;
    QSpinBox* replications_;
    QPushButton* run_;
    QPushButton* cancel_;
    QProgressBar* progress_;
    QLabel* status_;
    SimulationChartTabs* charts_;
    long long storedId_ = 0;
};

} // namespace iiot::ui
