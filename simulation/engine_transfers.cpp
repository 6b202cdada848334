// Moving a task's data and result along its route, and the range check of moving devices.
#include "engine_core.h"

#include <cmath>

namespace iiot::sim::detail {

bool Engine::inRange(const Task& task) {
    if (!config_.mobility)
        return true;
    Device& d = devices_[task.deviceIndex];
    if (!d.mobile)
        return true;
    double x = 0, y = 0;
    d.way.at(now_, d.rng, config_.area_m.x, config_.area_m.y, config_.mobility->speed_mps.value_or(0), x, y);
    const auto& ap = positions_[d.accessPoint];
    return std::hypot(x - ap.x, y - ap.y) <= config_.mobility->range_m.value_or(kInf);
}

void Engine::send(std::uint32_t t, double bits, bool reverse) {
    Task& task = tasks_[t];
    if (!inRange(task)) {
        fail(t, kMobility);
        return;
    }
    std::array<std::uint32_t, kMaxHops> path;
    const Way way{task.latency, task.route, task.dest, task.firstHop, task.via};
    const std::size_t hops = pathOf(way, path.data(), reverse);
    const double latency = task.latency;
    if (bits > 0 && hops > 0) {
        network_.start(now_, t, path.data(), hops, bits, latency);
        return;
    }
    scheduleDelivery(t, latency);
}

void Engine::transferDone() {
    std::uint32_t t = 0;
    double latency = 0;
    network_.finishNext(now_, t, latency);
    scheduleDelivery(t, latency);
}

void Engine::scheduleDelivery(std::uint32_t t, double latency) {
    if (latency <= 0) {
        deliver(t);
        return;
    }
    if (const std::uint32_t lane = tasks_[t].lane; lane != kNone)
        events_.pushLane(lane, now_ + latency, kDeliver, t);
    else
        events_.push(now_ + latency, kDeliver, t);
}

void Engine::deliver(std::uint32_t t) {
    Task& task = tasks_[t];
    if (!inRange(task)) {
        fail(t, kMobility);
        return;
    }
    if (task.phase == kUpload)
        enqueue(t);
    else
        complete(t);
}

} // namespace iiot::sim::detail
