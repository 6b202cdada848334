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

// Heap order: the label, then the vertex number, so that equal labels leave in a fixed order.
template <typename E> bool before(const E& a, const E& b) {
    return lexLess(a.key, b.key) || (!lexLess(b.key, a.key) && a.vertex < b.vertex);
}

constexpr std::uint32_t kArity = 4; // shallower than a binary heap: fewer cache misses per sift

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
    state_.resize(n);
    heapSlot_.resize(n);
    predArc_.resize(n);
    predVertex_.resize(n);
    heap_.resize(n);
}

void LaracSearch::siftUp(std::uint32_t position, HeapEntry entry) {
    HeapEntry* heap = heap_.data();
    std::uint32_t* slot = heapSlot_.data();
    while (position > 0) {
        const std::uint32_t parent = (position - 1) / kArity;
        if (!before(entry, heap[parent]))
            break;
        heap[position] = heap[parent];
        slot[heap[position].vertex] = position;
        position = parent;
    }
    heap[position] = entry;
    slot[entry.vertex] = position;
}

void LaracSearch::siftDown(std::uint32_t position, HeapEntry entry, std::uint32_t size) {
    HeapEntry* heap = heap_.data();
    std::uint32_t* slot = heapSlot_.data();
    for (;;) {
        const std::uint32_t firstChild = kArity * position + 1;
        if (firstChild >= size)
            break;
        std::uint32_t best = firstChild;
        const std::uint32_t lastChild = std::min(firstChild + kArity, size);
        for (std::uint32_t c = firstChild + 1; c < lastChild; ++c)
            if (before(heap[c], heap[best]))
                best = c;
        if (!before(heap[best], entry))
            break;
        heap[position] = heap[best];
        slot[heap[position].vertex] = position;
        position = best;
    }
    heap[position] = entry;
    slot[entry.vertex] = position;
}

// Dijkstra with lexicographic labels, stopping when the target is settled. Each reached vertex is
// in the heap once and a shorter label lowers its key in place, so the heap never holds more than
// the frontier; of several equal paths the one found first is kept.
template <typename Weight>
void LaracSearch::dijkstra(ArcVertex s, ArcVertex t, Weight weight, LexPath& path) {
    const std::size_t n = first_.size() - 1;
    // Raw pointers: through the vectors, every store to `state` (a char) would make the compiler
    // reload every vector's data pointer.
    const std::uint32_t* first = first_.data();
    const CompactArc* arcs = arcs_.data();
    Label* dist = dist_.data();
    char* state = state_.data();
    std::uint32_t* predArc = predArc_.data();
    std::uint32_t* predVertex = predVertex_.data();
    const HeapEntry* heap = heap_.data();
    const std::uint32_t* slot = heapSlot_.data();
    std::fill(dist, dist + n, Label{kInf, kInf});
    std::fill(state, state + n, 0);
    std::uint32_t size = 0;
    dist[s] = Label{0, 0};
    state[s] = 1;
    siftUp(size++, {dist[s], static_cast<std::uint32_t>(s)});
    while (size > 0) {
        const HeapEntry top = heap[0];
        if (--size > 0)
            siftDown(0, heap[size], size);
        const std::uint32_t u = top.vertex;
        state[u] = 2;
        if (u == t)
            break;
        for (std::uint32_t k = first[u], end = first[u + 1]; k < end; ++k) {
            const CompactArc& a = arcs[k];
            const std::uint32_t v = a.head;
            if (state[v] == 2)
                continue;
            const auto [w1, w2] = weight(a);
            const Label candidate{top.key.primary + w1, top.key.secondary + w2};
            if (lexLess(candidate, dist[v])) {
                dist[v] = candidate;
                predArc[v] = k;
                predVertex[v] = u;
                if (state[v] == 1) {
                    siftUp(slot[v], {candidate, v});
                } else {
                    state[v] = 1;
                    siftUp(size++, {candidate, v});
                }
            }
        }
    }
    path.arcs.clear();
    path.cost = path.delay = 0;
    path.found = state[t] == 2;
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
