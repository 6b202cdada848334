#include "analysis_runner.h"

#include "document.h"
#include "model/capability_catalogue.h"
#include "model/validation.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>
#include <string>

namespace iiot::ui {

namespace {

// Runs on a worker thread: touches only its own copy of the project and the built-in, immutable
// type library and catalogue.
std::shared_ptr<AnalysisResult> analyse(std::shared_ptr<const model::Project> project,
                                        const model::TypeLibrary* types, quint64 generation) {
    auto result = std::make_shared<AnalysisResult>();
    result->generation = generation;
    result->hasProject = project != nullptr;
    if (!project)
        return result;
    QElapsedTimer clock;
    clock.start();
    const auto& catalogue = model::CapabilityCatalogue::builtin();
    try {
        result->validation = model::validateProject(*project, *types, catalogue);
        result->coverage = solvers::evaluateCoverage(*project, *types, catalogue);
    } catch (const std::exception& e) {
        // An engine defect must not end the session: it shows up as a problem instead.
        model::Diagnostic problem;
        problem.message = std::string("internal error while analysing the project: ") + e.what();
        problem.hint = "please report this project to the developers";
        result->validation.push_back(std::move(problem));
    }
    result->elapsedMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    return result;
}

} // namespace

AnalysisRunner::AnalysisRunner(Document* document, QObject* parent) : QObject(parent), document_(document) {
    timer_.setSingleShot(true);
    timer_.setInterval(kDefaultDelayMs);
    connect(&timer_, &QTimer::timeout, this, &AnalysisRunner::start);
    connect(&watcher_, &QFutureWatcherBase::finished, this, &AnalysisRunner::finished);
    // A new project is analysed at once: there is no typing to wait for.
    connect(document_, &Document::projectReset, this, [this] {
        ++generation_;
        emit analysisScheduled();
        start();
    });
    for (auto signal : {&Document::elementsAdded, &Document::elementsRemoved, &Document::elementsChanged,
                        &Document::elementsMoved, &Document::linksAdded, &Document::linksRemoved,
                        &Document::linksChanged, &Document::zonesChanged})
        connect(document_, signal, this, &AnalysisRunner::schedule);
}

AnalysisRunner::~AnalysisRunner() {
    timer_.stop();
    watcher_.disconnect(this);
    watcher_.waitForFinished();
}

bool AnalysisRunner::isPending() const {
    return !latest_ || latest_->generation != generation_;
}

void AnalysisRunner::schedule() {
    ++generation_;
    timer_.start();
    emit analysisScheduled();
}

void AnalysisRunner::start() {
    timer_.stop();
    if (watcher_.isRunning()) {
        restartAfterRun_ = true; // one run at a time; the newest state is analysed next
        return;
    }
    std::shared_ptr<const model::Project> copy;
    if (document_->hasProject())
        copy = std::make_shared<const model::Project>(document_->project());
    ++started_;
    watcher_.setFuture(QtConcurrent::run(analyse, std::move(copy), &document_->types(), generation_));
}

void AnalysisRunner::finished() {
    std::shared_ptr<AnalysisResult> result = watcher_.result();
    if (result && result->generation == generation_) {
        latest_ = std::move(result);
        ++published_;
        emit resultReady(latest_);
    } else {
        ++discarded_; // the document changed while it ran: a newer analysis follows
    }
    if (restartAfterRun_) {
        restartAfterRun_ = false;
        start();
    }
}

void AnalysisRunner::flush() {
    while (isPending()) {
        if (timer_.isActive() || !watcher_.isRunning())
            start();
        QEventLoop loop;
        connect(&watcher_, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
        loop.exec();
    }
}

} // namespace iiot::ui
