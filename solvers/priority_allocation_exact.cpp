// The exact priority allocation (MODELS.md section 3): three MILPs solved in turn by the external
// solver, each keeping the optimum of the one before. Variables: x[a,h] (application a admitted on
// host h), y[a,h,k] (its raise above C of resource k, 0..Q-C, only on its host) and z[h] (host h
// active). Besides the model rows, implied rows (committed amounts alone within capacity per host,
// and per resource over all hosts) give the solver's cover cuts pure binary knapsacks to work on.
#include "priority_allocation_exact.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace iiot::solvers {

namespace {

struct Indices {
    std::vector<std::vector<int>> hostOf;         // per app: candidate hosts kept (committed fits alone)
    std::vector<std::vector<int>> x;              // per app, per kept host: variable
    std::vector<std::vector<std::vector<int>>> y; // per app, per kept host, per resource: variable or -1
    std::vector<int> z;                           // per host: variable or -1
};

bool fitsAlone(const AllocationAppData& app, const AllocationHostData& host) {
    for (std::size_t i = 0; i < app.resources.size(); ++i) {
        const double cap = host.capacity[static_cast<std::size_t>(app.resources[i])];
        if (app.committed[i] > cap + 1e-9 * std::max(1.0, std::abs(cap)))
            return false;
    }
    return true;
}

// The rows of the model; objectives are set per stage.
MilpModel buildModel(const AllocationProblem& p, Indices& ix) {
    MilpModel m;
    const std::size_t na = p.apps.size(), nh = p.hosts.size(), nr = p.resources.size();
    ix.hostOf.resize(na);
    ix.x.resize(na);
    ix.y.resize(na);
    ix.z.assign(nh, -1);
    for (std::size_t a = 0; a < na; ++a)
        for (int h : p.apps[a].candidates)
            if (fitsAlone(p.apps[a], p.hosts[static_cast<std::size_t>(h)]))
                ix.hostOf[a].push_back(h);
    for (std::size_t h = 0; h < nh; ++h)
        for (std::size_t a = 0; a < na && ix.z[h] < 0; ++a)
            if (std::find(ix.hostOf[a].begin(), ix.hostOf[a].end(), static_cast<int>(h)) !=
                ix.hostOf[a].end())
                ix.z[h] = m.addBinary(0.0, "z" + std::to_string(h));

    // Per host and resource: the terms of the full row and of the committed-only row.
    std::vector<std::vector<MilpTerm>> full(nh * nr), committed(nh * nr), global(nr);
    for (std::size_t a = 0; a < na; ++a) {
        const auto& app = p.apps[a];
        std::vector<MilpTerm> once;
        for (int h : ix.hostOf[a]) {
            const auto hs = static_cast<std::size_t>(h);
            const std::string tag = std::to_string(a) + "_" + std::to_string(h);
            const int x = m.addBinary(0.0, "x" + tag);
            ix.x[a].push_back(x);
            once.push_back({x, 1.0});
            m.addConstraint({{x, 1.0}, {ix.z[hs], -1.0}}, MilpSense::LessEqual, 0.0);
            std::vector<int> ys(app.resources.size(), -1);
            for (std::size_t i = 0; i < app.resources.size(); ++i) {
                const auto k = static_cast<std::size_t>(app.resources[i]);
                const double span = app.request[i] - app.committed[i];
                auto& row = full[hs * nr + k];
                if (app.committed[i] != 0.0) {
                    row.push_back({x, app.committed[i]});
                    committed[hs * nr + k].push_back({x, app.committed[i]});
                    global[k].push_back({x, app.committed[i]});
                }
                if (span > 0) {
                    ys[i] = m.addVariable({"y" + tag + "_" + std::to_string(i), 0.0, span, false, 0.0});
                    m.addConstraint({{ys[i], 1.0}, {x, -span}}, MilpSense::LessEqual, 0.0);
                    row.push_back({ys[i], 1.0});
                }
            }
            ix.y[a].push_back(std::move(ys));
        }
        if (once.size() > 1)
            m.addConstraint(std::move(once), MilpSense::LessEqual, 1.0);
    }
    for (std::size_t h = 0; h < nh; ++h) {
        if (ix.z[h] < 0)
            continue;
        for (std::size_t k = 0; k < nr; ++k) {
            const double cap = p.hosts[h].capacity[k];
            if (!full[h * nr + k].empty()) {
                auto row = full[h * nr + k];
                row.push_back({ix.z[h], -cap});
                m.addConstraint(std::move(row), MilpSense::LessEqual, 0.0);
            }
            if (!committed[h * nr + k].empty()) {
                auto row = committed[h * nr + k];
                row.push_back({ix.z[h], -cap});
                m.addConstraint(std::move(row), MilpSense::LessEqual, 0.0);
            }
        }
    }
    for (std::size_t k = 0; k < nr; ++k) {
        double total = 0;
        for (std::size_t h = 0; h < nh; ++h)
            if (ix.z[h] >= 0 && p.hosts[h].offers[k])
                total += p.hosts[h].capacity[k];
        if (global[k].size() > 1)
            m.addConstraint(global[k], MilpSense::LessEqual, total);
    }
    return m;
}

std::vector<MilpTerm> priorityTerms(const AllocationProblem& p, const Indices& ix) {
    std::vector<MilpTerm> t;
    for (std::size_t a = 0; a < p.apps.size(); ++a)
        for (int x : ix.x[a])
            t.push_back({x, static_cast<double>(p.apps[a].priority)});
    return t;
}

// priority * s_a summed: a resource with Q = C contributes priority / K for being admitted.
std::vector<MilpTerm> satisfactionTerms(const AllocationProblem& p, const Indices& ix) {
    std::vector<MilpTerm> t;
    for (std::size_t a = 0; a < p.apps.size(); ++a) {
        const auto& app = p.apps[a];
        const double share = static_cast<double>(app.priority) / static_cast<double>(app.resources.size());
        for (std::size_t j = 0; j < ix.x[a].size(); ++j)
            for (std::size_t i = 0; i < app.resources.size(); ++i) {
                const double span = app.request[i] - app.committed[i];
                if (span > 0)
                    t.push_back({ix.y[a][j][i], share / span});
                else
                    t.push_back({ix.x[a][j], share});
            }
    }
    return t;
}

void setObjective(MilpModel& m, const std::vector<MilpTerm>& terms, bool maximize) {
    for (auto& v : m.variables)
        v.objective = 0.0;
    for (const auto& t : terms)
        m.variables[static_cast<std::size_t>(t.variable)].objective += t.coefficient;
    m.maximize = maximize;
}

AllocationDecision decode(const AllocationProblem& p, const Indices& ix, const std::vector<double>& values) {
    AllocationDecision d;
    const std::size_t na = p.apps.size();
    d.host.assign(na, -1);
    d.amount.resize(na);
    d.reason.assign(na, std::string());
    for (std::size_t a = 0; a < na; ++a) {
        const auto& app = p.apps[a];
        for (std::size_t j = 0; j < ix.x[a].size(); ++j) {
            if (values[static_cast<std::size_t>(ix.x[a][j])] < 0.5)
                continue;
            d.host[a] = ix.hostOf[a][j];
            d.amount[a].resize(app.resources.size());
            for (std::size_t i = 0; i < app.resources.size(); ++i) {
                const double span = app.request[i] - app.committed[i];
                const int y = ix.y[a][j][i];
                const double raise = y < 0 ? 0.0 : std::clamp(values[static_cast<std::size_t>(y)], 0.0, span);
                d.amount[a][i] = app.committed[i] + raise;
            }
            break;
        }
        if (d.host[a] >= 0)
            continue;
        if (app.candidates.empty())
            d.reason[a] = kNoCandidateHost;
        else if (ix.hostOf[a].empty())
            d.reason[a] = "committed demand exceeds the capacity of every candidate host";
        else
            d.reason[a] = "committed demand does not fit beside the admitted applications";
    }
    return d;
}

} // namespace

