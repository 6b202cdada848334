#include "engine.h"

#include "arrival_heap.h"
#include "device_sweep.h"
#include "event_queue.h"
#include "mobility.h"
#include "network_state.h"
#include "statistics.h"

#include "model/random.h"
#include "solvers/routing.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <unordered_set>

namespace iiot::sim {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();
constexpr double kBitsPerKb = 8000;

// Event kinds; transfer completions come from NetworkState's own heap.
enum EventKind : std::uint32_t { kDeliver, kCoreDone, kSample, kWarmup };
enum Phase : std::uint8_t { kUpload, kAtDestination, kDownload, kFree };
enum Reason { kLatency, kNoDestination, kInsufficient, kMobility, kDeviceDead };

struct Node {
    double mips = 0;
    std::uint32_t cores = 0, busy = 0;
    double ramFree = kInf;
    double pendingMi = 0;   // instructions of the tasks at the node (waiting or running)
    double waitingMi = 0;   // instructions of the waiting tasks
    double sumEnd = 0;      // sum of the end times of the running tasks
    double sumDeadline = 0; // over tasks at the node, for cms-astp priorities
    double busySeconds = 0; // core-seconds within the run, for energy and batteries
    double idleW = 0, maxW = 0;
    std::uint32_t head = kNone, tail = kNone; // FIFO of waiting tasks (Task::next)
    std::uint8_t tier = kNoTier;
    bool computes() const { return cores > 0 && mips > 0; }
};

struct AppInfo {
    model::Quantity data, result, instr;
    double deadline = kInf; // seconds
    double container = 0;
    bool offloadable = true;
    model::ArrivalType arrival = model::ArrivalType::Once;
    double rate = 1, period = 1;
};

struct Generator {
    std::uint32_t element = 0, app = 0;
    model::Random rng;
};

struct Task {
    double generated = 0, instr = 0, resultBits = 0;
    std::uint32_t app = 0, device = 0, dest = 0, route = 0, next = kNone;
    std::uint8_t phase = kFree;
    bool counted = false;
};

// Routes of every element toward one destination or toward the nearest of several (its root). One
// entry per element holds all a task needs, so looking a device up costs one cache line.
struct Step {
    std::uint32_t next = kNone, resource = kNone; // next element and the resource of the hop there
    std::uint32_t root = kNone;                   // where the route ends; kNone when unreachable
    double latency = kInf;                        // seconds to the root
};
struct Route {
    std::vector<Step> step;
    std::uint32_t root(std::uint32_t v) const { return step[v].root; }
    double latency(std::uint32_t v) const { return step[v].latency; }
};

// A task-generating element's own state.
struct Device {
    explicit Device(const model::Random& r) : rng(r) {}
    Waypoint way;
    model::Random rng;
    std::uint32_t element = 0;
    std::uint32_t accessPoint = kNone;
    std::uint32_t roundRobin = 0;
    bool mobile = false;
    bool dead = false;
};

struct AppCounters {
    long long tasks = 0, succeeded = 0, finished = 0, unfinished = 0;
    Failures failures;
    std::vector<double> delays; // ms
};

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

class Engine {
public:
    Engine(const model::Project& project, const model::TypeLibrary& types, const RunConfig& config)
        : project_(project), types_(types), config_(config), router_(project, types) {}

