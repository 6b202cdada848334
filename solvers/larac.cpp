#include "larac.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace iiot::solvers {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// Delays are sums of floating-point latencies: a path exactly at the bound must count as within it.
bool withinBound(double delay, double bound) {
    return delay <= bound + 1e-9 * std::max(1.0, std::abs(bound));
}

template <typename L> bool lexLess(const L& a, const L& b) {
    return a.primary < b.primary || (a.primary == b.primary && a.secondary < b.secondary);
}

// A function object (not a function pointer) so that the heap algorithms inline it.
struct Later {
    template <typename E> bool operator()(const E& a, const E& b) const { return lexLess(b.key, a.key); }
};

} // namespace

void LaracSearch::load(const ArcGraph& graph) {
    load(graph, {});
}

void LaracSearch::load(const ArcGraph& graph, const std::vector<char>& blocked) {
    const std::size_t n = boost::num_vertices(graph);
    first_.resize(n + 1);
    arcs_.clear();
    for (std::size_t v = 0; v < n; ++v) {
        first_[v] = static_cast<std::uint32_t>(arcs_.size());
        for (auto [e, end] = boost::out_edges(v, graph); e != end; ++e) {
            const Arc& a = graph[*e];
            if (a.index < blocked.size() && blocked[a.index])
                continue;
            arcs_.push_back({static_cast<std::uint32_t>(boost::target(*e, graph)),
                             static_cast<std::uint32_t>(a.index), a.cost, a.delay});
        }
    }
    first_[n] = static_cast<std::uint32_t>(arcs_.size());
    prepare(n);
}

void LaracSearch::load(std::size_t vertexCount, const std::vector<ArcSpec>& arcs,
                       const std::vector<char>& blocked) {
    const std::size_t n = vertexCount;
    auto kept = [&](std::size_t i) { return i >= blocked.size() || !blocked[i]; };
    first_.assign(n + 1, 0);
    for (std::size_t i = 0; i < arcs.size(); ++i) // counting sort by tail, stable
        if (kept(i))
            ++first_[arcs[i].tail + 1];
    for (std::size_t v = 0; v < n; ++v)
        first_[v + 1] += first_[v];
    arcs_.resize(first_[n]);
    predArc_.assign(first_.begin(), first_.end() - 1); // fill positions, reused as scratch here
    for (std::size_t i = 0; i < arcs.size(); ++i)
        if (kept(i))
            arcs_[predArc_[arcs[i].tail]++] = {arcs[i].head, static_cast<std::uint32_t>(i), arcs[i].cost,
                                               arcs[i].delay};
    prepare(n);
}

void LaracSearch::prepare(std::size_t n) {
    dist_.resize(n);
    done_.resize(n);
    predArc_.resize(n);
    predVertex_.resize(n);
    if (heap_.size() < std::min(arcs_.size(), n) + 1)
        heap_.resize(std::min(arcs_.size(), n) + 1); // grows further when a search needs more
}

// Dijkstra with lexicographic labels, stopping when the target is settled. The heap is a binary heap
// driven by std::push_heap / std::pop_heap, as std::priority_queue drives it, with lazy deletion: the
// order in which equal labels leave it (and so which of several equal paths is returned) is that of
// a plain priority_queue.
template <typename Weight>
void LaracSearch::dijkstra(ArcVertex s, ArcVertex t, Weight weight, LexPath& path) {
    const std::size_t n = first_.size() - 1;
    // Raw pointers: through the vectors, every store to `done` (a char) would make the compiler
    // reload every vector's data pointer.
    const std::uint32_t* first = first_.data();
    const CompactArc* arcs = arcs_.data();
    Label* dist = dist_.data();
    char* done = done_.data();
    std::uint32_t* predArc = predArc_.data();
    std::uint32_t* predVertex = predVertex_.data();
    HeapEntry* heap = heap_.data();
    std::fill(dist, dist + n, Label{kInf, kInf});
    std::fill(done, done + n, 0);
    std::size_t size = 0;
    dist[s] = Label{0, 0};
    heap[size++] = {dist[s], static_cast<std::uint32_t>(s)};
    while (size > 0) {
        std::pop_heap(heap, heap + size, Later{});
        const HeapEntry top = heap[--size];
        const std::uint32_t u = top.vertex;
        if (done[u])
            continue;
        done[u] = 1;
        if (u == t)
            break;
        for (std::uint32_t k = first[u], end = first[u + 1]; k < end; ++k) {
            const CompactArc& a = arcs[k];
            const std::uint32_t v = a.head;
            if (done[v])
                continue;
            const auto [w1, w2] = weight(a);
            const Label candidate{top.key.primary + w1, top.key.secondary + w2};
            if (lexLess(candidate, dist[v])) {
                dist[v] = candidate;
                predArc[v] = k;
                predVertex[v] = u;
                if (size == heap_.size()) {
                    heap_.resize(2 * size);
                    heap = heap_.data();
                }
                heap[size++] = {candidate, v};
                std::push_heap(heap, heap + size, Later{});
            }
        }
    }
    path.arcs.clear();
    path.cost = path.delay = 0;
    path.found = done[t] != 0;
    if (!path.found)
        return;
    // Summed from the target back, as the path is read: the same floating-point sums every time.
    for (std::size_t v = t; v != s; v = predVertex[v]) {
        const CompactArc& a = arcs[predArc[v]];
        path.arcs.push_back(a.index);
        path.cost += a.cost;
        path.delay += a.delay;
    }
    std::reverse(path.arcs.begin(), path.arcs.end());
}

