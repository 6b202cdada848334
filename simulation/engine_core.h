// The simulation engine's state and the steps of one run (MODELS.md section 6), shared by the files
// that implement them: set-up (engine_setup.cpp), the event loop (engine.cpp), task lifecycle
// (engine_tasks.cpp), transfers (engine_transfers.cpp), orchestration policies
// (engine_policies.cpp) and metrics (engine_metrics.cpp). Internal to the simulation library.
#pragma once

#include "arrival_heap.h"
#include "engine.h"
#include "event_queue.h"
#include "mobility.h"
#include "network_state.h"

#include "model/random.h"
#include "solvers/routing.h"

#include <array>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace iiot::sim::detail {

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
    std::uint32_t device = 0; // index in Engine::devices_
    model::Random rng;
};

// A device's way to one destination with what choosing it and sending along it need, so the
// device's own entry of a route table is read at set-up only (at 100,000 devices those tables
// are far larger than the processor's caches).
struct Way {
    double latency = 0;                          // seconds, one way
    std::uint32_t route = kNone, dest = kNone;   // route kNone: the task runs on its device
    std::uint32_t firstHop = kNone, via = kNone; // the resource of the device's hop and the element after it
    std::uint32_t lane = kNone;                  // event-queue lane of deliveries after `latency`
};

struct Task {
    double generated = 0, instr = 0, resultBits = 0;
    double latency = 0; // of the chosen way
    std::uint32_t app = 0, device = 0, deviceIndex = 0, dest = 0, route = 0, next = kNone;
    std::uint32_t firstHop = kNone, via = kNone, lane = kNone;
    std::uint8_t phase = kFree;
    bool counted = false;
};

// Routes of every element toward one destination or toward the nearest of several (its root). One
// entry per element holds all a task needs, so looking a device up costs one cache line.
struct Step {
    std::uint32_t next = kNone, resource = kNone; // next element and the resource of the hop there
    std::uint32_t root = kNone;                   // where the route ends; kNone when unreachable
    std::uint32_t lane = kNone;                   // of the event queue, for deliveries (devices only)
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

// edge-cloud: one of a device's reachable candidates, sorted by path latency (rank = preference order).
struct SortedCandidate {
    Way way;
    std::uint32_t rank;
};

struct AppCounters {
    long long tasks = 0, succeeded = 0, finished = 0, unfinished = 0;
    Failures failures;
    std::vector<double> delays; // ms
};

class Engine {
public:
    Engine(const model::Project& project, const model::TypeLibrary& types, const RunConfig& config,
           const model::RunControl* control)
        : project_(project), types_(types), config_(config), control_(control), router_(project, types) {}

    // Before any engine state exists: whether the project's size alone exceeds the memory budget.
    static bool fitsProject(const model::Project& project, const model::RunControl* control,
                            std::string& error);
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
    void scheduleDelivery(std::uint32_t t, double latency);
    void sample();
    // task steps
    bool choose(const Task& task, const AppInfo& app, double dataBits, Way& way);
    Way wayOf(std::uint32_t device, std::uint32_t route) const;
    double estimate(const Way& way, double dataBits, double instr);
    std::size_t pathOf(const Way& way, std::uint32_t* out, bool reverse) const;
    void send(std::uint32_t t, double bits, bool reverse);
    void enqueue(std::uint32_t t);
    void startRun(std::uint32_t t);
    void complete(std::uint32_t t);
    void fail(std::uint32_t t, Reason reason);
    void release(std::uint32_t t);
    double deadlineWeight(const Task& task) const;
    double waitEstimate(const Node& node) const;
    std::uint32_t dequeueFirst(Node& node);
    std::uint32_t dequeueByPriority(Node& node);
    bool inRange(const Task& task);
    bool batteryDead(std::uint32_t device) const;
    void advance(double to);
    // memory budget (engine_memory.cpp)
    bool fitsPlan(std::size_t edges, std::size_t clouds, std::string& error);
    std::size_t bytesInUse() const;
    bool fitsNow(std::string& error) const;
    void countUnfinished();
    RunResult finish(double warmup, long long processed);
    std::uint32_t newTask();

    const model::Project& project_;
    const model::TypeLibrary& types_;
    RunConfig config_;
    const model::RunControl* control_;
    solvers::Router router_;
    std::size_t plannedBytes_ = 0; // what set-up holds (routes, candidates, per-element state)
    double expectedTasks_ = 0;

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
    // edge-cloud: each device's reachable candidates by path latency
    std::vector<SortedCandidate> sorted_;
    std::vector<std::uint32_t> sortedBegin_;
    double maxCandidateMips_ = 0;

    EventQueue events_;
    // Deliveries come a route's latency after a transfer, so all those with one latency value form a
    // FIFO lane of the event queue (up to kMaxLanes values; the others go through its heap).
    static constexpr std::size_t kMaxLanes = 1024;
    std::map<double, std::uint32_t> laneOf_;
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

} // namespace iiot::sim::detail
