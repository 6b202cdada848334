#include "engine_job.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>
#include <exception>
#include <mutex>

#include <unistd.h>

namespace iiot::ui {

namespace {

constexpr qint64 kProgressIntervalMs = 50;

// Decides on the worker thread which progress values are worth a queued signal: a run may report
// thousands of times a second and the GUI only needs to see it move.
class ProgressThrottle {
public:
    bool admit(double fraction) {
        const std::lock_guard lock(mutex_);
        const int percent = static_cast<int>(std::lround(fraction * 100.0));
        if (percent == lastPercent_ && clock_.isValid() && clock_.elapsed() < kProgressIntervalMs)
            return false;
        lastPercent_ = percent;
        clock_.start();
        return true;
    }

private:
    std::mutex mutex_;
    int lastPercent_ = -1;
    QElapsedTimer clock_;
};

} // namespace

EngineJob::EngineJob(QObject* parent)
    : QObject(parent), cancel_(std::make_shared<std::atomic<bool>>(false)),
      memoryBudget_(defaultMemoryBudget()) {
    connect(&watcher_, &QFutureWatcher<QString>::finished, this, &EngineJob::workDone);
}

EngineJob::~EngineJob() {
    cancel_->store(true);
    watcher_.disconnect(this);
    watcher_.waitForFinished();
}

bool EngineJob::start(Work work) {
    if (isRunning())
        return false;
    // A fresh flag per run: a late cancel of the previous run must not stop this one.
    cancel_ = std::make_shared<std::atomic<bool>>(false);
    auto throttle = std::make_shared<ProgressThrottle>();
    QPointer<EngineJob> self(this);
    auto report = [self, throttle](double fraction) {
        if (!throttle->admit(fraction))
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, fraction] {
                if (self)
                    emit self->progress(fraction);
            },
            Qt::QueuedConnection);
    };
    model::RunControl control(report, cancel_.get());
    control.setMemoryBudget(memoryBudget_);
    // The flag is shared with the worker so it outlives this object if need be.
    watcher_.setFuture(QtConcurrent::run([work = std::move(work), control, flag = cancel_]() -> QString {
        try {
            work(control);
            return {};
        } catch (const std::bad_alloc&) {
            return tr("The run ran out of memory and was stopped.");
        } catch (const std::exception& e) {
            return QString::fromUtf8(e.what());
        }
    }));
    emit started();
    return true;
}

void EngineJob::waitForFinished() {
    watcher_.waitForFinished();
    // Progress and the watcher's finished signal are queued: deliver them, in that order.
    QCoreApplication::sendPostedEvents(this);
    QCoreApplication::sendPostedEvents(&watcher_);
}

std::size_t EngineJob::defaultMemoryBudget() {
    constexpr std::size_t kMiB = std::size_t{1} << 20;
    bool ok = false;
    const qlonglong mb = QSettings().value(QStringLiteral("engines/memoryBudgetMb")).toLongLong(&ok);
    if (ok && mb >= 0)
        return static_cast<std::size_t>(mb) * kMiB;
    const long pages = sysconf(_SC_PHYS_PAGES);
    const long pageSize = sysconf(_SC_PAGESIZE);
    if (pages <= 0 || pageSize <= 0)
        return 0;
    return static_cast<std::size_t>(pages) * static_cast<std::size_t>(pageSize) / 2;
}

void EngineJob::cancel() {
    cancel_->store(true);
}

void EngineJob::workDone() {
    const QString error = watcher_.result();
    if (!error.isEmpty())
        emit failed(error);
    else
        emit finished(cancel_->load());
}

} // namespace iiot::ui
