// Runs one engine call (a solver or a simulation) on a worker thread, so the window stays live:
// progress arrives as a signal on the GUI thread (throttled), cancel() sets the flag the engine
// polls through its RunControl, and an exception thrown by the engine becomes failed() instead of
// a crash. The work function owns whatever it reads (a copy of the project), so the document may
// change or close meanwhile; the destructor cancels and waits.
#pragma once

#include "model/run_control.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <atomic>
#include <cstddef>
#include <functional>
#include <memory>

namespace iiot::ui {

class EngineJob : public QObject {
    Q_OBJECT

public:
    using Work = std::function<void(const model::RunControl&)>;

    explicit EngineJob(QObject* parent = nullptr);
    ~EngineJob() override;

    // Memory the run may use (0: no limit); passed on to the engine through its RunControl.
    // Starts as defaultMemoryBudget().
    void setMemoryBudget(std::size_t bytes) { memoryBudget_ = bytes; }
    std::size_t memoryBudget() const { return memoryBudget_; }
    // The setting "engines/memoryBudgetMb" when present, else half the machine's physical memory.
    static std::size_t defaultMemoryBudget();
    // Starts the work; false (and nothing started) while another run is going.
    bool start(Work work);
    bool isRunning() const { return watcher_.isRunning(); }
    bool wasCancelled() const { return cancel_->load(); }
    // Blocks until the run ends and its signals were sent (tests, batch use).
    void waitForFinished();

public slots:
    void cancel();

signals:
    void started();
    // Fraction done in [0, 1], at most every kProgressIntervalMs and on every whole percent.
    void progress(double fraction);
    // The work returned; `cancelled` when it stopped because cancel() was called.
    void finished(bool cancelled);
    // The work threw; the message says what happened.
    void failed(const QString& message);

private:
    void workDone();

    QFutureWatcher<QString> watcher_;
    std::shared_ptr<std::atomic<bool>> cancel_;
    std::size_t memoryBudget_ = 0;
};

} // namespace iiot::ui
