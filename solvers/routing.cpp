#include "routing.h"

#include "model/effective_values.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace iiot::solvers {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// Latencies are sums of decimal numbers: 0.1 + 0.2 and 0.3 must tie.
bool sameLatency(double a, double b) {
    return std::fabs(a - b) <= 1e-9 * std::max({1.0, std::fabs(a), std::fabs(b)});
}

// Route labels: (latency, hops, rank of the destination reached), compared in that order.
bool better(double la, std::uint32_t ha, std::uint32_t ta, double lb, std::uint32_t hb, std::uint32_t tb) {
    if (!sameLatency(la, lb))
        return la < lb;
    if (ha != hb)
        return ha < hb;
    return ta < tb;
}

bool isAccessPointKind(const std::string& kind) {
    return kind == "access-point" || kind == "base-station";
}

} // namespace

Router::Router(const model::Project& project, const model::TypeLibrary& types, RoutingOptions options) {
    elementCount_ = project.elements.size();
    index_.reserve(elementCount_);
    kinds_.reserve(elementCount_);
    transit_.resize(elementCount_);
    for (std::size_t i = 0; i < elementCount_; ++i) {
        const auto& e = project.elements[i];
        index_.emplace(e.id, i); // the first of duplicate ids wins (validation reports the rest)
        kinds_.push_back(e.kind);
        const auto* k = types.kind(e.kind);
        transit_[i] = (!options.end_devices_transit && k && k->end_device) ? 0 : 1;
    }
    {
        std::vector<std::uint32_t> order(elementCount_);
        std::iota(order.begin(), order.end(), 0u);
        std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
            return project.elements[a].id < project.elements[b].id;
        });
        elementRank_.resize(elementCount_);
        for (std::size_t r = 0; r < order.size(); ++r)
            elementRank_[order[r]] = static_cast<std::uint32_t>(r);
    }

    const std::size_t m = project.links.size();
    links_.resize(m);
    std::vector<std::uint32_t> degree(elementCount_ + 1, 0);
    for (std::size_t i = 0; i < m; ++i) {
        const auto& l = project.links[i];
        auto& d = links_[i];
        d.latency_ms = model::effectiveLatencyMs(l, types);
        d.bandwidth_mbps = model::effectiveBandwidthMbps(l, types);
        d.wireless = model::isWireless(l, types);
        const auto a = element(l.from), b = element(l.to);
        d.usable = a != kNoIndex && b != kNoIndex && a != b;
        if (!d.usable)
            continue;
        d.from = static_cast<std::uint32_t>(a);
        d.to = static_cast<std::uint32_t>(b);
        ++degree[a];
        ++degree[b];
    }
    {
        std::vector<std::uint32_t> order(m);
        std::iota(order.begin(), order.end(), 0u);
        // A link without an id sorts by its position (ids are generated on load anyway).
        std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
            return project.links[a].id.value_or("") < project.links[b].id.value_or("");
        });
        for (std::size_t r = 0; r < m; ++r)
            links_[order[r]].rank = static_cast<std::uint32_t>(r);
    }

    offsets_.assign(elementCount_ + 1, 0);
    for (std::size_t v = 0; v < elementCount_; ++v)
        offsets_[v + 1] = offsets_[v] + degree[v];
    arcs_.resize(offsets_[elementCount_]);
    std::vector<std::uint32_t> fill(offsets_.begin(), offsets_.end() - 1);
    for (std::size_t i = 0; i < m; ++i) {
        const auto& d = links_[i];
        if (!d.usable)
            continue;
        const auto li = static_cast<std::uint32_t>(i);
        arcs_[fill[d.from]++] = Arc{d.to, li, 0, d.latency_ms};
        arcs_[fill[d.to]++] = Arc{d.from, li, 1, d.latency_ms};
    }

    // Shared channels: one per access point / base station with wireless links, in element order.
    // A wireless link between two access points joins the channel of its `from` end.
    std::vector<std::size_t> channelOfElement(elementCount_, kNoIndex);
    for (std::size_t i = 0; i < m; ++i) {
        auto& d = links_[i];
        if (!d.usable || !d.wireless)
            continue;
        std::size_t ap = kNoIndex;
        if (isAccessPointKind(kinds_[d.from]))
            ap = d.from;
        else if (isAccessPointKind(kinds_[d.to]))
            ap = d.to;
        if (ap != kNoIndex)
            channelOfElement[ap] = 0; // marked; numbered below in element order
    }
    for (std::size_t v = 0; v < elementCount_; ++v)
        if (channelOfElement[v] != kNoIndex) {
            channelOfElement[v] = channels_.size();
            channels_.push_back(SharedChannel{v, 0, {}});
        }
    for (std::size_t i = 0; i < m; ++i) {
        auto& d = links_[i];
        if (!d.usable || !d.wireless)
            continue;
        std::size_t ap = kNoIndex;
        if (isAccessPointKind(kinds_[d.from]))
            ap = d.from;
        else if (isAccessPointKind(kinds_[d.to]))
            ap = d.to;
        if (ap == kNoIndex)
            continue;
        d.channel = channelOfElement[ap];
        auto& c = channels_[d.channel];
        c.links.push_back(i);
        c.capacity_mbps = std::max(c.capacity_mbps, d.bandwidth_mbps);
    }
}