    bool setUp(std::string& error);
    std::optional<RunResult> run(const ProgressSlice& progress, std::string& error);

private:
    // set-up
    bool buildRoute(const solvers::RouteTree& tree, Route& out, std::string& error);
    // events
    void generate(std::uint32_t g);
    void deliver(std::uint32_t t);
    void coreDone(std::uint32_t t);
    void transferDone();
    void sample();
    // task steps
    bool choose(const Task& task, const AppInfo& app, double dataBits, std::uint32_t& dest,
                std::uint32_t& route);
    double estimate(std::uint32_t device, std::uint32_t route, double dataBits, double instr);
    std::size_t pathOf(std::uint32_t device, std::uint32_t route, std::uint32_t* out, bool reverse) const;
    void send(std::uint32_t t, double bits, bool reverse);
    void arriveAtDestination(std::uint32_t t);
    void enqueue(std::uint32_t t);
    void startRun(std::uint32_t t);
    void complete(std::uint32_t t);
    void fail(std::uint32_t t, Reason reason);
    void release(std::uint32_t t);
    double deadlineWeight(const Task& task) const;
    double waitEstimate(const Node& node) const;
    std::uint32_t dequeueFirst(Node& node);
    std::uint32_t dequeueByPriority(Node& node);
    bool inRange(std::uint32_t device);
    bool batteryDead(std::uint32_t device) const;
    void advance(double to);
    std::uint32_t newTask();

    const model::Project& project_;
    const model::TypeLibrary& types_;
    RunConfig config_;
    solvers::Router router_;

    std::vector<Node> nodes_;
    std::vector<AppInfo> apps_;
    std::vector<Generator> generators_;
    std::vector<std::uint32_t> deviceOf_; // element -> index in devices_, kNone when it generates nothing
    std::vector<Device> devices_;
    std::vector<model::Position> positions_;
    std::vector<Route> routes_;
    std::vector<std::uint32_t> candidates_; // routes the policy may pick, in preference order
    std::uint32_t nearestEdge_ = kNone, nearestCloud_ = kNone;
    std::vector<std::uint8_t> segmentOf_;
    // edge-cloud: each device's reachable candidates by path latency (rank = preference order)
    struct SortedCandidate {
        double latency;
        std::uint32_t route, rank, firstHop; // firstHop: resource of the device's first hop
    };
    std::vector<SortedCandidate> sorted_;
    std::vector<std::uint32_t> sortedBegin_;
    double maxCandidateMips_ = 0;

    EventQueue events_;
    ArrivalHeap arrivals_;
    NetworkState network_;
    std::vector<Task> tasks_;
    std::vector<std::uint32_t> freeTasks_;
    double now_ = 0, last_ = 0;

    // integrals since time 0
    std::array<std::uint32_t, 3> tierBusy_{};
    std::array<double, 3> tierCores_{}, cpuArea_{}, cpuAtWarmup_{}, cpuAtSample_{};
    std::array<double, 2> bits_{}, bitsAtWarmup_{}, bitsAtSample_{};
    double inSystemArea_ = 0;
    long long inSystem_ = 0;
    double lastSample_ = 0;
    long long sampleGenerated_ = 0, sampleFinished_ = 0, sampleFailed_ = 0;

    std::vector<AppCounters> appCounters_;
    double sojournSum_ = 0;
    long long sojournCount_ = 0;
    RunResult result_;
};

bool Engine::buildRoute(const solvers::RouteTree& tree, Route& out, std::string& error) {
    const std::size_t n = nodes_.size();
    out.step.assign(n, Step{});
    for (std::size_t v = 0; v < n; ++v) {
        if (!tree.reachable(v))
            continue;
        Step& st = out.step[v];
        st.root = static_cast<std::uint32_t>(tree.root(v));
        st.latency = tree.latencyMs(v) / 1000;
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
            generators_.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(ai),
                                   model::Random::stream(config_.seed, key)});
            if (deviceOf_[i] == kNone) {
                deviceOf_[i] = static_cast<std::uint32_t>(devices_.size());
                Device d(model::Random::stream(config_.seed ^ 0x6d6f62696c697479ull, fnv1a(elements[i].id)));
                d.element = static_cast<std::uint32_t>(i);
                devices_.push_back(d);
            }
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
                    sorted_.push_back(
                        {r.latency(i), candidates_[k], k, r.root(i) == i ? kNone : r.step[i].resource});
            }
            std::stable_sort(
                sorted_.begin() + static_cast<std::ptrdiff_t>(first), sorted_.end(),
                [](const SortedCandidate& a, const SortedCandidate& b) { return a.latency < b.latency; });
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