void LaracSearch::leastAggregatedPath(ArcVertex source, ArcVertex target, double lambdaDelay, LexPath& path) {
    dijkstra(
        source, target,
        [lambdaDelay](const CompactArc& a) {
            return std::pair{a.cost + lambdaDelay * a.delay, a.delay};
        },
        path);
}

void LaracSearch::leastDelayPath(ArcVertex source, ArcVertex target, LexPath& path) {
    dijkstra(
        source, target,
        [](const CompactArc& a) {
            return std::pair{a.delay, a.cost};
        },
        path);
}

LaracResult LaracSearch::larac(ArcVertex source, ArcVertex target, double maxDelay,
                               const LaracOptions& options) {
    LaracResult result;
    auto take = [&result](const LexPath& p) {
        result.arcs = p.arcs;
        result.cost = p.cost;
        result.delay = p.delay;
    };
    LexPath &pc = pc_, &pd = pd_;
    leastAggregatedPath(source, target, 0.0, pc);
    result.dijkstraRuns = 1;
    if (!pc.found)
        return result;
    result.reachable = true;
    if (withinBound(pc.delay, maxDelay)) { // the least-cost path already meets the bound
        result.feasible = result.optimal = true;
        result.lowerBound = pc.cost;
        take(pc);
        return result;
    }
    leastDelayPath(source, target, pd);
    result.dijkstraRuns = 2;
    if (!withinBound(pd.delay, maxDelay))
        return result;      // even the fastest path is too slow
    double bound = pc.cost; // L(0): no feasible path is cheaper than the least-cost path
    for (int it = 0; it < options.maxIterations; ++it) {
        // pc violates the bound, pd meets it, so pd.delay < pc.delay and lambda > 0.
        const double lambda = (pc.cost - pd.cost) / (pd.delay - pc.delay);
        if (!(lambda > 0) || !std::isfinite(lambda))
            break;
        LexPath& r = next_;
        leastAggregatedPath(source, target, lambda, r);
        ++result.dijkstraRuns;
        const double lr = r.cost + lambda * r.delay;
        bound = std::max(bound, lr - lambda * maxDelay);
        const double lc = pc.cost + lambda * pc.delay; // = pd's aggregated cost too
        if (lr >= lc - options.tolerance * std::max(1.0, std::abs(lc)))
            break; // no path below the line through pc and pd: pd is LARAC's answer
        std::swap(withinBound(r.delay, maxDelay) ? pd : pc, r); // the old path's buffer is reused
    }
    result.feasible = true;
    result.lowerBound = std::min(bound, pd.cost);
    result.optimal = pd.cost - result.lowerBound <= options.tolerance * std::max(1.0, std::abs(pd.cost));
    take(pd);
    return result;
}

LaracResult larac(const ArcGraph& graph, ArcVertex source, ArcVertex target, double maxDelay,
                  const LaracOptions& options) {
    return LaracSearch(graph).larac(source, target, maxDelay, options);
}

LexPath leastAggregatedPath(const ArcGraph& graph, ArcVertex source, ArcVertex target, double lambdaDelay) {
    LexPath path;
    LaracSearch(graph).leastAggregatedPath(source, target, lambdaDelay, path);
    return path;
}

LexPath leastDelayPath(const ArcGraph& graph, ArcVertex source, ArcVertex target) {
    LexPath path;
    LaracSearch(graph).leastDelayPath(source, target, path);
    return path;
}

} // namespace iiot::solvers
