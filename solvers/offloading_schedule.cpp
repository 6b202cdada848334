#include "offloading_schedule.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace iiot::solvers {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

double runMs(double instructionsMi, double mips) {
    return instructionsMi / mips * 1000.0;
}

double transferMs(double dataKb, double rateBps) {
    if (dataKb <= 0)
        return 0;
    if (!(rateBps > 0))
        return kInf;
    return dataKb * 8000.0 / rateBps * 1000.0;
}

} // namespace

double uploadShareBps(const UploadResource& r, std::size_t k) {
    const double theta = 1.0 / static_cast<double>(std::max<std::size_t>(k, 1));
    if (r.shannon) {
        if (!(r.noise_w > 0))
            return r.signal_w > 0 ? kInf : 0.0;
        return theta * r.bandwidth_hz * std::log2(1.0 + r.signal_w / (theta * r.noise_w));
    }
    return r.capacity_bps * theta;
}

std::vector<double> taskPriorities(const OffloadInstance& inst, const std::vector<std::size_t>& tasks,
                                   double mu1, double mu2) {
    double sumT = 0, sumC = 0;
    for (const auto i : tasks) {
        sumT += inst.tasks[i].max_latency_ms;
        sumC += inst.tasks[i].instructions_mi;
    }
    std::vector<double> p;
    p.reserve(tasks.size());
    for (const auto i : tasks) {
        const double alpha = sumT > 0 ? inst.tasks[i].max_latency_ms / sumT : 0.0;
        const double beta = sumC > 0 ? inst.tasks[i].instructions_mi / sumC : 0.0;
        p.push_back(mu1 * alpha + mu2 * beta);
    }
    return p;
}

OffloadSchedule::OffloadSchedule(const OffloadInstance& inst, QueueOrder order, double mu1, double mu2)
    : inst_(inst), order_(order), mu1_(mu1), mu2_(mu2) {
    count_.assign(inst.resource_count, 0);
    std::size_t elements = 0;
    for (const auto& t : inst.tasks)
        elements = std::max(elements, t.element + 1);
    localBusy_.assign(elements, 0.0);
    members_.resize(inst.edges.size());
}

const UploadRoute& OffloadSchedule::route(std::size_t task, ComputingMode mode) const {
    const auto& t = inst_.tasks[task];
    return mode == ComputingMode::Edge ? *t.edge : *t.cloud;
}

double OffloadSchedule::aloneDelayMs(std::size_t task, ComputingMode mode) const {
    const auto& t = inst_.tasks[task];
    switch (mode) {
    case ComputingMode::Local:
        return t.hasLocal() ? runMs(t.instructions_mi, t.local_mips) : kInf;
    case ComputingMode::Edge:
    case ComputingMode::Cloud: {
        if ((mode == ComputingMode::Edge && !t.hasEdge()) || (mode == ComputingMode::Cloud && !t.hasCloud()))
            return kInf;
        const auto& r = route(task, mode);
        double rate = kInf;
        for (const auto& res : r.resources)
            rate = std::min(rate, uploadShareBps(res, 1));
        const auto& server = mode == ComputingMode::Edge ? inst_.edges[r.server] : inst_.clouds[r.server];
        return transferMs(t.data_kb, rate) + r.latency_ms + runMs(t.instructions_mi, server.mips_per_core);
    }
    }
    return kInf;
}

