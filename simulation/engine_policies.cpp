// Orchestration policies: where a task runs, from estimates of upload, queueing and run time.
#include "engine_core.h"

#include <algorithm>

namespace iiot::sim::detail {

Way Engine::wayOf(std::uint32_t device, std::uint32_t route) const {
    const Step& st = routes_[route].step[device];
    Way w;
    w.latency = st.latency;
    w.route = route;
    w.dest = st.root;
    w.lane = st.lane;
    if (st.root != device) {
        w.firstHop = st.resource;
        w.via = st.next;
    }
    return w;
}

// The resources from the device to the destination: the device's own hop, then those of the
// elements on the way (shared by many devices, so usually in cache).
std::size_t Engine::pathOf(const Way& way, std::uint32_t* out, bool reverse) const {
    if (way.firstHop == kNone)
        return 0;
    const Route& r = routes_[way.route];
    const std::uint32_t channelBase = static_cast<std::uint32_t>(2 * router_.linkCount());
    // The result comes back over the other direction of each link; a shared channel is one resource.
    auto hop = [&](std::uint32_t res) { return reverse && res < channelBase ? (res ^ 1u) : res; };
    std::size_t hops = 0;
    out[hops++] = hop(way.firstHop);
    for (std::uint32_t v = way.via; v != way.dest; v = r.step[v].next)
        out[hops++] = hop(r.step[v].resource);
    return hops;
}

double Engine::estimate(const Way& way, double dataBits, double instr) {
    const Node& node = nodes_[way.dest];
    std::array<std::uint32_t, kMaxHops> path;
    const std::size_t hops = pathOf(way, path.data(), false);
    double up = way.latency;
    if (dataBits > 0 && hops > 0)
        up += dataBits / network_.shareFor(path.data(), hops);
    return up + waitEstimate(node) + instr / node.mips;
}

bool Engine::choose(const Task& task, const AppInfo& app, double dataBits, Way& way) {
    const std::uint32_t device = task.device;
    way = Way{};
    if (!app.offloadable || config_.policy == Policy::Local) {
        way.dest = device;
        return nodes_[device].computes();
    }
    auto via = [&](std::uint32_t ri) {
        if (ri == kNone || routes_[ri].root(device) == kNone)
            return false;
        way = wayOf(device, ri);
        return true;
    };
    switch (config_.policy) {
    case Policy::EdgeOnly:
        return via(nearestEdge_);
    case Policy::CloudOnly:
        return via(nearestCloud_);
    case Policy::EdgeCloud: {
        // Candidates in ascending path latency: latency + run time at the fastest candidate bounds
        // an estimate from below, so the scan stops once no remaining candidate can win.
        // The first hop's share bounds the upload time from below as well.
        const std::uint32_t di = task.deviceIndex;
        const double floor = task.instr / maxCandidateMips_;
        double best = kInf;
        const SortedCandidate* chosen = nullptr;
        for (std::uint32_t k = sortedBegin_[di]; k < sortedBegin_[di + 1]; ++k) {
            const SortedCandidate& c = sorted_[k];
            if (c.way.latency + floor > best)
                break;
            if (c.way.firstHop != kNone &&
                c.way.latency + floor + dataBits / network_.shareNext(c.way.firstHop) > best)
                continue;
            const double e = estimate(c.way, dataBits, task.instr);
            if (e < best || (e == best && (chosen == nullptr || c.rank < chosen->rank))) {
                best = e;
                chosen = &c;
            }
        }
        if (chosen == nullptr)
            return false;
        way = chosen->way;
        return true;
    }
    case Policy::RoundRobin: {
        Device& d = devices_[task.deviceIndex];
        const std::size_t n = candidates_.size();
        for (std::size_t k = 0; k < n; ++k) {
            const std::uint32_t ri = candidates_[(d.roundRobin + k) % n];
            if (routes_[ri].root(device) != kNone) {
                d.roundRobin = static_cast<std::uint32_t>((d.roundRobin + k + 1) % n);
                return via(ri);
            }
        }
        return false;
    }
    case Policy::CmsAstp: {
        // MODELS.md section 5's mode choice for one task given the current state: the least
        // estimated delay among local, nearest edge and nearest cloud; ties prefer that order.
        double best = kInf;
        const Node& own = nodes_[device];
        if (own.computes()) {
            best = waitEstimate(own) + task.instr / own.mips;
            way.dest = device;
        }
        for (std::uint32_t ri : {nearestEdge_, nearestCloud_}) {
            if (ri == kNone || routes_[ri].root(device) == kNone)
                continue;
            const Way w = wayOf(device, ri);
            const double e = estimate(w, dataBits, task.instr);
            if (e < best) {
                best = e;
                way = w;
            }
        }
        return best < kInf;
    }
    default:
        return false;
    }
}

// Expected wait for a core, as a fluid estimate: the waiting work plus what the running tasks have
// left, spread over all cores; no wait while a core is free.
double Engine::waitEstimate(const Node& node) const {
    if (node.busy < node.cores)
        return 0;
    const double running = std::max(0.0, node.sumEnd - node.busy * now_) * node.mips;
    return (node.waitingMi + running) / (node.cores * node.mips);
}

} // namespace iiot::sim::detail
