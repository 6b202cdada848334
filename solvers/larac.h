// LARAC (Juttner, Szviatovszki, Mecs, Rajko, INFOCOM 2001): the least-cost path from s to t whose
// delay stays within a bound, by Lagrangian relaxation of the delay constraint. Each step runs one
// Dijkstra on the aggregated weight cost + lambda * delay; the result is a feasible path and a
// lower bound on the optimal cost (the best Lagrangian value seen), so the gap is known.
#pragma once

#include "arc_graph.h"

#include <cstddef>
#include <vector>

namespace iiot::solvers {

struct LaracOptions {
    int maxIterations = 64;  // Dijkstra runs after the first two; real instances need 1-4
    double tolerance = 1e-9; // relative, for comparing aggregated costs
};

struct LaracResult {
    bool reachable = false;        // some s-t path exists
    bool feasible = false;         // a path meeting the delay bound was found (then arcs is it)
    std::vector<std::size_t> arcs; // arc indices from s to t
    double cost = 0, delay = 0;
    double lowerBound = 0; // on the least cost of a delay-feasible path; valid when feasible
    bool optimal = false;  // cost == lowerBound within the tolerance (proven optimal)
    int dijkstraRuns = 0;
};

LaracResult larac(const ArcGraph& graph, ArcVertex source, ArcVertex target, double maxDelay,
                  const LaracOptions& options = {});

// Dijkstra on a lexicographic weight: primaryWeight * arc, ties broken by the other measure.
// Exposed for the slicing engines (least-cost and least-delay routes). lambdaDelay >= 0 gives the
// aggregated weight cost + lambda * delay with delay as tie-break; byDelay gives delay first, cost second.
struct LexPath {
    bool found = false;
    std::vector<std::size_t> arcs;
    double cost = 0, delay = 0;
};
LexPath leastAggregatedPath(const ArcGraph& graph, ArcVertex source, ArcVertex target, double lambdaDelay);
LexPath leastDelayPath(const ArcGraph& graph, ArcVertex source, ArcVertex target);

} // namespace iiot::solvers
