// The exact method of the priority allocation: three lexicographic MILPs (see the .cpp).
#pragma once

#include "priority_allocation_problem.h"

namespace iiot::solvers {

struct ExactAllocation {
    bool ok = false;
    bool cancelled = false;
    std::string error;
    bool optimal = false; // every stage proven optimal
    double solveMs = 0;
    std::string solver;
    std::vector<double> stageObjectives; // admitted priority, weighted satisfaction, active hosts
    AllocationDecision decision;
};

ExactAllocation allocateExact(const AllocationProblem& problem, const MilpOptions& milp,
                              const model::RunControl* control);

} // namespace iiot::solvers