std::size_t Router::element(const std::string& id) const {
    const auto it = index_.find(id);
    return it == index_.end() ? kNoIndex : it->second;
}

std::size_t Router::hopTail(const Hop& h) const {
    const auto& d = links_.at(h.link);
    return h.direction == LinkDirection::Forward ? d.from : d.to;
}

std::size_t Router::hopHead(const Hop& h) const {
    const auto& d = links_.at(h.link);
    return h.direction == LinkDirection::Forward ? d.to : d.from;
}

std::vector<std::size_t> Router::pathElements(const Path& p) const {
    std::vector<std::size_t> out;
    out.reserve(p.hops.size() + 1);
    out.push_back(p.source);
    for (const auto& h : p.hops)
        out.push_back(hopHead(h));
    return out;
}

std::size_t Router::resource(const Hop& h) const {
    const auto& d = links_.at(h.link);
    if (d.channel != kNoIndex)
        return 2 * links_.size() + d.channel;
    return 2 * h.link + static_cast<std::size_t>(h.direction);
}

double Router::resourceCapacityMbps(std::size_t r) const {
    if (r >= 2 * links_.size())
        return channels_.at(r - 2 * links_.size()).capacity_mbps;
    return links_.at(r / 2).bandwidth_mbps;
}

std::vector<std::size_t> Router::elementsOfKinds(const std::vector<std::string>& kinds) const {
    std::vector<std::size_t> out;
    for (std::size_t v = 0; v < elementCount_; ++v)
        if (std::find(kinds.begin(), kinds.end(), kinds_[v]) != kinds.end())
            out.push_back(v);
    return out;
}

RouteTree Router::treeTo(std::size_t destination) const {
    RouteTree t;
    treeTo(destination, t);
    return t;
}

void Router::treeTo(std::size_t destination, RouteTree& out) const {
    run({destination}, out);
}

RouteTree Router::treeToNearest(const std::vector<std::size_t>& destinations) const {
    RouteTree t;
    run(destinations, t);
    return t;
}

void Router::treeToNearest(const std::vector<std::size_t>& destinations, RouteTree& out) const {
    run(destinations, out);
}

std::optional<Path> Router::path(std::size_t a, std::size_t b) const {
    return treeTo(b).pathFrom(a);
}

std::optional<Nearest> Router::nearest(std::size_t source, const std::vector<std::size_t>& candidates) const {
    if (candidates.empty())
        return std::nullopt;
    // Latency and hop counts are symmetric, so the routes toward the source give the distances.
    const RouteTree t = treeTo(source);
    std::optional<Nearest> best;
    for (const auto c : candidates) {
        if (c >= elementCount_ || !t.reachable(c))
            continue;
        const auto lc = t.latencyMs(c);
        const auto hc = static_cast<std::uint32_t>(t.hopCount(c));
        if (!best || better(lc, hc, elementRank_[c], best->latency_ms, static_cast<std::uint32_t>(best->hops),
                            elementRank_[best->element]))
            best = Nearest{c, lc, hc};
    }
    return best;
}

std::optional<Nearest> Router::nearestOfKinds(std::size_t source,
                                              const std::vector<std::string>& kinds) const {
    return nearest(source, elementsOfKinds(kinds));
}

