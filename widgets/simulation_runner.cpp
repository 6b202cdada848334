#include "simulation_runner.h"

#include "simulation_document.h"

#include "model/type_library.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QPointer>
#include <QThread>

#include <algorithm>

namespace iiot::ui {

namespace {

// How often a running simulation hands its new time-series rows to the charts.
constexpr qint64 kLiveIntervalMs = 100;

} // namespace

// What the worker leaves for the GUI thread; read only after the job ended.
struct SimulationRunner::Outcome {
    std::string error;
    QJsonObject document;
};

SimulationRunner::SimulationRunner(QObject* parent) : QObject(parent) {
    connect(&job_, &EngineJob::progress, this, &SimulationRunner::progress);
    connect(&job_, &EngineJob::finished, this, &SimulationRunner::jobEnded);
    connect(&job_, &EngineJob::failed, this, [this](const QString& message) {
        error_ = message;
        emit failed(message);
    });
}

// The job's destructor waits for the worker: stop it first through the flag the engine polls.
SimulationRunner::~SimulationRunner() {
    cancel();
}

bool SimulationRunner::start(const model::Project& project, const SimulationSettings& settings) {
    if (isRunning()) {
        error_ = tr("A simulation is already running.");
        return false;
    }
    if (const auto problem = settingsProblem(project, settings); !problem.empty()) {
        error_ = QString::fromStdString(problem);
        return false;
    }
    const auto scenario = std::find_if(project.scenarios.begin(), project.scenarios.end(),
                                       [&](const model::Scenario& s) { return s.id == settings.scenario; });
    auto runs = singleRuns(settings, *scenario);
    settings_ = settings;
    runCount_ = static_cast<int>(runs.size());
    error_.clear();
    document_ = QJsonObject{{"runs", QJsonArray()}, {"summaries", QJsonArray()}};
    outcome_ = std::make_shared<Outcome>();
    partial_ = false;
    cancelFlag_ = std::make_shared<std::atomic<bool>>(false);
    QPointer<SimulationRunner> self(this);
    // The worker owns its copy of the project: the document may change while it runs.
    return job_.start([self, project = project, runs = std::move(runs), outcome = outcome_,
                       flag = cancelFlag_](const model::RunControl& control) {
        std::vector<sim::RunResult> done;
        done.reserve(runs.size());
        const double share = 1.0 / static_cast<double>(runs.size());
        for (std::size_t i = 0; i < runs.size(); ++i) {
            // This run's progress is the job's slice [i, i + 1) / n; cancel() sets both flags.
            model::RunControl part(
                [&control, i, share](double f) { control.report(share * (static_cast<double>(i) + f)); },
                flag.get());
            part.setMemoryBudget(control.memoryBudget());
            // Time-series rows as the engine makes them, handed to the GUI thread in batches.
            sim::SimulationRequest request = runs[i];
            std::vector<sim::Sample> pending;
            QJsonObject head;
            QElapsedTimer clock; // invalid until the first row, which goes at once
            request.on_sample = [&](const sim::SampleRow& row) {
                if (head.isEmpty())
                    head = QJsonObject{{"scenario", QString::fromStdString(row.scenario)},
                                       {"devices", row.devices},
                                       {"policy", QString::fromLatin1(sim::toString(row.policy))},
                                       {"seed", static_cast<qint64>(row.seed)}};
                pending.push_back(row.sample);
                if (clock.isValid() && clock.elapsed() < kLiveIntervalMs)
                    return;
                clock.start();
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, head, rows = std::move(pending)] {
                        if (self)
                            self->addSamples(head, rows);
                    },
                    Qt::QueuedConnection);
                pending.clear();
            };
            std::string error;
            auto report = sim::simulate(project, model::TypeLibrary::builtin(), request, part, error);
            if (!report) {
                if (!part.cancelled())
                    outcome->error = error;
                return;
            }
            auto& run = report->runs.front();
            const QJsonObject runJson = runDocument(run);
            run.delays_ms.clear();
            run.delays_ms.shrink_to_fit();
            done.push_back(std::move(run));
            QMetaObject::invokeMethod(
                self.data(),
                [self, runJson] {
                    if (self)
                        self->addRun(runJson);
                },
                Qt::QueuedConnection);
        }
        sim::SimulationReport all;
        all.summaries = summariesOf(done);
        all.runs = std::move(done);
        outcome->document = simulationDocument(all);
    });
}

void SimulationRunner::cancel() {
    if (cancelFlag_)
        cancelFlag_->store(true);
    job_.cancel();
}

void SimulationRunner::waitForFinished() {
    // The finished runs were queued to this object before the work returned: deliver them before
    // the job's own finished signal.
    while (job_.isRunning()) {
        QCoreApplication::sendPostedEvents(this);
        QThread::msleep(2);
    }
    QCoreApplication::sendPostedEvents(this);
    job_.waitForFinished();
}

void SimulationRunner::addSamples(const QJsonObject& head, const std::vector<sim::Sample>& rows) {
    if (outcome_ == nullptr)
        return;
    QJsonArray runs = document_.value("runs").toArray();
    if (!partial_) {
        QJsonObject run = head;
        run.insert("series", QJsonObject());
        runs.append(run);
        partial_ = true;
    }
    QJsonObject run = runs.last().toObject();
    QJsonObject series = run.value("series").toObject();
    const auto append = [&series](const char* name, auto value) {
        QJsonArray column = series.value(QLatin1String(name)).toArray();
        column.append(value);
        series.insert(QLatin1String(name), column);
    };
    for (const sim::Sample& s : rows) {
        append("time_s", s.time_s);
        append("cpu_local", s.cpu[sim::kLocal]);
        append("cpu_edge", s.cpu[sim::kEdge]);
        append("cpu_cloud", s.cpu[sim::kCloud]);
        append("lan", s.network[sim::kLan]);
        append("wan", s.network[sim::kWan]);
        append("generated", static_cast<qint64>(s.generated));
        append("finished", static_cast<qint64>(s.finished));
        append("failed", static_cast<qint64>(s.failed));
    }
    run.insert("series", series);
    runs.replace(runs.size() - 1, run);
    document_.insert("runs", runs);
    emit runProgressed(document_);
}

void SimulationRunner::addRun(const QJsonObject& run) {
    if (outcome_ == nullptr) // the job has ended: its document is final
        return;
    QJsonArray runs = document_.value("runs").toArray();
    // The finished run takes the place of its partial series.
    if (partial_)
        runs.removeLast();
    partial_ = false;
    runs.append(run);
    document_.insert("runs", runs);
    emit runFinished(document_);
}

void SimulationRunner::jobEnded(bool wasCancelled) {
    const auto outcome = std::move(outcome_);
    if (wasCancelled || (cancelFlag_ && cancelFlag_->load())) {
        emit cancelled();
        return;
    }
    if (outcome && !outcome->error.empty()) {
        error_ = QString::fromStdString(outcome->error);
        emit failed(error_);
        return;
    }
    if (outcome)
        document_ = outcome->document;
    emit succeeded(document_);
}

} // namespace iiot::ui
