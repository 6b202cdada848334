// The exact delay-constrained least-cost path, to check LARAC against: Boost's resource-constrained
// shortest paths (label setting), using the all-Pareto overload because the single-solution one can
// miss the cheapest path in Boost 1.74 (Boost issue #363). Labels are pruned in the resource
// extension: a label whose delay (or cost) plus the least remaining delay (cost) to the target
// exceeds the bound (the cost of the least-delay path) can never become the answer.
#pragma once

#include "arc_graph.h"

#include <cstddef>
#include <vector>

namespace iiot::solvers {

struct ConstrainedPath {
    bool feasible = false;         // a path meeting the bound exists
    std::vector<std::size_t> arcs; // from s to t
    double cost = 0, delay = 0;
};

// Least cost among s-t paths with delay <= maxDelay (ties: less delay). Exponential in the worst case.
ConstrainedPath exactConstrainedPath(const ArcGraph& graph, ArcVertex source, ArcVertex target,
                                     double maxDelay);

} // namespace iiot::solvers