// Dijkstra from the roots over reversed routes (links are symmetric, so the distance from a root
// is the route latency toward it). An element's next hop is settled on every relaxation that ties
// its label, keeping the smallest (neighbour rank, link rank): the result does not depend on the
// order in which equal labels leave the heap.
void Router::run(const std::vector<std::size_t>& roots, RouteTree& out) const {
    const std::size_t n = elementCount_;
    constexpr auto kNone = RouteTree::kNone;
    out.latency_.assign(n, kInf);
    out.hops_.assign(n, kNone);
    out.root_.assign(n, kNone);
    out.tag_.assign(n, kNone);
    out.nextElement_.assign(n, kNone);
    out.nextLink_.assign(n, kNone);
    out.nextDirection_.assign(n, 0);
    out.done_.assign(n, 0);
    auto& heap = out.heap_;
    heap.clear();
    const auto heapLess = [](const RouteTree::HeapItem& a, const RouteTree::HeapItem& b) {
        // std heap is a max-heap: "less" means "worse".
        if (a.latency != b.latency)
            return a.latency > b.latency;
        if (a.hops != b.hops)
            return a.hops > b.hops;
        if (a.tag != b.tag)
            return a.tag > b.tag;
        return a.element > b.element;
    };

    for (const auto r : roots) {
        if (r >= n)
            throw std::out_of_range("route destination out of range");
        out.latency_[r] = 0;
        out.hops_[r] = 0;
        out.root_[r] = static_cast<std::uint32_t>(r);
        out.tag_[r] = elementRank_[r];
        heap.push_back({0.0, 0, elementRank_[r], static_cast<std::uint32_t>(r)});
        std::push_heap(heap.begin(), heap.end(), heapLess);
    }

    while (!heap.empty()) {
        std::pop_heap(heap.begin(), heap.end(), heapLess);
        const auto item = heap.back();
        heap.pop_back();
        const auto u = item.element;
        if (out.done_[u] || item.latency != out.latency_[u] || item.hops != out.hops_[u] ||
            item.tag != out.tag_[u])
            continue;
        out.done_[u] = 1;
        // A route passes through u only if u is its destination or may forward traffic.
        if (out.hops_[u] != 0 && !transit_[u])
            continue;
        for (std::uint32_t k = offsets_[u]; k < offsets_[u + 1]; ++k) {
            const auto& a = arcs_[k];
            const auto v = a.neighbour;
            const double lv = out.latency_[u] + a.latency_ms;
            const std::uint32_t hv = out.hops_[u] + 1;
            const std::uint32_t tv = out.tag_[u];
            const bool improves =
                out.root_[v] == kNone || better(lv, hv, tv, out.latency_[v], out.hops_[v], out.tag_[v]);
            if (improves) {
                // A settled element can only improve within the latency tolerance (fewer hops at a
                // latency that differs by rounding): it is settled again with the better label.
                out.done_[v] = 0;
                out.latency_[v] = lv;
                out.hops_[v] = hv;
                out.tag_[v] = tv;
                out.root_[v] = out.root_[u];
                out.nextElement_[v] = u;
                out.nextLink_[v] = a.link;
                out.nextDirection_[v] = static_cast<std::uint8_t>(1 - a.direction);
                heap.push_back({lv, hv, tv, v});
                std::push_heap(heap.begin(), heap.end(), heapLess);
            } else if (!better(out.latency_[v], out.hops_[v], out.tag_[v], lv, hv, tv) &&
                       out.nextElement_[v] != kNone) {
                // An equally good route: keep the smaller neighbour id, then link id.
                const auto cu = elementRank_[u], cl = links_[a.link].rank;
                const auto bu = elementRank_[out.nextElement_[v]], bl = links_[out.nextLink_[v]].rank;
                if (cu < bu || (cu == bu && cl < bl)) {
                    out.nextElement_[v] = u;
                    out.nextLink_[v] = a.link;
                    out.nextDirection_[v] = static_cast<std::uint8_t>(1 - a.direction);
                }
            }
        }
    }
}

std::size_t RouteTree::root(std::size_t element) const {
    return root_[element] == kNone ? kNoIndex : root_[element];
}

Hop RouteTree::nextHop(std::size_t element) const {
    if (nextLink_[element] == kNone)
        return Hop{};
    return Hop{nextLink_[element], static_cast<LinkDirection>(nextDirection_[element])};
}

std::size_t RouteTree::nextElement(std::size_t element) const {
    return nextElement_[element] == kNone ? kNoIndex : nextElement_[element];
}

std::optional<Path> RouteTree::pathFrom(std::size_t element) const {
    Path p;
    if (!pathFrom(element, p))
        return std::nullopt;
    return p;
}

bool RouteTree::pathFrom(std::size_t element, Path& out) const {
    out.hops.clear();
    if (element >= root_.size() || root_[element] == kNone)
        return false;
    out.source = element;
    out.destination = root_[element];
    out.latency_ms = latency_[element];
    out.hops.reserve(hops_[element]);
    for (auto v = static_cast<std::uint32_t>(element); nextElement_[v] != kNone; v = nextElement_[v])
        out.hops.push_back(Hop{nextLink_[v], static_cast<LinkDirection>(nextDirection_[v])});
    return true;
}

} // namespace iiot::solvers
