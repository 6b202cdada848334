// Priority resource allocation with committed and peak demands (MODELS.md section 3, after [S2]):
// applications with `demands` are placed on hosts with a `capacity`, each receiving between its
// committed amount and its request of every resource, maximising lexicographically the admitted
// priority, then the priority-weighted satisfaction, then minimising the number of active hosts.
// `greedy` is the paper's heuristic; `exact` solves three MILPs in turn with an external solver.
#pragma once

#include "milp.h"

#include "model/project.h"
#include "model/run_control.h"

#include <map>
#include <string>
#include <vector>

namespace iiot::solvers {

enum class AllocationMethod { Greedy, Exact };

const char* toString(AllocationMethod method);

struct AllocationOptions {
    AllocationMethod method = AllocationMethod::Greedy;
    // exact: program and time limit per MILP (three are solved); milp.control is ignored, the
    // control below is used for both methods.
    MilpOptions milp;
    const model::RunControl* control = nullptr;
};

struct ApplicationAllocation {
    std::string application;
    std::string host;
    std::map<std::string, double> amounts; // every demanded resource, C <= amount <= Q
    long long priority = 5;
    double satisfaction = 0; // s_a: mean over its resources of (r - C) / (Q - C), 1 when Q = C
};

struct ApplicationRejection {
    std::string application;
    std::string reason;
};

struct HostResourceUse {
    double capacity = 0;
    double used = 0;        // sum of the amounts given on this host
    double utilisation = 0; // used / capacity (0 when the capacity is 0)
};

struct HostAllocation {
    std::string host;
    bool active = false; // at least one admitted application
    int applications = 0;
    std::map<std::string, HostResourceUse> resources; // every resource of its capacity
};

struct AllocationResult {
    std::string method; // greedy | exact
    bool ok = true;     // false: no answer (solver missing, cancelled, ...): see error
    std::string error;
    int admitted = 0;
    int rejected = 0;
    double admission_rate = 0; // admitted / applications with demands (0 when there are none)
    double satisfaction = 0;   // sum over admitted of priority * s_a / sum over all of priority
    int active_hosts = 0;
    bool optimal = false; // proven optimal (exact only, all three stages proven)
    double solve_ms = 0;
    double admitted_priority = 0;                   // objective (1): sum of priorities of the admitted
    double weighted_satisfaction = 0;               // objective (2): sum of priority * s_a over the admitted
    std::string solver;                             // exact: the program that ran
    std::vector<ApplicationAllocation> allocations; // project order of the applications
    std::vector<ApplicationRejection> rejections;   // project order of the applications
    std::vector<HostAllocation> hosts;              // every element with a capacity, project order
};

AllocationResult allocatePriority(const model::Project& project, const AllocationOptions& options = {});

// Every constraint of MODELS.md section 3 checked against the project: each application with demands
// is allocated once or rejected once; its host is a candidate (offers every demanded resource, in
// its `hosts` list when given); it gets every demanded resource within [C, Q] and nothing else; per
// host and resource the amounts fit the capacity; the counts, rates, satisfaction, active hosts and
// utilisations agree with the allocations. Returns one message per violation (empty: feasible).
std::vector<std::string> checkAllocation(const model::Project& project, const AllocationResult& result,
                                         double tolerance = 1e-6);

// The `allocate` JSON document of FORMAT.md section 5 (plus per-host utilisation and the objectives).
std::string allocationJson(const AllocationResult& result, bool pretty = true);

} // namespace iiot::solvers
