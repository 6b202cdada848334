// STNRA (MODELS.md section 4, [S3] section IV-A). The auxiliary layered graph has one layer per
// stage of the chain: layer j holds every element, reached after chain entries 1..j are placed.
// Within a layer the arcs are the residual network's link directions (cost = cost_per_mbps x
// bandwidth, delay = latency); between layers j-1 and j an arc at each candidate host places entry
// j (cost = node cost, delay = processing time). The paper weights its layer-to-layer edges with
// least-cost paths; here those paths stay expanded in the layer, so LARAC picks each leg's path
// itself (a least-cost leg is one of the choices) and its bound covers every walk of the network.
// When the walk found over-uses a link direction or a host (walks may repeat), it is removed and the
// search repeated, one use at a time: the link direction from the layer of its last crossing, the
// host for the last chain entry placed on it that has another host left (removing it everywhere
// would also forbid the uses that fit, and often every walk left).
#include "larac.h"
#include "slicing.h"
#include "slicing_network.h"

#include <algorithm>
#include <limits>
#include <map>
#include <set>
#include <tuple>

namespace iiot::solvers {

namespace {

struct LayeredArc {
    bool host = false;
    Traversal link;                    // link arcs
    std::size_t layer = 0;             // link arcs
    std::size_t vertex = 0, entry = 0; // host arcs
};

// A lower estimate of the node cost of entry j on h, valid whatever else this service puts on h:
// the least cost over every core count h could then have in use. Equal to the exact cost for the
// increasing cost functions when h hosts nothing else of the service; keeps LARAC's bound a bound.
double relaxedNodeCost(const SliceNetwork& net, const SliceRequest& r, std::size_t h, std::size_t j) {
    long long others = 0;
    for (std::size_t i = 0; i < r.chain.size(); ++i)
        if (i != j)
            others += r.chain[i].cores;
    const long long room = net.freeCores(h) - r.chain[j].cores;
    double best = std::numeric_limits<double>::infinity();
    for (long long extra = 0; extra <= std::min(others, room); ++extra)
        best = std::min(best, net.nodeCost(h, r.chain[j].cores, extra));
    return best;
}

} // namespace

std::optional<Embedding> embedStnra(const SliceNetwork& net, const SliceRequest& r, std::string& reason) {
    const std::size_t n = net.vertexCount(), layers = r.chain.size() + 1;
    std::set<std::tuple<std::size_t, std::size_t, int>> removedLinks; // (layer, link, direction)
    std::set<std::pair<std::size_t, std::size_t>> removedHosts;       // (entry, host)
    std::vector<double> nodeCost(n * r.chain.size());
    for (std::size_t j = 0; j < r.chain.size(); ++j)
        for (std::size_t h = 0; h < n; ++h)
            if (net.freeCores(h) >= r.chain[j].cores)
                nodeCost[j * n + h] = relaxedNodeCost(net, r, h, j);
    // Hosts entry j may still use.
    auto hostOptions = [&](std::size_t j) {
        std::size_t count = 0;
        for (std::size_t h = 0; h < n; ++h)
            if ((!net.endDevice(h) || h == r.source || h == r.destination) &&
                net.freeCores(h) >= r.chain[j].cores && !removedHosts.count({j, h}))
                ++count;
        return count;
    };
    // The layered graph is built once; removals take single arcs out of it.
    ArcGraph graph(n * layers);
    std::vector<LayeredArc> arcs;
    {
        for (std::size_t layer = 0; layer < layers; ++layer)
            for (std::size_t u = 0; u < n; ++u) {
                if (!net.canLeave(u, r))
                    continue;
                for (const auto& t : net.outgoing(u)) {
                    const auto& l = net.links()[t.link];
                    if (!net.canEnter(l.head(t.direction), r) || !net.fits(t, r))
                        continue;
                    addArc(graph, layer * n + u, layer * n + l.head(t.direction), l.costPerMbps * r.bandwidth,
                           l.latency);
                    arcs.push_back({false, t, layer, 0, 0});
                }
            }
        for (std::size_t j = 0; j < r.chain.size(); ++j)
            for (std::size_t h = 0; h < n; ++h) {
                const bool visitable = !net.endDevice(h) || h == r.source || h == r.destination;
                if (!visitable || net.freeCores(h) < r.chain[j].cores)
                    continue;
                addArc(graph, j * n + h, (j + 1) * n + h, nodeCost[j * n + h], r.chain[j].processingMs);
                arcs.push_back({true, {}, 0, h, j});
            }
    }
    auto removeArcs = [&](std::size_t from, auto matches) {
        boost::remove_out_edge_if(
            from, [&](const ArcEdge& e) { return matches(arcs[graph[e].index]); }, graph);
    };
    for (;;) {
        const auto found = larac(graph, r.source, (layers - 1) * n + r.destination, r.maxDelay);
        if (!found.reachable) {
            reason = removedLinks.empty() && removedHosts.empty()
                         ? "no walk with enough bandwidth and VNF cores"
                         : "no walk left after removing over-used links and hosts from the search";
            return std::nullopt;
        }
        if (!found.feasible) {
            reason = "delay bound cannot be met";
            return std::nullopt;
        }
        Embedding e;
        e.placement.resize(r.chain.size());
        std::vector<std::size_t> layerOf; // per crossing of the walk
        for (std::size_t a : found.arcs) {
            if (arcs[a].host) {
                e.placement[arcs[a].entry] = arcs[a].vertex;
            } else {
                e.walk.push_back(arcs[a].link);
                layerOf.push_back(arcs[a].layer);
            }
        }
        // Over-use: a link direction crossed more often than its residual bandwidth allows, or a host
        // given more cores than it has left. The last crossing (entry) involved is the one removed.
        bool overused = false;
        std::map<std::pair<std::size_t, int>, std::vector<std::size_t>> crossings; // -> walk positions
        for (std::size_t k = 0; k < e.walk.size(); ++k)
            crossings[{e.walk[k].link, e.walk[k].direction}].push_back(k);
        for (const auto& [key, at] : crossings)
            if (!withinBandwidth(double(at.size()) * r.bandwidth,
                                 net.links()[key.first].residual[key.second])) {
                const std::size_t layer = layerOf[at.back()];
                const std::size_t link =
                    key.first; // plain copies: lambdas cannot capture bindings in clang 14
                const int direction = key.second;
                removedLinks.insert({layer, link, direction});
                removeArcs(layer * n + net.links()[link].tail(direction), [&](const LayeredArc& a) {
                    return !a.host && a.layer == layer && a.link.link == link &&
                           a.link.direction == direction;
                });
                overused = true;
            }
        std::map<std::size_t, long long> onHost;
        for (std::size_t j = 0; j < r.chain.size(); ++j)
            onHost[e.placement[j]] += r.chain[j].cores;
        for (const auto& [h, cores] : onHost) {
            if (cores <= net.freeCores(h))
                continue;
            // The last entry on h that can still go elsewhere (else the last entry on h).
            std::optional<std::size_t> pick;
            for (std::size_t j = r.chain.size(); j-- > 0 && !pick;)
                if (e.placement[j] == h && hostOptions(j) > 1)
                    pick = j;
            for (std::size_t j = r.chain.size(); j-- > 0 && !pick;)
                if (e.placement[j] == h)
                    pick = j;
            removedHosts.insert({*pick, h});
            const std::size_t entry = *pick, host = h;
            removeArcs(entry * n + h,
                       [&](const LayeredArc& a) { return a.host && a.entry == entry && a.vertex == host; });
            overused = true;
        }
        if (overused)
            continue;
        const std::string problem = net.evaluate(r, e);
        if (!problem.empty()) { // cannot happen for a walk of this graph; reject rather than commit it
            reason = problem;
            return std::nullopt;
        }
        e.lowerBound = std::min(found.lowerBound, e.cost);
        return e;
    }
}

} // namespace iiot::solvers
