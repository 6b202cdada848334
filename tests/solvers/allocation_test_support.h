// Random priority-allocation instances and a brute-force optimum for the allocation tests.
#pragma once

#include "model/project.h"
#include "model/random.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace iiot::test {

struct AllocationShape {
    int hosts = 3;
    int apps = 6;
    int resources = 2;
};

// Hosts h0.. with capacities 5..20 per resource (a host lacks a resource now and then), applications
// a0.. with priorities 1..10 demanding most resources with C in [1, 8] and P in [C, C + 6] (some with
// P = C), some with a request below the peak, some restricted to a host list.
inline model::Project randomAllocationProject(std::uint64_t seed, const AllocationShape& shape) {
    model::Random rng(seed);
    auto whole = [&](int lo, int hi) {
        return lo + static_cast<int>(rng.uniformInt(static_cast<std::uint64_t>(hi - lo + 1)));
    };
    model::Project p;
    p.name = "random allocation " + std::to_string(seed);
    std::vector<std::string> resources;
    for (int k = 0; k < shape.resources; ++k)
        resources.push_back("r" + std::to_string(k));
    for (int h = 0; h < shape.hosts; ++h) {
        model::Element e;
        e.id = "h" + std::to_string(h);
        e.kind = "edge-server";
        std::map<std::string, double> cap;
        for (const auto& r : resources)
            if (rng.uniform01() < 0.9)
                cap[r] = whole(5, 20);
        e.capacity = cap;
        p.elements.push_back(e);
    }
    for (int a = 0; a < shape.apps; ++a) {
        model::Application app;
        app.id = "a" + std::to_string(a);
        app.priority = whole(1, 10);
        std::map<std::string, model::Demand> demands;
        for (const auto& r : resources)
            if (demands.empty() || rng.uniform01() < 0.8) {
                const double c = whole(1, 8);
                const double peak = rng.uniform01() < 0.2 ? c : c + whole(1, 6);
                demands[r] = {c, peak};
            }
        app.demands = demands;
        if (rng.uniform01() < 0.3) {
            const auto& [r, d] = *demands.begin();
            app.request = std::map<std::string, double>{{r, d.committed + (d.peak - d.committed) / 2}};
        }
        if (rng.uniform01() < 0.25) {
            std::vector<std::string> hosts;
            for (int h = 0; h < shape.hosts; ++h)
                if (rng.uniform01() < 0.6)
                    hosts.push_back("h" + std::to_string(h));
            if (hosts.empty())
                hosts.push_back("h0");
            app.hosts = hosts;
        }
        p.applications.push_back(app);
    }
    return p;
}

// The lexicographic optimum of MODELS.md section 3 by enumerating every host choice (or rejection)
// per application. For a fixed placement objective (2) separates into one fractional knapsack per
// host and resource (raise the applications with the most priority per unit of span first), so the
// enumeration is exact.
struct BruteForceOptimum {
    double admittedPriority = 0;
    double weightedSatisfaction = 0;
    int activeHosts = 0;
};

inline BruteForceOptimum bruteForceAllocation(const model::Project& p) {
    struct App {
        double priority;
        std::vector<std::string> res;
        std::vector<double> c, q;
        std::vector<int> candidates;
    };
    std::vector<App> apps;
    for (const auto& a : p.applications) {
        if (!a.demands || a.demands->empty())
            continue;
        App x;
        x.priority = static_cast<double>(a.priority.value_or(5));
        for (const auto& [k, d] : *a.demands) {
            x.res.push_back(k);
            x.c.push_back(d.committed);
            double q = d.peak;
            if (a.request && a.request->count(k))
                q = std::min(a.request->at(k), d.peak);
            x.q.push_back(q);
        }
        for (std::size_t h = 0; h < p.elements.size(); ++h) {
            const auto& e = p.elements[h];
            if (!e.capacity)
                continue;
            if (a.hosts && std::find(a.hosts->begin(), a.hosts->end(), e.id) == a.hosts->end())
                continue;
            bool all = true;
            for (const auto& k : x.res)
                all = all && e.capacity->count(k);
            if (all)
                x.candidates.push_back(static_cast<int>(h));
        }
        apps.push_back(x);
    }
    BruteForceOptimum best{-1, -1, 0};
    std::vector<int> choice(apps.size(), -1); // index into candidates, -1 rejected
    for (;;) {
        // Evaluate this placement.
        bool feasible = true;
        double admitted = 0, satisfaction = 0;
        std::vector<char> active(p.elements.size(), 0);
        for (std::size_t h = 0; h < p.elements.size() && feasible; ++h) {
            const auto& e = p.elements[h];
            if (!e.capacity)
                continue;
            for (const auto& [k, cap] : *e.capacity) {
                double room = cap;
                struct Item {
                    double density, span;
                };
                std::vector<Item> items;
                for (std::size_t a = 0; a < apps.size(); ++a) {
                    if (choice[a] < 0 ||
                        apps[a].candidates[static_cast<std::size_t>(choice[a])] != static_cast<int>(h))
                        continue;
                    for (std::size_t i = 0; i < apps[a].res.size(); ++i)
                        if (apps[a].res[i] == k) {
                            room -= apps[a].c[i];
                            const double span = apps[a].q[i] - apps[a].c[i];
                            const double share = apps[a].priority / static_cast<double>(apps[a].res.size());
                            if (span > 0)
                                items.push_back({share / span, span});
                            else
                                satisfaction += share;
                        }
                }
                if (room < -1e-9) {
                    feasible = false;
                    break;
                }
                std::sort(items.begin(), items.end(),
                          [](const Item& x, const Item& y) { return x.density > y.density; });
                for (const auto& it : items) {
                    const double take = std::min(it.span, std::max(0.0, room));
                    satisfaction += it.density * take;
                    room -= take;
                }
            }
        }
        if (feasible) {
            for (std::size_t a = 0; a < apps.size(); ++a)
                if (choice[a] >= 0) {
                    admitted += apps[a].priority;
                    active[static_cast<std::size_t>(
                        apps[a].candidates[static_cast<std::size_t>(choice[a])])] = 1;
                }
            const int hosts = static_cast<int>(std::count(active.begin(), active.end(), 1));
            const double tol = 1e-9 * std::max(1.0, std::abs(best.weightedSatisfaction));
            bool better = admitted > best.admittedPriority;
            if (admitted == best.admittedPriority) {
                if (satisfaction > best.weightedSatisfaction + tol)
                    better = true;
                else if (satisfaction >= best.weightedSatisfaction - tol && hosts < best.activeHosts)
                    better = true;
            }
            if (better)
                best = {admitted, satisfaction, hosts};
        }
        // Next placement (odometer over -1 .. candidates-1).
        std::size_t a = 0;
        while (a < apps.size()) {
            if (++choice[a] < static_cast<int>(apps[a].candidates.size()))
                break;
            choice[a] = -1;
            ++a;
        }
        if (a == apps.size())
            break;
    }
    return best;
}

} // namespace iiot::test
