#include "slicing_network.h"

#include "model/effective_values.h"
#include "routing.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

namespace iiot::solvers {

bool withinDelay(double delay, double bound) {
    return delay <= bound + 1e-9 * std::max(1.0, std::abs(bound));
}

bool withinBandwidth(double demand, double available) {
    return demand <= available + 1e-9 * std::max(1.0, std::abs(available));
}

double NodeCostModel::cost(long long vnfCores, double x, double capacity) const {
    switch (function) {
    case model::CostFunction::Linear:
        return costPerCore * static_cast<double>(vnfCores);
    case model::CostFunction::Step:
        return alpha1 * std::floor(alpha2 * x);
    case model::CostFunction::Inverse:
        return beta / (capacity - x + 1);
    case model::CostFunction::Exponential:
        return gamma1 * std::exp(gamma2 * (1 - x / capacity));
    }
    return 0;
}

NodeCostModel nodeCostModel(const model::Vnf* vnf) {
    NodeCostModel m;
    if (!vnf)
        return m;
    m.function = vnf->cost_function.value_or(m.function);
    m.costPerCore = vnf->cost_per_core.value_or(m.costPerCore);
    m.alpha1 = vnf->alpha1.value_or(m.alpha1);
    m.alpha2 = vnf->alpha2.value_or(m.alpha2);
    m.beta = vnf->beta.value_or(m.beta);
    m.gamma1 = vnf->gamma1.value_or(m.gamma1);
    m.gamma2 = vnf->gamma2.value_or(m.gamma2);
    return m;
}

SliceNetwork::SliceNetwork(const model::Project& project, const model::TypeLibrary& types) {
    const std::size_t n = project.elements.size();
    ids_.reserve(n);
    endDevice_.resize(n);
    capacity_.assign(n, 0);
    used_.assign(n, 0);
    costModels_.resize(n);
    outgoing_.resize(n);
    std::unordered_map<std::string, std::size_t> index;
    for (std::size_t v = 0; v < n; ++v) {
        const auto& e = project.elements[v];
        ids_.push_back(e.id);
        index.emplace(e.id, v);
        const auto* kind = types.kind(e.kind);
        endDevice_[v] = kind != nullptr && kind->end_device;
        if (e.vnf && e.vnf->cores)
            capacity_[v] = std::max(0LL, *e.vnf->cores);
        costModels_[v] = nodeCostModel(e.vnf ? &*e.vnf : nullptr);
    }
    // Shared wireless channels exactly as the router (and so the simulation) sees them.
    const Router router(project, types);
    std::vector<std::size_t> channelResource(router.channels().size(), 0);
    for (std::size_t c = 0; c < router.channels().size(); ++c) {
        channelResource[c] = residual_.size();
        residual_.push_back(router.channels()[c].capacity_mbps);
        resourceName_.push_back("the wireless channel of " + ids_[router.channels()[c].access_point]);
    }
    for (std::size_t i = 0; i < project.links.size(); ++i) {
        const auto& l = project.links[i];
        auto a = index.find(l.from), b = index.find(l.to);
        if (a == index.end() || b == index.end() || a->second == b->second)
            continue; // validation reports these
        SliceLink s;
        s.id = l.id.value_or("");
        s.end[0] = a->second;
        s.end[1] = b->second;
        s.bandwidth = model::effectiveBandwidthMbps(l, types);
        s.latency = model::effectiveLatencyMs(l, types);
        s.costPerMbps = l.cost_per_mbps.value_or(1.0);
        if (const std::size_t c = router.channelOf(i); c != kNoIndex) {
            s.resource[0] = s.resource[1] = channelResource[c];
        } else {
            for (int dir = 0; dir < 2; ++dir) {
                s.resource[dir] = residual_.size();
                residual_.push_back(s.bandwidth);
                resourceName_.push_back("link " + s.id + " from " + ids_[s.end[dir]]);
            }
        }
        const std::size_t k = links_.size();
        links_.push_back(std::move(s));
        outgoing_[a->second].push_back({k, 0});
        outgoing_[b->second].push_back({k, 1});
    }
}

std::optional<std::size_t> SliceNetwork::vertex(const std::string& id) const {
    for (std::size_t v = 0; v < ids_.size(); ++v)
        if (ids_[v] == id)
            return v;
    return std::nullopt;
}

std::optional<SliceRequest> SliceNetwork::request(const model::Project& project, std::size_t serviceIndex,
                                                  std::string& error) const {
    const auto& s = project.services[serviceIndex];
    SliceRequest r;
    r.index = serviceIndex;
    const auto src = vertex(s.source), dst = vertex(s.destination);
    if (!src || !dst) {
        error = "service '" + s.id + "' names an unknown " + (src ? "destination" : "source") + " element";
        return std::nullopt;
    }
    r.source = *src;
    r.destination = *dst;
    r.bandwidth = s.bandwidth_mbps;
    r.maxDelay = s.max_delay_ms;
    if (s.chain)
        for (const auto& typeId : *s.chain) {
            auto it = std::find_if(project.vnf_types.begin(), project.vnf_types.end(),
                                   [&](const model::VnfType& t) { return t.id == typeId; });
            if (it == project.vnf_types.end()) {
                error = "service '" + s.id + "' names an unknown VNF type '" + typeId + "'";
                return std::nullopt;
            }
            r.chain.push_back({it->cores, it->processing_ms.value_or(0.0)});
        }
    return r;
}

std::string SliceNetwork::resourceName(std::size_t resource) const {
    return resourceName_[resource];
}

bool SliceNetwork::fits(const Traversal& t, const SliceRequest& r) const {
    return withinBandwidth(r.bandwidth, residual(t));
}

double SliceNetwork::nodeCost(std::size_t h, long long coresOfEntry, long long alreadyPlaced) const {
    const double x = static_cast<double>(used_[h] + alreadyPlaced + coresOfEntry);
    return costModels_[h].cost(coresOfEntry, x, static_cast<double>(capacity_[h]));
}

std::string SliceNetwork::evaluate(const SliceRequest& r, Embedding& e) const {
    e.cost = e.delay = 0;
    if (e.placement.size() != r.chain.size())
        return "placement does not cover the chain";
    // The walk's vertices, checking continuity and the end-device rule.
    std::vector<std::size_t> vertices{r.source};
    std::map<std::size_t, int> traversals; // per bandwidth resource
    for (const auto& t : e.walk) {
        const auto& l = links_[t.link];
        if (l.tail(t.direction) != vertices.back())
            return "walk is not continuous";
        if (!canLeave(vertices.back(), r) || !canEnter(l.head(t.direction), r))
            return "walk passes through an end device";
        vertices.push_back(l.head(t.direction));
        e.cost += l.costPerMbps * r.bandwidth;
        e.delay += l.latency;
        ++traversals[resource(t)];
    }
    if (vertices.back() != r.destination)
        return "walk does not end at the destination";
    for (const auto& [res, count] : traversals)
        if (!withinBandwidth(count * r.bandwidth, residual_[res]))
            return "not enough bandwidth on " + resourceName_[res];
    // Hosts in chain order along the walk (earliest matching visit), cores and node costs.
    std::size_t at = 0;
    std::map<std::size_t, long long> placed;
    for (std::size_t j = 0; j < r.chain.size(); ++j) {
        const std::size_t h = e.placement[j];
        while (at < vertices.size() && vertices[at] != h)
            ++at;
        if (at == vertices.size())
            return "chain entry " + std::to_string(j + 1) + " is not hosted along the walk in order";
        if (capacity_[h] <= 0)
            return "element " + ids_[h] + " hosts no VNFs";
        long long& already = placed[h];
        if (used_[h] + already + r.chain[j].cores > capacity_[h])
            return "not enough cores on " + ids_[h];
        e.cost += nodeCost(h, r.chain[j].cores, already);
        already += r.chain[j].cores;
        e.delay += r.chain[j].processingMs;
    }
    if (!withinDelay(e.delay, r.maxDelay))
        return "delay bound exceeded";
    return {};
}

void SliceNetwork::commit(const SliceRequest& r, const Embedding& e) {
    for (const auto& t : e.walk)
        residual_[resource(t)] -= r.bandwidth;
    for (std::size_t j = 0; j < r.chain.size(); ++j)
        used_[e.placement[j]] += r.chain[j].cores;
}

double SliceNetwork::utilizationVariance() const {
    std::vector<double> u;
    for (std::size_t v = 0; v < capacity_.size(); ++v)
        if (capacity_[v] > 0)
            u.push_back(static_cast<double>(used_[v]) / static_cast<double>(capacity_[v]));
    if (u.empty())
        return 0;
    double mean = 0;
    for (double x : u)
        mean += x;
    mean /= static_cast<double>(u.size());
    double var = 0;
    for (double x : u)
        var += (x - mean) * (x - mean);
    return var / static_cast<double>(u.size());
}

} // namespace iiot::solvers
