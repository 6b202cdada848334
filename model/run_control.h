// Progress reporting and cancellation for long engine runs (solvers, simulation). Engines never
// print: they call report() with their fraction done and poll cancelled() at convenient points,
// returning a "cancelled" error when it becomes true. The caller (CLI or GUI worker thread) owns
// the flag and may set it from another thread.
#pragma once

#include <atomic>
#include <cstddef>
#include <functional>

namespace iiot::model {

class RunControl {
public:
    using ProgressFn = std::function<void(double fraction)>;

    RunControl() = default;
    RunControl(ProgressFn progress, const std::atomic<bool>* cancel)
        : progress_(std::move(progress)), cancel_(cancel) {}

    // fraction in [0, 1]; cheap to call often (callers should still not call it per event).
    void report(double fraction) const {
        if (progress_)
            progress_(fraction);
    }
    bool cancelled() const { return cancel_ != nullptr && cancel_->load(std::memory_order_relaxed); }

    // The most memory, in bytes, a run may hold for its own state (0: no limit). Engines estimate
    // what they are about to allocate and stop with a "memory budget" error instead of exhausting
    // the machine: a run must never take the application down with it.
    void setMemoryBudget(std::size_t bytes) { memoryBudget_ = bytes; }
    std::size_t memoryBudget() const { return memoryBudget_; }
    bool exceedsBudget(std::size_t bytes) const { return memoryBudget_ != 0 && bytes > memoryBudget_; }

private:
    ProgressFn progress_;
    const std::atomic<bool>* cancel_ = nullptr;
    std::size_t memoryBudget_ = 0;
};

} // namespace iiot::model
