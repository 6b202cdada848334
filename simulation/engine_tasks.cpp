// A task's lifecycle: generation, queueing and running at its destination, and its one outcome.
#include "engine_core.h"

#include <algorithm>

namespace iiot::sim::detail {

std::uint32_t Engine::newTask() {
    if (!freeTasks_.empty()) {
        const std::uint32_t t = freeTasks_.back();
        freeTasks_.pop_back();
        return t;
    }
    tasks_.emplace_back();
    return static_cast<std::uint32_t>(tasks_.size() - 1);
}

bool Engine::batteryDead(std::uint32_t device) const {
    if (config_.battery_j <= 0)
        return false;
    const Node& node = nodes_[device];
    const double busy = node.cores > 0 ? node.busySeconds / node.cores : 0;
    return node.idleW * now_ + (node.maxW - node.idleW) * busy >= config_.battery_j;
}

void Engine::generate(std::uint32_t g) {
    Generator& gen = generators_[g];
    const AppInfo& app = apps_[gen.app];
    // Draw order is fixed (next arrival, data, result, instructions) so a seed replays exactly.
    // g is the arrival heap's top: give it its next arrival (or remove it).
    if (app.arrival == model::ArrivalType::Poisson)
        arrivals_.replaceTop(now_ + gen.rng.exponential(1 / app.rate));
    else if (app.arrival == model::ArrivalType::Periodic)
        arrivals_.replaceTop(now_ + app.period);
    else
        arrivals_.replaceTop(kInf);
    const std::uint32_t t = newTask();
    Task& task = tasks_[t];
    const double dataBits = std::max(0.0, gen.rng.sample(app.data)) * kBitsPerKb;
    task.resultBits = std::max(0.0, gen.rng.sample(app.result)) * kBitsPerKb;
    task.instr = std::max(0.0, gen.rng.sample(app.instr));
    task.generated = now_;
    task.app = gen.app;
    task.device = gen.element;
    task.deviceIndex = gen.device;
    task.next = kNone;
    task.phase = kUpload;
    task.counted = now_ >= config_.warmup_s;
    ++sampleGenerated_;
    if (task.counted) {
        ++result_.tasks;
        ++appCounters_[gen.app].tasks;
        ++inSystem_;
    }
    if (batteryDead(task.device)) {
        devices_[task.deviceIndex].dead = true;
        fail(t, kDeviceDead);
        return;
    }
    Way way;
    if (!choose(task, app, dataBits, way)) {
        fail(t, kNoDestination);
        return;
    }
    Node& node = nodes_[way.dest];
    if (node.ramFree < app.container) {
        fail(t, kInsufficient);
        return;
    }
    node.ramFree -= app.container;
    task.dest = way.dest;
    task.route = way.route;
    task.latency = way.latency;
    task.firstHop = way.firstHop;
    task.via = way.via;
    task.lane = way.lane;
    if (way.dest == task.device) {
        enqueue(t);
        return;
    }
    send(t, dataBits, false);
}

void Engine::enqueue(std::uint32_t t) {
    Task& task = tasks_[t];
    task.phase = kAtDestination;
    Node& node = nodes_[task.dest];
    node.pendingMi += task.instr;
    node.sumDeadline += deadlineWeight(task);
    if (node.busy < node.cores) {
        startRun(t);
        return;
    }
    node.waitingMi += task.instr;
    task.next = kNone;
    if (node.tail == kNone)
        node.head = t;
    else
        tasks_[node.tail].next = t;
    node.tail = t;
}

void Engine::startRun(std::uint32_t t) {
    const Task& task = tasks_[t];
    Node& node = nodes_[task.dest];
    ++node.busy;
    if (node.tier != kNoTier)
        ++tierBusy_[node.tier];
    const double runtime = task.instr / node.mips;
    node.sumEnd += now_ + runtime;
    node.busySeconds += std::min(runtime, std::max(0.0, config_.duration_s - now_));
    events_.push(now_ + runtime, kCoreDone, t);
}

void Engine::coreDone(std::uint32_t t) {
    Task& task = tasks_[t];
    Node& node = nodes_[task.dest];
    --node.busy;
    if (node.tier != kNoTier)
        --tierBusy_[node.tier];
    node.sumEnd = node.busy > 0 ? node.sumEnd - now_ : 0;
    node.pendingMi -= task.instr;
    node.sumDeadline -= deadlineWeight(task);
    node.ramFree += apps_[task.app].container;
    if (node.head != kNone) {
        const std::uint32_t next =
            config_.policy == Policy::CmsAstp ? dequeueByPriority(node) : dequeueFirst(node);
        node.waitingMi = node.head != kNone ? node.waitingMi - tasks_[next].instr : 0;
        startRun(next);
    }
    if (task.dest == task.device) {
        complete(t);
        return;
    }
    task.phase = kDownload;
    send(t, task.resultBits, true);
}

double Engine::deadlineWeight(const Task& task) const {
    return std::min(apps_[task.app].deadline, config_.duration_s);
}

std::uint32_t Engine::dequeueFirst(Node& node) {
    const std::uint32_t t = node.head;
    node.head = tasks_[t].next;
    if (node.head == kNone)
        node.tail = kNone;
    return t;
}

// Smallest p = mu1 alpha + mu2 beta over the waiting tasks, alpha and beta normalised over the tasks
// at the node (MODELS.md section 5, mu1 = 0.7, mu2 = 0.3); ties keep arrival order.
std::uint32_t Engine::dequeueByPriority(Node& node) {
    constexpr double mu1 = 0.7, mu2 = 0.3;
    const double a = node.sumDeadline > 0 ? mu1 / node.sumDeadline : 0;
    const double b = node.pendingMi > 0 ? mu2 / node.pendingMi : 0;
    std::uint32_t best = node.head, bestPrev = kNone;
    double bestP = kInf;
    for (std::uint32_t prev = kNone, t = node.head; t != kNone; prev = t, t = tasks_[t].next) {
        const double p = a * deadlineWeight(tasks_[t]) + b * tasks_[t].instr;
        if (p < bestP) {
            bestP = p;
            best = t;
            bestPrev = prev;
        }
    }
    const std::uint32_t after = tasks_[best].next;
    if (bestPrev == kNone)
        node.head = after;
    else
        tasks_[bestPrev].next = after;
    if (node.tail == best)
        node.tail = bestPrev;
    return best;
}

void Engine::release(std::uint32_t t) {
    Task& task = tasks_[t];
    if (task.counted)
        --inSystem_;
    task.phase = kFree;
    freeTasks_.push_back(t);
}

void Engine::complete(std::uint32_t t) {
    Task& task = tasks_[t];
    const double delay = now_ - task.generated;
    ++sampleFinished_;
    if (task.counted) {
        AppCounters& c = appCounters_[task.app];
        ++c.finished;
        c.delays.push_back(delay * 1000);
        if (delay <= apps_[task.app].deadline)
            ++c.succeeded;
        else
            ++c.failures.latency;
        sojournSum_ += delay;
        ++sojournCount_;
    }
    release(t);
}

void Engine::fail(std::uint32_t t, Reason reason) {
    Task& task = tasks_[t];
    ++sampleFailed_;
    if (task.counted) {
        Failures& f = appCounters_[task.app].failures;
        switch (reason) {
        case kLatency:
            ++f.latency;
            break;
        case kNoDestination:
            ++f.no_destination;
            break;
        case kInsufficient:
            ++f.insufficient_resources;
            break;
        case kMobility:
            ++f.mobility;
            break;
        case kDeviceDead:
            ++f.device_dead;
            break;
        }
        sojournSum_ += now_ - task.generated;
        ++sojournCount_;
    }
    if (reason == kMobility && task.phase == kUpload)
        nodes_[task.dest].ramFree += apps_[task.app].container;
    release(t);
}

} // namespace iiot::sim::detail
