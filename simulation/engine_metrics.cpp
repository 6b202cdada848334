// Metrics: time integrals of busy cores, carried bits and tasks in the system; the time series;
// the run's figures once it ends.
#include "engine_core.h"

#include "statistics.h"

namespace iiot::sim::detail {

void Engine::advance(double to) {
    const double dt = to - last_;
    if (dt <= 0)
        return;
    for (std::size_t k = 0; k < 3; ++k)
        cpuArea_[k] += tierBusy_[k] * dt;
    bits_[kLan] += network_.segmentRate(kLan) * dt;
    bits_[kWan] += network_.segmentRate(kWan) * dt;
    inSystemArea_ += static_cast<double>(inSystem_) * dt;
    last_ = to;
}

void Engine::sample() {
    Sample s;
    s.time_s = now_;
    const double dt = now_ - lastSample_;
    if (dt > 0) {
        for (std::size_t k = 0; k < 3; ++k)
            s.cpu[k] = tierCores_[k] > 0 ? (cpuArea_[k] - cpuAtSample_[k]) / (tierCores_[k] * dt) : 0;
        for (std::size_t k = 0; k < 2; ++k) {
            const double cap = network_.segmentCapacity(k);
            s.network[k] = cap > 0 ? (bits_[k] - bitsAtSample_[k]) / (cap * dt) : 0;
        }
    }
    s.generated = sampleGenerated_;
    s.finished = sampleFinished_;
    s.failed = sampleFailed_;
    result_.series.push_back(s);
    if (config_.on_sample) {
        SampleRow& row = config_.sample_row;
        row.policy = config_.policy;
        row.seed = config_.seed;
        row.devices = static_cast<long long>(devices_.size());
        row.sample = s;
        config_.on_sample(row);
    }
    cpuAtSample_ = cpuArea_;
    bitsAtSample_ = bits_;
    lastSample_ = now_;
    sampleGenerated_ = sampleFinished_ = sampleFailed_ = 0;
}

void Engine::countUnfinished() {
    // Tasks still in the system: late ones have failed by latency, the others are unfinished.
    for (std::uint32_t t = 0; t < tasks_.size(); ++t) {
        Task& task = tasks_[t];
        if (task.phase == kFree || !task.counted)
            continue;
        AppCounters& c = appCounters_[task.app];
        if (now_ - task.generated > apps_[task.app].deadline)
            ++c.failures.latency;
        else
            ++c.unfinished;
        sojournSum_ += now_ - task.generated;
        ++sojournCount_;
    }
}

RunResult Engine::finish(double warmup, long long processed) {
    const double duration = config_.duration_s;
    RunResult& r = result_;
    r.policy = config_.policy;
    r.seed = config_.seed;
    r.devices = static_cast<long long>(devices_.size());
    r.events = processed;
    r.simulated_s = duration;
    std::vector<double> all;
    std::size_t total = 0;
    for (const auto& c : appCounters_)
        total += c.delays.size();
    all.reserve(total);
    for (std::size_t a = 0; a < appCounters_.size(); ++a) {
        AppCounters& c = appCounters_[a];
        ApplicationStats s;
        s.id = project_.applications[a].id;
        s.tasks = c.tasks;
        s.succeeded = c.succeeded;
        s.finished = c.finished;
        s.unfinished = c.unfinished;
        s.failures = c.failures;
        s.success_rate = c.tasks > 0 ? static_cast<double>(c.succeeded) / static_cast<double>(c.tasks) : 0;
        all.insert(all.end(), c.delays.begin(), c.delays.end());
        s.delay_ms = delayStats(c.delays);
        r.succeeded += c.succeeded;
        r.finished += c.finished;
        r.unfinished += c.unfinished;
        r.failures.latency += c.failures.latency;
        r.failures.no_destination += c.failures.no_destination;
        r.failures.insufficient_resources += c.failures.insufficient_resources;
        r.failures.mobility += c.failures.mobility;
        r.failures.device_dead += c.failures.device_dead;
        r.applications.push_back(std::move(s));
    }
    r.success_rate = r.tasks > 0 ? static_cast<double>(r.succeeded) / static_cast<double>(r.tasks) : 0;
    if (config_.keep_delays)
        r.delays_ms = all;
    r.delay_ms = delayStats(all);
    const double measured = duration - warmup;
    for (std::size_t k = 0; k < 3; ++k)
        r.cpu_utilization[k] = tierCores_[k] > 0 && measured > 0
                                   ? (cpuArea_[k] - cpuAtWarmup_[k]) / (tierCores_[k] * measured)
                                   : 0;
    for (std::size_t k = 0; k < 2; ++k) {
        const double cap = network_.segmentCapacity(k);
        r.network_utilization[k] =
            cap > 0 && measured > 0 ? (bits_[k] - bitsAtWarmup_[k]) / (cap * measured) : 0;
    }
    for (const auto& node : nodes_) {
        const double busy = node.cores > 0 ? node.busySeconds / node.cores : 0;
        r.energy_j += node.idleW * duration + (node.maxW - node.idleW) * busy;
    }
    if (measured > 0) {
        r.mean_tasks_in_system = inSystemArea_ / measured;
        r.throughput_per_s = static_cast<double>(sojournCount_) / measured;
    }
    r.mean_sojourn_s = sojournCount_ > 0 ? sojournSum_ / static_cast<double>(sojournCount_) : 0;
    return std::move(result_);
}

} // namespace iiot::sim::detail
