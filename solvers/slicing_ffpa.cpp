// FFPA, the first-fit baseline of [S3] (MODELS.md section 4): every chain entry goes to the first
// host in project order with enough free cores (counting the cores this service's earlier entries
// took), and consecutive hosts are joined by least-latency routes (ties: fewer hops, then the order
// links are met in) over link directions with enough residual bandwidth, after the earlier legs.
#include "slicing.h"
#include "slicing_network.h"

#include <limits>
#include <map>
#include <queue>

namespace iiot::solvers {

namespace {

// Least latency, then fewest hops, from u to v; arcs whose residual (minus this service's earlier
// legs) cannot carry the service are left out.
bool leastLatencyLeg(const SliceNetwork& net, const SliceRequest& r, std::size_t u, std::size_t v,
                     const std::map<std::size_t, double>& taken, // per bandwidth resource
                     std::vector<Traversal>& leg) {
    const std::size_t n = net.vertexCount();
    constexpr double kInf = std::numeric_limits<double>::infinity();
    std::vector<std::pair<double, std::size_t>> dist(n, {kInf, 0});
    std::vector<Traversal> pred(n);
    std::vector<char> done(n, 0);
    using Entry = std::pair<std::pair<double, std::size_t>, std::size_t>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> queue;
    dist[u] = {0, 0};
    queue.push({dist[u], u});
    while (!queue.empty()) {
        const auto [key, w] = queue.top();
        queue.pop();
        if (done[w])
            continue;
        done[w] = 1;
        if (w == v || !net.canLeave(w, r))
            continue;
        for (const auto& t : net.outgoing(w)) {
            const auto& l = net.links()[t.link];
            const std::size_t x = l.head(t.direction);
            auto it = taken.find(net.resource(t));
            const double used = it == taken.end() ? 0 : it->second;
            if (done[x] || !net.canEnter(x, r) || !withinBandwidth(used + r.bandwidth, net.residual(t)))
                continue;
            const std::pair<double, std::size_t> candidate{key.first + l.latency, key.second + 1};
            if (candidate < dist[x]) {
                dist[x] = candidate;
                pred[x] = t;
                queue.push({candidate, x});
            }
        }
    }
    if (!done[v])
        return false;
    std::vector<Traversal> reversed;
    for (std::size_t x = v; x != u; x = net.links()[pred[x].link].tail(pred[x].direction))
        reversed.push_back(pred[x]);
    leg.assign(reversed.rbegin(), reversed.rend());
    return true;
}

} // namespace

std::optional<Embedding> embedFfpa(const SliceNetwork& net, const SliceRequest& r, std::string& reason) {
    Embedding e;
    std::map<std::size_t, long long> placed;
    for (std::size_t j = 0; j < r.chain.size(); ++j) {
        bool found = false;
        for (std::size_t h = 0; h < net.vertexCount() && !found; ++h) {
            const bool visitable = !net.endDevice(h) || h == r.source || h == r.destination;
            if (visitable && net.capacity(h) > 0 && net.freeCores(h) - placed[h] >= r.chain[j].cores) {
                e.placement.push_back(h);
                placed[h] += r.chain[j].cores;
                found = true;
            }
        }
        if (!found) {
            reason = "no host with enough free cores for chain entry " + std::to_string(j + 1);
            return std::nullopt;
        }
    }
    std::vector<std::size_t> stops{r.source};
    stops.insert(stops.end(), e.placement.begin(), e.placement.end());
    stops.push_back(r.destination);
    std::map<std::size_t, double> taken;
    for (std::size_t k = 0; k + 1 < stops.size(); ++k) {
        if (stops[k] == stops[k + 1])
            continue;
        std::vector<Traversal> leg;
        if (!leastLatencyLeg(net, r, stops[k], stops[k + 1], taken, leg)) {
            reason =
                "no route with enough bandwidth from " + net.id(stops[k]) + " to " + net.id(stops[k + 1]);
            return std::nullopt;
        }
        for (const auto& t : leg) {
            taken[net.resource(t)] += r.bandwidth;
            e.walk.push_back(t);
        }
    }
    reason = net.evaluate(r, e);
    if (!reason.empty())
        return std::nullopt;
    return e;
}

} // namespace iiot::solvers
