#include "priority_allocation.h"

#include "priority_allocation_exact.h"
#include "priority_allocation_problem.h"

#include <chrono>

namespace iiot::solvers {

const char* toString(AllocationMethod method) {
    return method == AllocationMethod::Exact ? "exact" : "greedy";
}

AllocationResult allocatePriority(const model::Project& project, const AllocationOptions& options) {
    const auto start = std::chrono::steady_clock::now();
    const auto* control = options.control;
    const std::string method = toString(options.method);
    auto failed = [&](std::string error) {
        AllocationResult r;
        r.method = method;
        r.ok = false;
        r.error = std::move(error);
        return r;
    };
    if (control != nullptr && control->cancelled())
        return failed("cancelled");
    const AllocationProblem problem = buildAllocationProblem(project);
    if (options.method == AllocationMethod::Greedy) {
        if (control != nullptr)
            control->report(0.0);
        AllocationResult r = summarise(problem, allocateGreedy(problem), method);
        r.solve_ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        if (control != nullptr)
            control->report(1.0);
        return r;
    }
    const ExactAllocation exact = allocateExact(problem, options.milp, control);
    if (!exact.ok) {
        auto r = failed(exact.error);
        r.solver = exact.solver;
        r.solve_ms = exact.solveMs;
        return r;
    }
    AllocationResult r = summarise(problem, exact.decision, method);
    r.optimal = exact.optimal;
    r.solver = exact.solver;
    r.solve_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    return r;
}

} // namespace iiot::solvers