std::uint32_t Engine::newTask() {
    if (!freeTasks_.empty()) {
        const std::uint32_t t = freeTasks_.back();
        freeTasks_.pop_back();
        return t;
    }
    tasks_.emplace_back();
    return static_cast<std::uint32_t>(tasks_.size() - 1);
}

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

bool Engine::batteryDead(std::uint32_t device) const {
    if (config_.battery_j <= 0)
        return false;
    const Node& node = nodes_[device];
    const double busy = node.cores > 0 ? node.busySeconds / node.cores : 0;
    return node.idleW * now_ + (node.maxW - node.idleW) * busy >= config_.battery_j;
}

bool Engine::inRange(std::uint32_t device) {
    if (!config_.mobility)
        return true;
    const std::uint32_t di = deviceOf_[device];
    if (di == kNone || !devices_[di].mobile)
        return true;
    Device& d = devices_[di];
    double x = 0, y = 0;
    d.way.at(now_, d.rng, config_.area_m.x, config_.area_m.y, config_.mobility->speed_mps.value_or(0), x, y);
    const auto& ap = positions_[d.accessPoint];
    return std::hypot(x - ap.x, y - ap.y) <= config_.mobility->range_m.value_or(kInf);
}

std::size_t Engine::pathOf(std::uint32_t device, std::uint32_t route, std::uint32_t* out,
                           bool reverse) const {
    const Route& r = routes_[route];
    const std::uint32_t root = r.root(device);
    const std::uint32_t channelBase = static_cast<std::uint32_t>(2 * router_.linkCount());
    std::size_t hops = 0;
    for (std::uint32_t v = device; v != root; v = r.step[v].next) {
        const std::uint32_t res = r.step[v].resource;
        // The result comes back over the other direction of each link; a shared channel is one resource.
        out[hops++] = reverse && res < channelBase ? (res ^ 1u) : res;
    }
    return hops;
}

double Engine::estimate(std::uint32_t device, std::uint32_t route, double dataBits, double instr) {
    const Route& r = routes_[route];
    const std::uint32_t dest = r.root(device);
    const Node& node = nodes_[dest];
    std::array<std::uint32_t, kMaxHops> path;
    const std::size_t hops = pathOf(device, route, path.data(), false);
    double up = r.latency(device);
    if (dataBits > 0 && hops > 0)
        up += dataBits / network_.shareFor(path.data(), hops);
    return up + waitEstimate(node) + instr / node.mips;
}

bool Engine::choose(const Task& task, const AppInfo& app, double dataBits, std::uint32_t& dest,
                    std::uint32_t& route) {
    const std::uint32_t device = task.device;
    route = kNone;
    if (!app.offloadable || config_.policy == Policy::Local) {
        dest = device;
        return nodes_[device].computes();
    }
    auto via = [&](std::uint32_t ri) {
        if (ri == kNone || routes_[ri].root(device) == kNone)
            return false;
        route = ri;
        dest = routes_[ri].root(device);
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
        const std::uint32_t di = deviceOf_[device];
        const double floor = task.instr / maxCandidateMips_;
        double best = kInf;
        std::uint32_t bestRoute = kNone, bestRank = kNone;
        for (std::uint32_t k = sortedBegin_[di]; k < sortedBegin_[di + 1]; ++k) {
            const SortedCandidate& c = sorted_[k];
            if (c.latency + floor > best)
                break;
            if (c.firstHop != kNone && c.latency + floor + dataBits / network_.shareNext(c.firstHop) > best)
                continue;
            const double e = estimate(device, c.route, dataBits, task.instr);
            if (e < best || (e == best && c.rank < bestRank)) {
                best = e;
                bestRoute = c.route;
                bestRank = c.rank;
            }
        }
        return via(bestRoute);
    }
    case Policy::RoundRobin: {
        Device& d = devices_[deviceOf_[device]];
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
            dest = device;
        }
        for (std::uint32_t ri : {nearestEdge_, nearestCloud_}) {
            if (ri == kNone || routes_[ri].root(device) == kNone)
                continue;
            const double e = estimate(device, ri, dataBits, task.instr);
            if (e < best) {
                best = e;
                route = ri;
                dest = routes_[ri].root(device);
            }
        }
        return best < kInf;
    }
    default:
        return false;
    }
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
        devices_[deviceOf_[task.device]].dead = true;
        fail(t, kDeviceDead);
        return;
    }
    std::uint32_t dest = kNone, route = kNone;
    if (!choose(task, app, dataBits, dest, route)) {
        fail(t, kNoDestination);
        return;
    }
    Node& node = nodes_[dest];
    if (node.ramFree < app.container) {
        fail(t, kInsufficient);
        return;
    }
    node.ramFree -= app.container;
    task.dest = dest;
    task.route = route;
    if (dest == task.device) {
        enqueue(t);
        return;
    }
    send(t, dataBits, false);
}

