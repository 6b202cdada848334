// Keeps validation and coverage of the open project up to date without blocking the GUI.
//
// Every change notification of the document bumps a generation counter and restarts a short
// debounce timer. When it fires, the project is copied and analysed on a worker thread; a result
// is published only when no change happened since its copy was taken, so stale results never
// reach the panels. At most one analysis runs at a time: a change during a run is analysed right
// after it. The worker owns its copy, so the document may change or go away meanwhile.
#pragma once

#include "analysis_result.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <memory>

namespace iiot::ui {

class Document;

class AnalysisRunner : public QObject {
    Q_OBJECT

public:
    static constexpr int kDefaultDelayMs = 300;

    explicit AnalysisRunner(Document* document, QObject* parent = nullptr);
    // Waits for a running analysis (its result is dropped): the worker must not outlive the
    // catalogue and type library it reads.
    ~AnalysisRunner() override;

    void setDelay(int ms) { timer_.setInterval(ms); }
    int delay() const { return timer_.interval(); }

    // Bumped by every document change.
    quint64 generation() const { return generation_; }
    // The last published result, or null before the first one.
    std::shared_ptr<const AnalysisResult> latest() const { return latest_; }
    // True from a change until the result describing it is published.
    bool isPending() const;
    bool isRunning() const { return watcher_.isRunning(); }
    // Number of analyses started, published and dropped as stale (tests and diagnostics).
    int startedCount() const { return started_; }
    int publishedCount() const { return published_; }
    int discardedCount() const { return discarded_; }

public slots:
    // A change was made: analyse after the debounce delay.
    void schedule();
    // Blocks until the result for the current generation is published (screenshots, tests).
    void flush();

signals:
    // The document changed: a result describing it is on its way.
    void analysisScheduled();
    // A result that describes the document as it is now.
    void resultReady(std::shared_ptr<const AnalysisResult> result);

private:
    void start();
    void finished();

    Document* document_;
    QTimer timer_;
    QFutureWatcher<std::shared_ptr<AnalysisResult>> watcher_;
    quint64 generation_ = 0;
    bool restartAfterRun_ = false;
    std::shared_ptr<const AnalysisResult> latest_;
    int started_ = 0;
    int published_ = 0;
    int discarded_ = 0;
};

} // namespace iiot::ui