void OffloadSchedule::evaluate(const std::vector<ComputingMode>& modes, std::vector<TaskTiming>& out) {
    const std::size_t n = inst_.tasks.size();
    out.assign(n, TaskTiming{});

    // K per resource: offloaded tasks whose route uses it (once per task).
    for (std::size_t i = 0; i < n; ++i)
        if (modes[i] != ComputingMode::Local)
            for (const auto r : route(i, modes[i]).distinct)
                ++count_[r];

    for (auto& m : members_)
        m.clear();
    for (std::size_t i = 0; i < n; ++i) {
        const auto& t = inst_.tasks[i];
        auto& timing = out[i];
        if (modes[i] == ComputingMode::Local) {
            // Local tasks of one element run one after another in task order.
            const double run = runMs(t.instructions_mi, t.local_mips);
            timing.wait_ms = localBusy_[t.element];
            timing.delay_ms = timing.wait_ms + run;
            localBusy_[t.element] = timing.delay_ms;
            continue;
        }
        const auto& r = route(i, modes[i]);
        double rate = kInf;
        for (const auto& res : r.resources)
            rate = std::min(rate, uploadShareBps(res, count_[res.resource]));
        timing.upload_ms = transferMs(t.data_kb, rate) + r.latency_ms;
        if (modes[i] == ComputingMode::Cloud)
            timing.delay_ms =
                timing.upload_ms + runMs(t.instructions_mi, inst_.clouds[r.server].mips_per_core);
        else
            members_[r.server].push_back(i);
    }
    for (const auto& m : members_)
        if (!m.empty())
            runEdgeServer(m, out);

    // Reset the scratch state touched above.
    for (std::size_t i = 0; i < n; ++i) {
        if (modes[i] != ComputingMode::Local)
            for (const auto r : route(i, modes[i]).distinct)
                count_[r] = 0;
        localBusy_[inst_.tasks[i].element] = 0;
    }
}

// Work-conserving, non-preemptive: whenever a core is free it starts, among the tasks that have
// arrived, the first in queue order (smallest key, then task order); with none arrived it idles
// until the next arrival.
void OffloadSchedule::runEdgeServer(const std::vector<std::size_t>& members, std::vector<TaskTiming>& out) {
    const auto server = route(members.front(), ComputingMode::Edge).server;
    const auto& spec = inst_.edges[server];
    const auto priorities = taskPriorities(inst_, members, mu1_, mu2_);

    arrivals_.clear();
    for (std::size_t k = 0; k < members.size(); ++k) {
        const auto i = members[k];
        out[i].priority = priorities[k];
        arrivals_.push_back({out[i].upload_ms, i});
    }
    const auto byKey = [](const Queued& a, const Queued& b) {
        return a.key != b.key ? a.key < b.key : a.task < b.task;
    };
    std::stable_sort(arrivals_.begin(), arrivals_.end(), byKey);
    // Queue key per task: its arrival (FIFO) or its priority.
    const auto queueKey = [&](std::size_t task, std::size_t k) {
        return order_ == QueueOrder::Arrival ? out[task].upload_ms : priorities[k];
    };
    // members is in task order, so a task's position is found by bisection.
    const auto memberIndex = [&](std::size_t task) {
        return static_cast<std::size_t>(std::lower_bound(members.begin(), members.end(), task) -
                                        members.begin());
    };

    cores_.assign(static_cast<std::size_t>(spec.cores), 0.0); // free times; a min-heap
    const auto laterFree = std::greater<double>();
    ready_.clear();
    const auto worseReady = [&](const Queued& a, const Queued& b) { return byKey(b, a); };
    std::size_t next = 0;
    for (std::size_t started = 0; started < members.size(); ++started) {
        double now = cores_.front();
        if (ready_.empty() && next < arrivals_.size() && arrivals_[next].key > now)
            now = arrivals_[next].key; // idle until the next arrival
        while (next < arrivals_.size() && arrivals_[next].key <= now) {
            const auto task = arrivals_[next].task;
            ready_.push_back({queueKey(task, memberIndex(task)), task});
            std::push_heap(ready_.begin(), ready_.end(), worseReady);
            ++next;
        }
        std::pop_heap(ready_.begin(), ready_.end(), worseReady);
        const auto task = ready_.back().task;
        ready_.pop_back();
        const double run = runMs(inst_.tasks[task].instructions_mi, spec.mips_per_core);
        out[task].wait_ms = now - out[task].upload_ms;
        out[task].delay_ms = now + run;
        std::pop_heap(cores_.begin(), cores_.end(), laterFree);
        cores_.back() = now + run;
        std::push_heap(cores_.begin(), cores_.end(), laterFree);
    }
}

} // namespace iiot::solvers
