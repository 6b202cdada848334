// Set-up of a run: nodes, applications and their generators, tiers, the routes the policy needs,
// bottleneck resources and mobile devices.
#include "engine_core.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

namespace iiot::sim::detail {

namespace {

std::uint64_t fnv1a(const std::string& s, std::uint64_t h = 1469598103934665603ull) {
    for (unsigned char c : s) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

// Whether an application's tasks start at an element; the id and kind lists as hash sets, as an
// application may list a hundred thousand devices.
class GeneratedBySet {
public:
    explicit GeneratedBySet(const model::Application& a) {
        if (!a.generated_by)
            return;
        if (a.generated_by->kinds)
            kinds_.insert(a.generated_by->kinds->begin(), a.generated_by->kinds->end());
        if (a.generated_by->elements)
            ids_.insert(a.generated_by->elements->begin(), a.generated_by->elements->end());
    }
    bool contains(const model::Element& e) const { return kinds_.count(e.kind) > 0 || ids_.count(e.id) > 0; }

private:
    std::unordered_set<std::string> kinds_, ids_;
};

} // namespace

bool Engine::buildRoute(const solvers::RouteTree& tree, Route& out, std::string& error) {
    const std::size_t n = nodes_.size();
    out.step.assign(n, Step{});
    for (std::size_t v = 0; v < n; ++v) {
        if (!tree.reachable(v))
            continue;
        Step& st = out.step[v];
        st.root = static_cast<std::uint32_t>(tree.root(v));
        st.latency = tree.latencyMs(v) / 1000;
        if (deviceOf_[v] != kNone) {
            auto lane = laneOf_.find(st.latency);
            if (lane == laneOf_.end() && laneOf_.size() < kMaxLanes)
                lane = laneOf_.emplace(st.latency, static_cast<std::uint32_t>(laneOf_.size())).first;
            if (lane != laneOf_.end())
                st.lane = lane->second;
        }
        if (st.root != v) {
            st.next = static_cast<std::uint32_t>(tree.nextElement(v));
            st.resource = static_cast<std::uint32_t>(router_.resource(tree.nextHop(v)));
        }
        if (deviceOf_[v] != kNone && tree.hopCount(v) > kMaxHops) {
            error = "the route from '" + project_.elements[v].id + "' to '" + project_.elements[st.root].id +
                    "' has " + std::to_string(tree.hopCount(v)) + " hops; the simulation follows at most " +
                    std::to_string(kMaxHops);
            return false;
        }
    }
    return true;
}

bool Engine::setUp(std::string& error) {
    const auto& elements = project_.elements;
    const std::size_t n = elements.size();
    if (config_.duration_s <= 0 || !std::isfinite(config_.duration_s)) {
        error = "the duration must be a positive number of seconds";
        return false;
    }
    nodes_.resize(n);
    positions_.resize(n);
    deviceOf_.assign(n, kNone);
    for (std::size_t i = 0; i < n; ++i) {
        const auto& e = elements[i];
        auto& node = nodes_[i];
        if (e.compute) {
            node.cores = static_cast<std::uint32_t>(e.compute->cores.value_or(1));
            node.mips = e.compute->mips_per_core.value_or(0);
            if (e.compute->ram_mb)
                node.ramFree = *e.compute->ram_mb;
        }
        if (e.power) {
            node.idleW = e.power->idle_w.value_or(0);
            node.maxW = e.power->max_w.value_or(node.idleW);
        }
        if (e.position)
            positions_[i] = *e.position;
    }
    // Applications and generators, in project order; each generator has its own random stream.
    for (const auto& a : project_.applications) {
        AppInfo info;
        info.data = a.data_kb.value_or(model::Quantity::number(0));
        info.result = a.result_kb.value_or(model::Quantity::number(0));
        info.instr = a.instructions_mi.value_or(model::Quantity::number(0));
        if (a.max_latency_ms)
            info.deadline = *a.max_latency_ms / 1000;
        info.container = a.container_mb.value_or(0);
        info.offloadable = a.offloadable.value_or(true);
        if (a.arrival) {
            info.arrival = a.arrival->type;
            info.rate = a.arrival->rate_per_s.value_or(1);
            info.period = a.arrival->period_s.value_or(1);
        }
        if (!(info.rate > 0) || !(info.period > 0) || !std::isfinite(info.rate) ||
            !std::isfinite(info.period)) {
            error = "application '" + a.id + "' needs a positive arrival rate or period";
            return false;
        }
        apps_.push_back(info);
        appCounters_.emplace_back();
    }
    for (std::size_t ai = 0; ai < project_.applications.size(); ++ai) {
        const auto& a = project_.applications[ai];
        const GeneratedBySet by(a);
        for (std::size_t i = 0; i < n; ++i) {
            if (!by.contains(elements[i]))
                continue;
            const std::uint64_t key = fnv1a(a.id, fnv1a(elements[i].id + '\x1f'));
            if (deviceOf_[i] == kNone) {
                deviceOf_[i] = static_cast<std::uint32_t>(devices_.size());
                Device d(model::Random::stream(config_.seed ^ 0x6d6f62696c697479ull, fnv1a(elements[i].id)));
                d.element = static_cast<std::uint32_t>(i);
                devices_.push_back(d);
            }
            generators_.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(ai),
                                   deviceOf_[i], model::Random::stream(config_.seed, key)});
        }
    }
    // Tiers and capacity per tier.
    std::vector<std::size_t> edges, clouds;
    for (std::size_t i = 0; i < n; ++i) {
        const auto& kind = elements[i].kind;
        auto& node = nodes_[i];
        if (kind == "edge-server" || kind == "fog-node")
            node.tier = kEdge;
        else if (kind == "cloud")
            node.tier = kCloud;
        else if (const auto* k = types_.kind(kind);
                 deviceOf_[i] != kNone || (k && k->layer == model::ElementLayer::Device))
            node.tier = kLocal;
        if (node.tier != kNoTier && node.computes())
            tierCores_[node.tier] += node.cores;
        if (node.computes() && node.tier == kEdge)
            edges.push_back(i);
        if (node.computes() && node.tier == kCloud)
            clouds.push_back(i);
    }
    if (!fitsPlan(edges.size(), clouds.size(), error))
        return false;
    // Routes the policy needs.
    auto addRoute = [&](const solvers::RouteTree& tree) -> bool {
        routes_.emplace_back();
        return buildRoute(tree, routes_.back(), error);
    };
    const Policy p = config_.policy;
    if ((p == Policy::EdgeOnly || p == Policy::CmsAstp) && !edges.empty()) {
        nearestEdge_ = static_cast<std::uint32_t>(routes_.size());
        if (!addRoute(router_.treeToNearest(edges)))
            return false;
    }
    if ((p == Policy::CloudOnly || p == Policy::EdgeCloud || p == Policy::CmsAstp) && !clouds.empty()) {
        nearestCloud_ = static_cast<std::uint32_t>(routes_.size());
        if (!addRoute(router_.treeToNearest(clouds)))
            return false;
    }
    if (p == Policy::EdgeCloud || p == Policy::RoundRobin)
        for (std::size_t e : edges) {
            candidates_.push_back(static_cast<std::uint32_t>(routes_.size()));
            if (!addRoute(router_.treeTo(e)))
                return false;
        }
    if (p == Policy::EdgeCloud && nearestCloud_ != kNone)
        candidates_.push_back(nearestCloud_);
    if (p == Policy::RoundRobin)
        for (std::size_t c : clouds) {
            candidates_.push_back(static_cast<std::uint32_t>(routes_.size()));
            if (!addRoute(router_.treeTo(c)))
                return false;
        }
    if (p == Policy::EdgeCloud) {
        sortedBegin_.assign(devices_.size() + 1, 0);
        for (std::uint32_t ri : candidates_)
            for (const Step& st : routes_[ri].step)
                if (st.root != kNone)
                    maxCandidateMips_ = std::max(maxCandidateMips_, nodes_[st.root].mips);
        for (std::uint32_t di = 0; di < devices_.size(); ++di) {
            const std::uint32_t i = devices_[di].element;
            const auto first = sorted_.size();
            for (std::uint32_t k = 0; k < candidates_.size(); ++k) {
                const Route& r = routes_[candidates_[k]];
                if (r.root(i) != kNone)
                    sorted_.push_back({wayOf(i, candidates_[k]), k});
            }
            std::stable_sort(sorted_.begin() + static_cast<std::ptrdiff_t>(first), sorted_.end(),
                             [](const SortedCandidate& a, const SortedCandidate& b) {
                                 return a.way.latency < b.way.latency;
                             });
            sortedBegin_[di + 1] = static_cast<std::uint32_t>(sorted_.size());
        }
    }
    // Bottleneck resources: capacity and segment.
    const std::size_t links = router_.linkCount();
    std::vector<double> capacity(router_.resourceCount());
    segmentOf_.assign(router_.resourceCount(), kLan);
    for (std::size_t r = 0; r < capacity.size(); ++r) {
        const double mbps = router_.resourceCapacityMbps(r);
        capacity[r] = mbps > 0 && std::isfinite(mbps) ? mbps * 1e6 : kInf;
        // Wireless links on a shared channel carry nothing themselves (the channel does), and
        // unusable links carry nothing: neither counts toward a segment's capacity.
        if (r < 2 * links && (!router_.linkUsable(r / 2) || router_.channelOf(r / 2) != solvers::kNoIndex))
            segmentOf_[r] = kNoSegment;
        else if (r < 2 * links) {
            const auto& l = project_.links[r / 2];
            const std::size_t a = router_.hopTail({r / 2, solvers::LinkDirection::Forward});
            const std::size_t b = router_.hopHead({r / 2, solvers::LinkDirection::Forward});
            if (l.medium == "internet" || l.medium == "dedicated-line" || elements[a].kind == "cloud" ||
                elements[b].kind == "cloud")
                segmentOf_[r] = kWan;
        }
    }
    network_.init(std::move(capacity), segmentOf_);
    // Mobility: devices attached to an access point or base station over a wireless link move.
    if (config_.mobility) {
        for (std::size_t l = 0; l < links; ++l) {
            if (!router_.linkUsable(l) || !router_.linkWireless(l))
                continue;
            const std::size_t from = router_.hopTail({l, solvers::LinkDirection::Forward});
            const std::size_t to = router_.hopHead({l, solvers::LinkDirection::Forward});
            auto attach = [&](std::size_t device, std::size_t ap) {
                const auto& kind = elements[ap].kind;
                if (deviceOf_[device] == kNone || (kind != "access-point" && kind != "base-station"))
                    return;
                Device& d = devices_[deviceOf_[device]];
                if (d.accessPoint == kNone) {
                    d.accessPoint = static_cast<std::uint32_t>(ap);
                    d.mobile = true;
                }
            };
            attach(from, to);
            attach(to, from);
        }
        for (auto& d : devices_)
            if (d.mobile)
                d.way.place(d.rng, config_.area_m.x, config_.area_m.y);
    }
    return true;
}

} // namespace iiot::sim::detail
