// STNRA (MODELS.md section 4, [S3] section IV-A, Algorithm 1). The auxiliary layered graph has one
// layer per stage of the chain: layer j holds every element, reached after chain entries 1..j are
// placed ([S3]: "each set V_j^n consists of all physical nodes"). Within a layer the arcs are the
// residual network's link directions (cost = cost_per_mbps x bandwidth, delay = latency); between
// layers j-1 and j an arc at each candidate host places entry j (cost = node cost, delay =
// processing time). The paper weights its layer-to-layer edges with least-cost paths; here those
// paths stay expanded in the layer, so LARAC picks each leg's path itself (a least-cost leg is one
// of the choices) and its bound covers every walk of the network.
//
// Algorithm 1, lines 6-9: when the walk found over-uses a bandwidth resource or a host (the layers
// check each link and each entry alone, so a walk may cross a link too often or stack too many
// entries on one host), the offending element is deleted from the search and the search repeated.
// Deleting a whole host or link, as the paper words it, would also forbid the uses that fit and
// often every walk left; here one use at a time is deleted: the layer of one crossing of the
// resource, or one chain entry's arc at the host. Which use to delete decides the result (for a
// host holding entries 1..5 with room for 3, deleting entry 1 and 2 keeps 3..5 there; deleting 5
// first pushes entries to later hosts, often to a detour), so the deletions are searched as a small
// branch and bound: every over-use offers its first and its last use, subproblems are taken by
// their parent's LARAC bound, and a subproblem whose bound reaches the best cost found is dropped.
// The first dive deletes the last uses (the rule of earlier versions), so an embedding is found
// whenever that rule finds one; the search stops after kMaxSearches LARAC runs.
#include "larac.h"
#include "slicing.h"
#include "slicing_network.h"

#include <algorithm>
#include <limits>
#include <map>
#include <set>

namespace iiot::solvers {

namespace {

// LARAC runs per service: the layered graph of |V| = 125 and 7 entries has 1,000 vertices (about
// 0.1 ms per run); most services need one run, crowded ones a few dozen.
constexpr int kMaxSearches = 32;

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

class Stnra {
public:
    Stnra(const SliceNetwork& net, const SliceRequest& r) : net_(net), r_(r), n_(net.vertexCount()) {
        build();
    }

    std::optional<Embedding> run(std::string& reason);

private:
    using Deletions = std::vector<std::size_t>; // sorted arc indices

    struct Open {
        double bound; // the parent's LARAC bound: no embedding of the subproblem costs less
        std::size_t order;
        Deletions deleted;
        bool operator<(const Open& o) const {
            return bound < o.bound || (bound == o.bound && order < o.order);
        }
    };

    struct Outcome {
        bool reachable = false, feasible = false;
        double bound = 0;
        Embedding embedding;
        std::vector<Deletions> children; // empty: the embedding fits
    };

    void build();
    Outcome search(const Deletions& deleted);
    std::size_t linkArc(std::size_t layer, const Traversal& t) const {
        return linkArcs_[(layer * net_.links().size() + t.link) * 2 + std::size_t(t.direction)];
    }
    std::size_t hostArc(std::size_t entry, std::size_t host) const { return hostArcs_[entry * n_ + host]; }
    std::uint32_t vertex(std::size_t layer, std::size_t v) const {
        return static_cast<std::uint32_t>(layer * n_ + v);
    }

