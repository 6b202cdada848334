// The event loop of one run: task arrivals, transfer completions and timed events in time order.
#include "engine_core.h"

#include <algorithm>
#include <chrono>
#include <new>

namespace iiot::sim {

namespace detail {

std::optional<RunResult> Engine::run(const ProgressSlice& progress, std::string& error) {
    const auto wallStart = std::chrono::steady_clock::now();
    const double duration = config_.duration_s;
    const double warmup = std::clamp(config_.warmup_s, 0.0, duration);
    events_.clear();
    events_.setLanes(laneOf_.size());
    events_.reserve(1024);
    arrivals_.clear();
    // First arrivals: Poisson after an exponential gap, periodic at a random phase, once at warm-up.
    for (std::uint32_t g = 0; g < generators_.size(); ++g) {
        Generator& gen = generators_[g];
        const AppInfo& app = apps_[gen.app];
        double first = warmup;
        if (app.arrival == model::ArrivalType::Poisson)
            first = gen.rng.exponential(1 / app.rate);
        else if (app.arrival == model::ArrivalType::Periodic)
            first = gen.rng.uniform(0, app.period);
        arrivals_.push(first, g);
    }
    if (warmup > 0)
        events_.push(warmup, kWarmup, 0);
    // One sample event pending at a time; sample k falls at k x interval exactly.
    const double interval = config_.sample_interval_s;
    if (interval > 0 && interval <= duration)
        events_.push(interval, kSample, 1);
    long long processed = 0;
    for (;;) {
        // Three sources: events, task arrivals and transfer completions (each its own heap); on
        // equal times they are taken in that order.
        const double transferAt = network_.nextFinish();
        const double arrivalAt = arrivals_.topTime();
        const double eventAt = events_.empty() ? kInf : events_.top().time;
        const double at = std::min({transferAt, arrivalAt, eventAt});
        if (at > duration)
            break;
        advance(at);
        now_ = at;
        ++processed;
        if (eventAt > at && arrivalAt == at) {
            generate(arrivals_.topGenerator());
        } else if (eventAt > at) {
            transferDone();
        } else {
            const Event e = events_.pop();
            switch (e.type) {
            case kDeliver:
                deliver(e.subject);
                break;
            case kCoreDone:
                coreDone(e.subject);
                break;
            case kSample:
                sample();
                if (const double next = (e.subject + 1) * interval; next <= duration * (1 + 1e-12))
                    events_.push(std::min(next, duration), kSample, e.subject + 1);
                break;
            case kWarmup:
                cpuAtWarmup_ = cpuArea_;
                bitsAtWarmup_ = bits_;
                break;
            default:
                break;
            }
        }
        if ((processed & 0xFFFF) == 0 && progress.control) {
            if (progress.control->cancelled()) {
                error = "cancelled";
                return std::nullopt;
            }
            if (!fitsNow(error))
                return std::nullopt;
            progress.control->report(progress.base + progress.span * now_ / duration);
        }
    }
    advance(duration);
    now_ = duration;
    countUnfinished();
    RunResult r = finish(warmup, processed);
    r.wall_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - wallStart).count();
    if (progress.control)
        progress.control->report(progress.base + progress.span);
    return r;
}

} // namespace detail

std::optional<RunResult> simulateRun(const model::Project& project, const model::TypeLibrary& types,
                                     const RunConfig& config, const ProgressSlice& progress,
                                     std::string& error) {
    if (!detail::Engine::fitsProject(project, progress.control, error))
        return std::nullopt;
    // The budget checks keep a run within its budget; an allocation failing anyway (the machine
    // itself short of memory) still ends the run with an error value, never the process.
    try {
        detail::Engine engine(project, types, config, progress.control);
        if (!engine.setUp(error))
            return std::nullopt;
        return engine.run(progress, error);
    } catch (const std::bad_alloc&) {
        error = "out of memory while simulating " + std::to_string(project.elements.size()) + " elements";
        return std::nullopt;
    }
}

} // namespace iiot::sim