void Engine::send(std::uint32_t t, double bits, bool reverse) {
    Task& task = tasks_[t];
    if (!inRange(task.device)) {
        fail(t, kMobility);
        return;
    }
    std::array<std::uint32_t, kMaxHops> path;
    const std::size_t hops = pathOf(task.device, task.route, path.data(), reverse);
    const double latency = routes_[task.route].latency(task.device);
    if (bits > 0 && hops > 0) {
        network_.start(now_, t, path.data(), hops, bits, latency);
        return;
    }
    if (latency > 0)
        events_.push(now_ + latency, kDeliver, t);
    else
        deliver(t);
}

void Engine::transferDone() {
    std::uint32_t t = 0;
    double latency = 0;
    network_.finishNext(now_, t, latency);
    if (latency > 0)
        events_.push(now_ + latency, kDeliver, t);
    else
        deliver(t);
}

void Engine::deliver(std::uint32_t t) {
    Task& task = tasks_[t];
    if (!inRange(task.device)) {
        fail(t, kMobility);
        return;
    }
    if (task.phase == kUpload)
        enqueue(t);
    else
        complete(t);
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

// Expected wait for a core, as a fluid estimate: the waiting work plus what the running tasks have
// left, spread over all cores; no wait while a core is free.
double Engine::waitEstimate(const Node& node) const {
    if (node.busy < node.cores)
        return 0;
    const double running = std::max(0.0, node.sumEnd - node.busy * now_) * node.mips;
    return (node.waitingMi + running) / (node.cores * node.mips);
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
    cpuAtSample_ = cpuArea_;
    bitsAtSample_ = bits_;
    lastSample_ = now_;
    sampleGenerated_ = sampleFinished_ = sampleFailed_ = 0;
}

std::optional<RunResult> Engine::run(const ProgressSlice& progress, std::string& error) {
    const auto wallStart = std::chrono::steady_clock::now();
    const double duration = config_.duration_s;
    const double warmup = std::clamp(config_.warmup_s, 0.0, duration);
    events_.clear();
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
            progress.control->report(progress.base + progress.span * now_ / duration);
        }
    }
    advance(duration);
    now_ = duration;

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
    r.wall_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - wallStart).count();
    if (progress.control)
        progress.control->report(progress.base + progress.span);
    return std::move(result_);
}

} // namespace

std::optional<RunResult> simulateRun(const model::Project& project, const model::TypeLibrary& types,
                                     const RunConfig& config, const ProgressSlice& progress,
                                     std::string& error) {
    Engine engine(project, types, config);
    if (!engine.setUp(error))
        return std::nullopt;
    return engine.run(progress, error);
}

} // namespace iiot::sim