    const SliceNetwork& net_;
    const SliceRequest& r_;
    const std::size_t n_;
    std::vector<LaracSearch::ArcSpec> graph_; // the layered graph's arcs
    std::vector<LayeredArc> arcs_;
    std::vector<std::size_t> linkArcs_; // arc index per (layer, link, direction), as linkArc() reads it
    std::vector<std::size_t> hostArcs_; // arc index per (entry, host)
    std::vector<std::vector<std::size_t>> hostsOfEntry_; // host arcs per entry
    LaracSearch larac_;
    std::vector<char> mask_;
    int searches_ = 0;
};

void Stnra::build() {
    const std::size_t layers = r_.chain.size() + 1;
    linkArcs_.assign(layers * net_.links().size() * 2, 0);
    hostArcs_.assign(r_.chain.size() * n_, 0);
    for (std::size_t layer = 0; layer < layers; ++layer)
        for (std::size_t u = 0; u < n_; ++u) {
            if (!net_.canLeave(u, r_))
                continue;
            for (const auto& t : net_.outgoing(u)) {
                const auto& l = net_.links()[t.link];
                if (!net_.canEnter(l.head(t.direction), r_) || !net_.fits(t, r_))
                    continue;
                linkArcs_[(layer * net_.links().size() + t.link) * 2 + std::size_t(t.direction)] =
                    graph_.size();
                graph_.push_back({vertex(layer, u), vertex(layer, l.head(t.direction)),
                                  l.costPerMbps * r_.bandwidth, l.latency});
                arcs_.push_back({false, t, layer, 0, 0});
            }
        }
    hostsOfEntry_.resize(r_.chain.size());
    for (std::size_t j = 0; j < r_.chain.size(); ++j)
        for (std::size_t h = 0; h < n_; ++h) {
            const bool visitable = !net_.endDevice(h) || h == r_.source || h == r_.destination;
            if (!visitable || net_.freeCores(h) < r_.chain[j].cores)
                continue;
            const std::size_t a = graph_.size();
            graph_.push_back(
                {vertex(j, h), vertex(j + 1, h), relaxedNodeCost(net_, r_, h, j), r_.chain[j].processingMs});
            hostArcs_[j * n_ + h] = a;
            hostsOfEntry_[j].push_back(a);
            arcs_.push_back({true, {}, 0, h, j});
        }
}

// One LARAC run on the layered graph without the deleted arcs; when its walk over-uses something,
// the children are the deletion sets to try next, the last-use rule first.
Stnra::Outcome Stnra::search(const Deletions& deleted) {
    mask_.assign(arcs_.size(), 0);
    for (std::size_t a : deleted)
        mask_[a] = 1;
    larac_.load(n_ * (r_.chain.size() + 1), graph_, mask_);
    ++searches_;
    const auto found = larac_.larac(r_.source, r_.chain.size() * n_ + r_.destination, r_.maxDelay);
    Outcome out;
    out.reachable = found.reachable;
    out.feasible = found.feasible;
    out.bound = found.lowerBound;
    if (!found.feasible)
        return out;
    Embedding& e = out.embedding;
    e.placement.resize(r_.chain.size());
    std::vector<std::size_t> layerOf; // per crossing of the walk
    for (std::size_t a : found.arcs) {
        if (arcs_[a].host) {
            e.placement[arcs_[a].entry] = arcs_[a].vertex;
        } else {
            e.walk.push_back(arcs_[a].link);
            layerOf.push_back(arcs_[a].layer);
        }
    }
    // Uses to delete: for each over-used resource or host, its first and its last use.
    std::vector<std::size_t> firstUse, lastUse;
    std::map<std::size_t, std::vector<std::size_t>> crossings; // resource -> walk positions
    for (std::size_t k = 0; k < e.walk.size(); ++k)
        crossings[net_.resource(e.walk[k])].push_back(k);
    for (const auto& [res, at] : crossings)
        if (!withinBandwidth(double(at.size()) * r_.bandwidth, net_.residual(res))) {
            firstUse.push_back(linkArc(layerOf[at.front()], e.walk[at.front()]));
            lastUse.push_back(linkArc(layerOf[at.back()], e.walk[at.back()]));
        }
    std::map<std::size_t, long long> onHost;
    for (std::size_t j = 0; j < r_.chain.size(); ++j)
        onHost[e.placement[j]] += r_.chain[j].cores;
    auto optionsLeft = [&](std::size_t j) {
        return std::count_if(hostsOfEntry_[j].begin(), hostsOfEntry_[j].end(),
                             [&](std::size_t a) { return !mask_[a]; });
    };
    for (const auto& [h, cores] : onHost) {
        if (cores <= net_.freeCores(h))
            continue;
        // The last entry on h that can still go elsewhere (else the last entry on h); the first one.
        std::optional<std::size_t> last, first;
        for (std::size_t j = r_.chain.size(); j-- > 0 && !last;)
            if (e.placement[j] == h && optionsLeft(j) > 1)
                last = j;
        for (std::size_t j = r_.chain.size(); j-- > 0;)
            if (e.placement[j] == h) {
                first = j;
                if (!last)
                    last = j;
            }
        firstUse.push_back(hostArc(*first, h));
        lastUse.push_back(hostArc(*last, h));
    }
    if (lastUse.empty())
        return out;
    auto with = [&](const std::vector<std::size_t>& more) {
        Deletions d = deleted;
        d.insert(d.end(), more.begin(), more.end());
        std::sort(d.begin(), d.end());
        d.erase(std::unique(d.begin(), d.end()), d.end());
        return d;
    };
    out.children.push_back(with(lastUse)); // every over-use at once, as earlier versions did
    for (std::size_t k = 0; k < firstUse.size(); ++k) {
        out.children.push_back(with({firstUse[k]}));
        if (lastUse[k] != firstUse[k])
            out.children.push_back(with({lastUse[k]}));
    }
    return out;
}

std::optional<Embedding> Stnra::run(std::string& reason) {
    const Outcome root = search({});
    if (!root.reachable) {
        reason = "no walk with enough bandwidth and VNF cores";
        return std::nullopt;
    }
    if (!root.feasible) {
        reason = "delay bound cannot be met";
        return std::nullopt;
    }
    std::optional<Embedding> best;
    std::set<Deletions> seen{{}};
    std::set<Open> open;
    std::size_t order = 0;
    auto consider = [&](Outcome&& o) {
        if (!o.feasible || (best && o.bound >= best->cost))
            return;
        if (o.children.empty()) {
            const std::string problem = net_.evaluate(r_, o.embedding);
            if (problem.empty() && (!best || o.embedding.cost < best->cost))
                best = std::move(o.embedding);
            return;
        }
        for (auto& d : o.children)
            if (seen.insert(d).second)
                open.insert(Open{o.bound, order++, std::move(d)});
    };
    // The first dive: the last-use deletions until the walk fits or nothing is left.
    Outcome current = root;
    for (;;) {
        const bool leaf = current.children.empty() || !current.feasible;
        Deletions next = leaf ? Deletions{} : current.children.front();
        consider(std::move(current));
        if (leaf || searches_ >= kMaxSearches)
            break;
        auto it = std::find_if(open.begin(), open.end(), [&](const Open& o) { return o.deleted == next; });
        if (it == open.end())
            break;
        open.erase(it);
        current = search(next);
    }
    // Then the other deletions, least bound first.
    while (!open.empty() && searches_ < kMaxSearches) {
        const Open o = *open.begin();
        open.erase(open.begin());
        if (best && o.bound >= best->cost)
            break; // every subproblem left has a bound at least as high
        consider(search(o.deleted));
    }
    if (!best) {
        reason = "no walk left after removing over-used links and hosts from the search";
        return std::nullopt;
    }
    // LARAC's bound on the whole layered graph: no embedding of this service costs less.
    best->lowerBound = std::min(root.bound, best->cost);
    return best;
}

} // namespace

std::optional<Embedding> embedStnra(const SliceNetwork& net, const SliceRequest& r, std::string& reason) {
    return Stnra(net, r).run(reason);
}

} // namespace iiot::solvers
