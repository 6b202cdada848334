// LARAC (Juttner, Szviatovszki, Mecs, Rajko, INFOCOM 2001): the least-cost path from s to t whose
// delay stays within a bound, by Lagrangian relaxation of the delay constraint. Each step runs one
// Dijkstra on the aggregated weight cost + lambda * delay; the result is a feasible path and a
// lower bound on the optimal cost (the best Lagrangian value seen), so the gap is known.
#pragma once

#include "arc_graph.h"

#include <cstddef>
#include <cstdint>
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

// Dijkstra on a lexicographic weight: primaryWeight * arc, ties broken by the other measure.
// Exposed for the slicing engines (least-cost and least-delay routes). lambdaDelay >= 0 gives the
// aggregated weight cost + lambda * delay with delay as tie-break; byDelay gives delay first, cost second.
struct LexPath {
    bool found = false;
    std::vector<std::size_t> arcs;
    double cost = 0, delay = 0;
};

// A compact snapshot of a graph (each vertex's arcs side by side, in out_edges order) with the
// scratch memory of the searches on it: many requests on one graph copy the graph once and, after
// the first, allocate nothing. load() again after the graph changes. Not shareable between threads.
class LaracSearch {
public:
    LaracSearch() = default;
    explicit LaracSearch(const ArcGraph& graph) { load(graph); }
    void load(const ArcGraph& graph);
    // The graph without the arcs whose index i has blocked[i] != 0 (indices past the end: kept).
    void load(const ArcGraph& graph, const std::vector<char>& blocked);
    // The same from a plain arc list (arc index = position): what addArc() would build, arcs of a
    // vertex in list order, without a Boost graph's allocation per arc.
    struct ArcSpec {
        std::uint32_t tail, head;
        double cost, delay;
    };
    void load(std::size_t vertexCount, const std::vector<ArcSpec>& arcs, const std::vector<char>& blocked);

    LaracResult larac(ArcVertex source, ArcVertex target, double maxDelay, const LaracOptions& options = {});
    void leastAggregatedPath(ArcVertex source, ArcVertex target, double lambdaDelay, LexPath& path);
    void leastDelayPath(ArcVertex source, ArcVertex target, LexPath& path);

private:
    struct CompactArc {
        std::uint32_t head, index;
        double cost, delay;
    };
    struct Label {
        double primary, secondary;
    };
    struct HeapEntry {
        Label key;
        std::uint32_t vertex;
    };
    void prepare(std::size_t vertexCount);
    template <typename Weight> void dijkstra(ArcVertex s, ArcVertex t, Weight weight, LexPath& path);
    // The indexed 4-ary heap of the search: each vertex at most once, its key lowered in place.
    void siftUp(std::uint32_t position, HeapEntry entry);
    void siftDown(std::uint32_t position, HeapEntry entry, std::uint32_t size);

    std::vector<std::uint32_t> first_; // arcs of v: arcs_[first_[v] .. first_[v + 1])
    std::vector<CompactArc> arcs_;
    std::vector<Label> dist_;
    std::vector<std::uint32_t> predArc_, predVertex_;
    std::vector<char> state_;             // 0 unreached, 1 in the heap, 2 settled
    std::vector<std::uint32_t> heapSlot_; // a vertex's position in heap_ while state_ is 1
    std::vector<HeapEntry> heap_;
    LexPath pc_, pd_, next_; // LARAC's paths, kept for their buffers
};

// One-off searches on a graph (a snapshot per call).
LaracResult larac(const ArcGraph& graph, ArcVertex source, ArcVertex target, double maxDelay,
                  const LaracOptions& options = {});
LexPath leastAggregatedPath(const ArcGraph& graph, ArcVertex source, ArcVertex target, double lambdaDelay);
LexPath leastDelayPath(const ArcGraph& graph, ArcVertex source, ArcVertex target);

} // namespace iiot::solvers
