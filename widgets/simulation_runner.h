// Runs a simulation job off the GUI thread (EngineJob) as a sequence of single runs, so the
// charts can grow while it runs: each finished run arrives as runFinished() with the document so
// far, and each run's time series grows while it runs (runProgressed()). The runs, their order and seeds are
// those of one sim::simulate() call with the same settings, so the final document's contract fields equal
// simulationJson() of that call.
#pragma once

#include "engine_job.h"
#include "simulation_settings.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <vector>

namespace iiot::ui {

class SimulationRunner : public QObject {
    Q_OBJECT

public:
    explicit SimulationRunner(QObject* parent = nullptr);
    ~SimulationRunner() override;

    // Starts the job on a copy of the project; false (with lastError()) when the settings do not
    // fit the project or a job is already running.
    bool start(const model::Project& project, const SimulationSettings& settings);
    bool isRunning() const { return job_.isRunning(); }
    void cancel();
    // Blocks until the job ended and its signals were delivered (tests).
    void waitForFinished();

    const SimulationSettings& settings() const { return settings_; }
    // The runs finished so far (`runs` and the `summaries` of complete groups), then the result.
    const QJsonObject& document() const { return document_; }
    // How many single runs the job has.
    int runCount() const { return runCount_; }
    QString lastError() const { return error_; }
    EngineJob* job() { return &job_; }

signals:
    void progress(double fraction);
    // One more run finished; `document` holds every run so far.
    void runFinished(const QJsonObject& document);
    // The running run has new time-series rows: the document's last run holds its series so far
    // (no figures yet) until runFinished() replaces it with the finished run.
    void runProgressed(const QJsonObject& document);
    // The whole job finished: the document to store.
    void succeeded(const QJsonObject& document);
    void cancelled();
    void failed(const QString& message);

private:
    struct Outcome;
    void addRun(const QJsonObject& run);
    void addSamples(const QJsonObject& head, const std::vector<sim::Sample>& rows);
    void jobEnded(bool wasCancelled);

    EngineJob job_;
    SimulationSettings settings_;
    QJsonObject document_;
    int runCount_ = 0;
    bool partial_ = false; // the document's last run is the running one
    QString error_;
    std::shared_ptr<Outcome> outcome_;
    std::shared_ptr<std::atomic<bool>> cancelFlag_;
};

} // namespace iiot::ui
