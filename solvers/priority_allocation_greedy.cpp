// The greedy priority allocation of MODELS.md section 3 ([S2]'s flowchart): place by priority on
// the first active host where the committed amounts fit, else the first inactive one; then, in the
// same order, raise every admitted application from C toward Q as far as its host's room allows.
#include "priority_allocation_problem.h"

#include <algorithm>
#include <numeric>

namespace iiot::solvers {

namespace {

// "An exact fit fits": sums of decimal amounts are compared with a relative tolerance.
bool fits(double used, double add, double capacity) {
    return used + add <= capacity + 1e-9 * std::max(1.0, std::abs(capacity));
}

} // namespace

AllocationDecision allocateGreedy(const AllocationProblem& problem) {
    const std::size_t na = problem.apps.size();
    const std::size_t nr = problem.resources.size();
    AllocationDecision d;
    d.host.assign(na, -1);
    d.amount.resize(na);
    d.reason.assign(na, std::string());

    std::vector<std::size_t> order(na);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
        return problem.apps[x].priority > problem.apps[y].priority;
    });

    std::vector<double> load(problem.hosts.size() * nr, 0.0); // committed amounts placed, per host x resource
    std::vector<char> active(problem.hosts.size(), 0);
    auto fitsOn = [&](const AllocationAppData& app, int h) {
        const double* used = &load[static_cast<std::size_t>(h) * nr];
        const auto& cap = problem.hosts[static_cast<std::size_t>(h)].capacity;
        for (std::size_t i = 0; i < app.resources.size(); ++i) {
            const auto k = static_cast<std::size_t>(app.resources[i]);
            if (!fits(used[k], app.committed[i], cap[k]))
                return false;
        }
        return true;
    };

    for (std::size_t a : order) {
        const auto& app = problem.apps[a];
        if (app.candidates.empty()) {
            d.reason[a] = kNoCandidateHost;
            continue;
        }
        int chosen = -1;
        for (int pass = 0; pass < 2 && chosen < 0; ++pass) // pass 0: active hosts, 1: inactive
            for (int h : app.candidates)
                if (active[static_cast<std::size_t>(h)] == (pass == 0 ? 1 : 0) && fitsOn(app, h)) {
                    chosen = h;
                    break;
                }
        if (chosen < 0) {
            d.reason[a] = kCommittedDoesNotFit;
            continue;
        }
        d.host[a] = chosen;
        active[static_cast<std::size_t>(chosen)] = 1;
        double* used = &load[static_cast<std::size_t>(chosen) * nr];
        for (std::size_t i = 0; i < app.resources.size(); ++i)
            used[static_cast<std::size_t>(app.resources[i])] += app.committed[i];
    }

    // Second pass: the room left on each host after every committed amount, handed out in order.
    for (std::size_t a : order) {
        const int h = d.host[a];
        if (h < 0)
            continue;
        const auto& app = problem.apps[a];
        const auto& cap = problem.hosts[static_cast<std::size_t>(h)].capacity;
        double* used = &load[static_cast<std::size_t>(h) * nr];
        auto& amount = d.amount[a];
        amount.resize(app.resources.size());
        for (std::size_t i = 0; i < app.resources.size(); ++i) {
            const auto k = static_cast<std::size_t>(app.resources[i]);
            const double room = std::max(0.0, cap[k] - used[k]);
            const double raise = std::min(app.request[i] - app.committed[i], room);
            amount[i] = app.committed[i] + raise;
            used[k] += raise;
        }
    }
    return d;
}

} // namespace iiot::solvers
