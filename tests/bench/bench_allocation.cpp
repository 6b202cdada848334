// Priority allocation timings (MODELS.md section 3): greedy for 500 applications on 50 hosts
// (target 0.1 ms for the heuristic itself; the whole call with building the index form and the
// result is printed too) and exact, proven optimal, for 50 applications on 5 hosts with 3 resources
// (target 1 s for the three MILPs). Exits 1 when a result is infeasible, not proven, or a target is missed.
#include "bench/bench_timing.h"
#include "model/random.h"
#include "solvers/priority_allocation.h"
#include "solvers/priority_allocation_problem.h"

#include <chrono>
#include <cstdio>
#include <limits>
#include <stdexcept>
#include <string>

#include <sys/resource.h>

using iiot::bench::bestOf;
using namespace iiot;

namespace {

constexpr double kGreedyTargetMs = 0.1;
constexpr double kExactTargetMs = 1000;

// Hosts with capLow..capHigh of each resource; applications with priorities 1..10, committed 2..8
// (mean 5) and peaks up to 6 above (mean 8). With 10 applications per host and 40..80 the committed
// amounts fill about 80 % of the capacity; with 80..120 about 50 % and the peaks about 80 %.
model::Project instance(int apps, int hosts, int resources, int capLow, int capHigh, std::uint64_t seed) {
    model::Random rng(seed);
    auto whole = [&](int lo, int hi) {
        return lo + static_cast<int>(rng.uniformInt(static_cast<std::uint64_t>(hi - lo + 1)));
    };
    model::Project p;
    p.name = "allocation benchmark";
    for (int h = 0; h < hosts; ++h) {
        model::Element e;
        e.id = "host" + std::to_string(h);
        e.kind = "edge-server";
        std::map<std::string, double> cap;
        for (int k = 0; k < resources; ++k)
            cap["r" + std::to_string(k)] = whole(capLow, capHigh);
        e.capacity = cap;
        p.elements.push_back(e);
    }
    for (int a = 0; a < apps; ++a) {
        model::Application app;
        app.id = "app" + std::to_string(a);
        app.priority = whole(1, 10);
        std::map<std::string, model::Demand> demands;
        for (int k = 0; k < resources; ++k) {
            const double c = whole(2, 8);
            demands["r" + std::to_string(k)] = {c, c + whole(0, 6)};
        }
        app.demands = demands;
        p.applications.push_back(app);
    }
    return p;
}

void mustBeFeasible(const model::Project& p, const solvers::AllocationResult& r) {
    if (!r.ok)
        throw std::runtime_error(r.error);
    const auto problems = solvers::checkAllocation(p, r);
    if (!problems.empty())
        throw std::runtime_error("infeasible allocation: " + problems.front());
}

struct TimedExact {
    solvers::AllocationResult result;
    double wallMs = 0; // best of two runs
    double cpuMs = 0;  // processor time of the solver processes in that run
};

double childCpuMs() {
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_utime.tv_sec * 1e3 + usage.ru_utime.tv_usec / 1e3 + usage.ru_stime.tv_sec * 1e3 +
           usage.ru_stime.tv_usec / 1e3;
}

TimedExact timedExact(const model::Project& p, double limitSeconds) {
    solvers::AllocationOptions options;
    options.method = solvers::AllocationMethod::Exact;
    options.milp.timeLimitSeconds = limitSeconds;
    TimedExact best;
    best.wallMs = std::numeric_limits<double>::infinity();
    for (int run = 0; run < 2; ++run) {
        const double cpu = childCpuMs();
        const auto start = std::chrono::steady_clock::now();
        auto r = solvers::allocatePriority(p, options);
        const double wall =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        mustBeFeasible(p, r);
        if (wall < best.wallMs)
            best = {std::move(r), wall, childCpuMs() - cpu};
    }
    return best;
}

void printExact(const char* what, std::uint64_t seed, const model::Project& p, const TimedExact& e) {
    const auto g = solvers::allocatePriority(p);
    std::printf("exact (%s), 50 applications on 5 hosts, 3 resources, %s, seed %llu: %.1f ms wall, %.1f ms "
                "solver CPU, %s; admitted priority %.0f (greedy %.0f), weighted satisfaction %.3f (greedy "
                "%.3f), active hosts %d (greedy %d)\n",
                e.result.solver.c_str(), what, static_cast<unsigned long long>(seed), e.wallMs, e.cpuMs,
                e.result.optimal ? "proven optimal" : "NOT proven", e.result.admitted_priority,
                g.admitted_priority, e.result.weighted_satisfaction, g.weighted_satisfaction,
                e.result.active_hosts, g.active_hosts);
}

} // namespace

int main() {
    bool pass = true;
    try {
        const auto big = instance(500, 50, 3, 40, 80, 1);
        const auto problem = solvers::buildAllocationProblem(big);
        solvers::AllocationDecision decision;
        const double coreMs = bestOf([&] { decision = solvers::allocateGreedy(problem); }, 20);
        solvers::AllocationResult greedy;
        const double callMs = bestOf([&] { greedy = solvers::allocatePriority(big); }, 20);
        mustBeFeasible(big, greedy);
        std::printf("greedy, 500 applications on 50 hosts, 3 resources: admitted %d, satisfaction %.3f, "
                    "active hosts %d\n",
                    greedy.admitted, greedy.satisfaction, greedy.active_hosts);
        std::printf("  heuristic %.4f ms (target %.1f ms)  %s\n", coreMs, kGreedyTargetMs,
                    coreMs <= kGreedyTargetMs ? "ok" : "MISSED");
        std::printf("  whole call with index form and result %.4f ms\n", callMs);
        pass = pass && coreMs <= kGreedyTargetMs;

        // Moderately loaded hosts (committed about 60 %, peaks about 95 % of the capacity): the target.
        double worst = 0;
        for (std::uint64_t seed : {1, 2, 3}) {
            const auto small = instance(50, 5, 3, 80, 120, seed);
            const auto exact = timedExact(small, 60);
            if (!exact.result.optimal)
                throw std::runtime_error("exact allocation not proven optimal");
            printExact("capacity 80..120", seed, small, exact);
            worst = std::max(worst, exact.wallMs);
        }
        std::printf("  worst %.1f ms wall (target %.0f ms)  %s\n", worst, kExactTargetMs,
                    worst <= kExactTargetMs ? "ok" : "MISSED");
        pass = pass && worst <= kExactTargetMs;
        // Tight hosts (committed about 80 %, peaks above the capacity): for information; bin-packing
        // waste keeps the satisfaction stage's bound open for long, so a 10 s limit per stage.
        const auto tight = instance(50, 5, 3, 40, 80, 1);
        printExact("capacity 40..80", 1, tight, timedExact(tight, 10));
    } catch (const std::exception& e) {
        std::printf("FAILED: %s\n", e.what());
        return 1;
    }
    return pass ? 0 : 1;
}
