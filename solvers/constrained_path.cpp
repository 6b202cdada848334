#include "constrained_path.h"

#include "larac.h"

#include <boost/graph/r_c_shortest_paths.hpp>
#include <boost/graph/reverse_graph.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>

namespace iiot::solvers {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

double slack(double bound) {
    return 1e-9 * std::max(1.0, std::abs(bound));
}

struct Resources {
    double cost = 0, delay = 0;
    bool operator==(const Resources& o) const { return cost == o.cost && delay == o.delay; }
    bool operator<(const Resources& o) const { return cost < o.cost || (cost == o.cost && delay < o.delay); }
};

// Least remaining measure from every vertex to the target (Dijkstra on the reversed arcs).
template <typename Measure> std::vector<double> toTarget(const ArcGraph& g, ArcVertex t, Measure measure) {
    std::vector<double> dist(boost::num_vertices(g), kInf);
    std::vector<std::vector<std::pair<ArcVertex, double>>> incoming(boost::num_vertices(g));
    for (auto [e, end] = boost::edges(g); e != end; ++e)
        incoming[boost::target(*e, g)].push_back({boost::source(*e, g), measure(g[*e])});
    using Entry = std::pair<double, ArcVertex>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> queue;
    dist[t] = 0;
    queue.push({0, t});
    while (!queue.empty()) {
        const auto [d, v] = queue.top();
        queue.pop();
        if (d > dist[v])
            continue;
        for (const auto& [u, w] : incoming[v])
            if (d + w < dist[u]) {
                dist[u] = d + w;
                queue.push({dist[u], u});
            }
    }
    return dist;
}

struct Extension {
    const std::vector<double>* costToTarget;
    const std::vector<double>* delayToTarget;
    double maxDelay, maxCost;
    bool operator()(const ArcGraph& g, Resources& next, const Resources& current, const ArcEdge& e) const {
        const Arc& a = g[e];
        next.cost = current.cost + a.cost;
        next.delay = current.delay + a.delay;
        const ArcVertex v = boost::target(e, g);
        return next.delay + (*delayToTarget)[v] <= maxDelay + slack(maxDelay) &&
               next.cost + (*costToTarget)[v] <= maxCost + slack(maxCost);
    }
};

struct Dominance {
    bool operator()(const Resources& a, const Resources& b) const {
        return a.cost <= b.cost && a.delay <= b.delay;
    }
};

} // namespace

ConstrainedPath exactConstrainedPath(const ArcGraph& graph, ArcVertex source, ArcVertex target,
                                     double maxDelay) {
    ConstrainedPath best;
    // The least-delay path (ties by cost) is feasible whenever anything is, and its cost bounds the answer.
    const LexPath fastest = leastDelayPath(graph, source, target);
    if (!fastest.found || fastest.delay > maxDelay + slack(maxDelay))
        return best;
    best.feasible = true;
    best.arcs = fastest.arcs;
    best.cost = fastest.cost;
    best.delay = fastest.delay;
    if (source == target)
        return best;

    const auto costToTarget = toTarget(graph, target, [](const Arc& a) { return a.cost; });
    const auto delayToTarget = toTarget(graph, target, [](const Arc& a) { return a.delay; });
    std::vector<std::vector<ArcEdge>> paths;
    std::vector<Resources> resources;
    boost::r_c_shortest_paths(graph, boost::get(boost::vertex_index, graph), boost::get(&Arc::index, graph),
                              source, target, paths, resources, Resources{},
                              Extension{&costToTarget, &delayToTarget, maxDelay, fastest.cost}, Dominance{},
                              std::allocator<boost::r_c_shortest_paths_label<ArcGraph, Resources>>(),
                              boost::default_r_c_shortest_paths_visitor());
    for (std::size_t k = 0; k < paths.size(); ++k) {
        const Resources& r = resources[k];
        if (r.delay > maxDelay + slack(maxDelay))
            continue;
        if (r.cost < best.cost || (r.cost == best.cost && r.delay < best.delay)) {
            best.cost = r.cost;
            best.delay = r.delay;
            best.arcs.clear();
            for (auto it = paths[k].rbegin(); it != paths[k].rend(); ++it) // Boost lists them target first
                best.arcs.push_back(graph[*it].index);
        }
    }
    return best;
}

} // namespace iiot::solvers
