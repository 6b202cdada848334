#include "larac.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <queue>
#include <utility>

namespace iiot::solvers {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// Delays are sums of floating-point latencies: a path exactly at the bound must count as within it.
bool withinBound(double delay, double bound) {
    return delay <= bound + 1e-9 * std::max(1.0, std::abs(bound));
}

struct Key {
    double primary = kInf, secondary = kInf;
    bool operator<(const Key& o) const {
        return primary < o.primary || (primary == o.primary && secondary < o.secondary);
    }
    bool operator>(const Key& o) const { return o < *this; }
};

// Dijkstra with lexicographic keys; weight(arc) returns the (primary, secondary) pair of an arc.
template <typename Weight> LexPath lexDijkstra(const ArcGraph& g, ArcVertex s, ArcVertex t, Weight weight) {
    const std::size_t n = boost::num_vertices(g);
    std::vector<Key> dist(n);
    std::vector<ArcEdge> pred(n);
    std::vector<char> done(n, 0);
    using Entry = std::pair<Key, ArcVertex>;
    auto later = [](const Entry& a, const Entry& b) { return b.first < a.first; };
    std::vector<Entry> storage;
    storage.reserve(n);
    std::priority_queue<Entry, std::vector<Entry>, decltype(later)> queue(later, std::move(storage));
    dist[s] = Key{0, 0};
    queue.push({dist[s], s});
    while (!queue.empty()) {
        const auto [key, u] = queue.top();
        queue.pop();
        if (done[u])
            continue;
        done[u] = 1;
        if (u == t)
            break;
        for (auto [e, end] = boost::out_edges(u, g); e != end; ++e) {
            const ArcVertex v = boost::target(*e, g);
            if (done[v])
                continue;
            const auto [w1, w2] = weight(g[*e]);
            const Key candidate{key.primary + w1, key.secondary + w2};
            if (candidate < dist[v]) {
                dist[v] = candidate;
                pred[v] = *e;
                queue.push({candidate, v});
            }
        }
    }
    LexPath path;
    if (!done[t])
        return path;
    path.found = true;
    for (ArcVertex v = t; v != s; v = boost::source(pred[v], g)) {
        const Arc& a = g[pred[v]];
        path.arcs.push_back(a.index);
        path.cost += a.cost;
        path.delay += a.delay;
    }
    std::reverse(path.arcs.begin(), path.arcs.end());
    return path;
}

void take(LaracResult& r, LexPath&& p) {
    r.arcs = std::move(p.arcs);
    r.cost = p.cost;
    r.delay = p.delay;
}

} // namespace

LexPath leastAggregatedPath(const ArcGraph& graph, ArcVertex source, ArcVertex target, double lambdaDelay) {
    return lexDijkstra(graph, source, target, [lambdaDelay](const Arc& a) {
        return std::pair{a.cost + lambdaDelay * a.delay, a.delay};
    });
}

LexPath leastDelayPath(const ArcGraph& graph, ArcVertex source, ArcVertex target) {
    return lexDijkstra(graph, source, target, [](const Arc& a) { return std::pair{a.delay, a.cost}; });
}

LaracResult larac(const ArcGraph& graph, ArcVertex source, ArcVertex target, double maxDelay,
                  const LaracOptions& options) {
    LaracResult result;
    LexPath pc = leastAggregatedPath(graph, source, target, 0.0);
    result.dijkstraRuns = 1;
    if (!pc.found)
        return result;
    result.reachable = true;
    if (withinBound(pc.delay, maxDelay)) { // the least-cost path already meets the bound
        result.feasible = result.optimal = true;
        result.lowerBound = pc.cost;
        take(result, std::move(pc));
        return result;
    }
    LexPath pd = leastDelayPath(graph, source, target);
    result.dijkstraRuns = 2;
    if (!withinBound(pd.delay, maxDelay))
        return result;      // even the fastest path is too slow
    double bound = pc.cost; // L(0): no feasible path is cheaper than the least-cost path
    for (int it = 0; it < options.maxIterations; ++it) {
        // pc violates the bound, pd meets it, so pd.delay < pc.delay and lambda > 0.
        const double lambda = (pc.cost - pd.cost) / (pd.delay - pc.delay);
        if (!(lambda > 0) || !std::isfinite(lambda))
            break;
        LexPath r = leastAggregatedPath(graph, source, target, lambda);
        ++result.dijkstraRuns;
        const double lr = r.cost + lambda * r.delay;
        bound = std::max(bound, lr - lambda * maxDelay);
        const double lc = pc.cost + lambda * pc.delay; // = pd's aggregated cost too
        if (lr >= lc - options.tolerance * std::max(1.0, std::abs(lc)))
            break; // no path below the line through pc and pd: pd is LARAC's answer
        if (withinBound(r.delay, maxDelay))
            pd = std::move(r);
        else
            pc = std::move(r);
    }
    result.feasible = true;
    result.lowerBound = std::min(bound, pd.cost);
    result.optimal = pd.cost - result.lowerBound <= options.tolerance * std::max(1.0, std::abs(pd.cost));
    take(result, std::move(pd));
    return result;
}

} // namespace iiot::solvers
