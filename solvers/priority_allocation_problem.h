// The allocation problem of MODELS.md section 3 in index form, built once from the project: the
// engines (greedy, exact) work on it and return a decision that summarise() turns into a result.
#pragma once

#include "priority_allocation.h"

#include <string>
#include <vector>

namespace iiot::solvers {

struct AllocationHostData {
    std::string id;
    std::vector<double> capacity; // per problem resource; 0 where not offered
    std::vector<char> offers;     // per problem resource: in its capacity map
};

struct AllocationAppData {
    std::string id;
    long long priority = 5;
    std::vector<int> resources;    // problem resource indices it demands, ascending
    std::vector<double> committed; // C, parallel to resources
    std::vector<double> request;   // Q = min(request or P, P), never below C
    std::vector<int> candidates;   // host indices (project order) offering every demanded resource
};

struct AllocationProblem {
    std::vector<std::string> resources; // every demanded or offered resource name, sorted
    std::vector<AllocationHostData> hosts;
    std::vector<AllocationAppData> apps; // applications with demands, project order
};

// host[a] = host index or -1 (rejected); amount[a] parallel to apps[a].resources.
struct AllocationDecision {
    std::vector<int> host;
    std::vector<std::vector<double>> amount;
    std::vector<std::string> reason; // for rejected applications
};

AllocationProblem buildAllocationProblem(const model::Project& project);

// The greedy heuristic (MODELS.md section 3, the paper's flowchart).
AllocationDecision allocateGreedy(const AllocationProblem& problem);

// s_a of one application for its amounts.
double applicationSatisfaction(const AllocationAppData& app, const std::vector<double>& amount);

// The reported figures for a decision.
AllocationResult summarise(const AllocationProblem& problem, const AllocationDecision& decision,
                           const std::string& method);

// Reasons shared by the methods.
inline constexpr const char* kNoCandidateHost = "no host offers every demanded resource";
inline constexpr const char* kCommittedDoesNotFit = "committed demand does not fit";

} // namespace iiot::solvers
