// Progress reporting and cancellation for long engine runs (solvers, simulation). Engines never
// print: they call report() with their fraction done and poll cancelled() at convenient points,
// returning a "cancelled" error when it becomes true. The caller (CLI or GUI worker thread) owns
// the flag and may set it from another thread.
#pragma once

#include <atomic>
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

private:
    ProgressFn progress_;
    const std::atomic<bool>* cancel_ = nullptr;
};

} // namespace iiot::model