ExactAllocation allocateExact(const AllocationProblem& problem, const MilpOptions& milp,
                              const model::RunControl* control) {
    ExactAllocation out;
    Indices ix;
    MilpModel m = buildModel(problem, ix);
    MilpOptions options = milp;
    options.control = control;
    const auto priority = priorityTerms(problem, ix);
    const auto satisfaction = satisfactionTerms(problem, ix);
    std::vector<double> best;
    bool allProven = true;

    auto stage = [&](int number, const char* what) -> bool {
        const auto s = solveMilp(m, options);
        out.solveMs += s.solveMs;
        out.solver = s.solverName;
        if (control != nullptr)
            control->report(number / 3.0);
        if (s.hasSolution()) {
            allProven = allProven && s.optimal;
            best = s.values;
            out.stageObjectives.push_back(s.objective);
            return true;
        }
        allProven = false;
        if (s.status == MilpStatus::Cancelled || s.status == MilpStatus::Error || best.empty()) {
            out.error = s.status == MilpStatus::Cancelled ? std::string("cancelled")
                                                          : std::string(what) + ": " + s.message;
            out.cancelled = s.status == MilpStatus::Cancelled;
            return false;
        }
        return false; // keep the previous stage's allocation
    };

    if (control != nullptr)
        control->report(0.0);
    setObjective(m, priority, true);
    if (!stage(1, "admitted priority"))
        return out;
    const double admitted = out.stageObjectives[0];
    // Priorities are integers: ">= optimum - 0.5" keeps the optimum exactly.
    m.addConstraint(priority, MilpSense::GreaterEqual, std::round(admitted) - 0.5);
    setObjective(m, satisfaction, true);
    if (stage(2, "satisfaction")) {
        const double s2 = out.stageObjectives[1];
        const std::size_t row = m.constraints.size();
        m.addConstraint(satisfaction, MilpSense::GreaterEqual, s2 - 1e-9 * std::max(1.0, std::abs(s2)));
        std::vector<MilpTerm> hosts;
        for (int z : ix.z)
            if (z >= 0)
                hosts.push_back({z, 1.0});
        setObjective(m, hosts, false);
        auto s = solveMilp(m, options);
        out.solveMs += s.solveMs;
        if (s.status == MilpStatus::Infeasible) {
            // The stage-2 optimum as the solver reported it can sit just beyond its own tolerance.
            m.constraints[row].rhs = s2 - 1e-6 * std::max(1.0, std::abs(s2));
            s = solveMilp(m, options);
            out.solveMs += s.solveMs;
        }
        if (control != nullptr)
            control->report(1.0);
        if (s.hasSolution()) {
            allProven = allProven && s.optimal;
            best = s.values;
            out.stageObjectives.push_back(s.objective);
        } else {
            allProven = false;
            if (s.status == MilpStatus::Cancelled || s.status == MilpStatus::Error) {
                out.error = s.status == MilpStatus::Cancelled ? std::string("cancelled")
                                                              : std::string("active hosts: ") + s.message;
                out.cancelled = s.status == MilpStatus::Cancelled;
                return out;
            }
        }
    } else if (!out.error.empty()) {
        return out;
    }
    out.ok = true;
    out.optimal = allProven && out.stageObjectives.size() == 3;
    out.decision = decode(problem, ix, best);
    return out;
}

} // namespace iiot::solvers
