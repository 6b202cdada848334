// ot-exposed: an element of an inter-network, cloud or it-enterprise zone, or of kind cloud, that
// reaches an OT-zone element by a path whose inner elements include no firewall and no data diode.
//
// Instead of a search per exposer, the graph is cut at every firewall and diode ("blockers"): the
// components of what remains are exactly the sets of elements joined by blocker-free paths. A
// blocker can still end a path, so an exposer also reaches the blockers next to its component, and
// an exposer that is itself a blocker starts paths into each neighbour's component.
#include "coverage_facts.h"

#include <algorithm>
#include <numeric>
#include <unordered_map>

namespace iiot::solvers::coverage_detail {

namespace {

struct UnionFind {
    std::vector<std::size_t> parent;
    explicit UnionFind(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
    std::size_t find(std::size_t v) {
        while (parent[v] != v)
            v = parent[v] = parent[parent[v]];
        return v;
    }
    void join(std::size_t a, std::size_t b) { parent[find(a)] = find(b); }
};

bool isBlocker(const model::KindInfo* kind) {
    return kind && (kind->id == "firewall" || kind->id == "data-diode");
}

} // namespace

void findExposures(const model::Project& project, const model::TypeLibrary& types, const NetworkGraph& graph,
                   CoverageFacts& facts) {
    const auto n = project.elements.size();
    std::unordered_map<std::string, const model::ZoneTypeInfo*> zoneTypes;
    for (const auto& z : project.zones)
        zoneTypes.emplace(z.id, types.zoneType(z.type));
    std::vector<bool> ot(n, false), exposer(n, false), blocker(n, false);
    for (std::size_t i = 0; i < n; ++i) {
        const auto& e = project.elements[i];
        blocker[i] = isBlocker(facts.kinds[i]);
        exposer[i] = facts.kinds[i] && facts.kinds[i]->id == "cloud";
        if (!e.zone)
            continue;
        const auto found = zoneTypes.find(*e.zone);
        if (found == zoneTypes.end() || !found->second)
            continue;
        const auto& type = found->second->id;
        ot[i] = found->second->ot;
        exposer[i] = exposer[i] || type == "inter-network" || type == "cloud" || type == "it-enterprise";
    }
    if (std::find(exposer.begin(), exposer.end(), true) == exposer.end() ||
        std::find(ot.begin(), ot.end(), true) == ot.end())
        return;

    const Graph& g = graph.graph();
    UnionFind open(n);
    for (auto [it, end] = boost::edges(g); it != end; ++it) {
        const auto a = boost::source(*it, g), b = boost::target(*it, g);
        if (!blocker[a] && !blocker[b])
            open.join(a, b);
    }
    // Per blocker-free component (indexed by its root): the OT elements it reaches, inside it or as
    // an adjacent blocker. One pass over every vertex and edge.
    std::vector<std::vector<std::size_t>> reached(n);
    for (std::size_t v = 0; v < n; ++v) {
        if (blocker[v])
            continue;
        auto& list = reached[open.find(v)];
        if (ot[v])
            list.push_back(v);
        for (auto [a, aend] = boost::adjacent_vertices(v, g); a != aend; ++a)
            if (blocker[*a] && ot[*a])
                list.push_back(*a);
    }
    auto otOf = [&](std::size_t v) -> const std::vector<std::size_t>& { return reached[open.find(v)]; };
    for (std::size_t x = 0; x < n; ++x) {
        if (!exposer[x])
            continue;
        std::vector<std::size_t> list;
        if (!blocker[x]) {
            list = otOf(x);
        } else {
            for (auto [a, aend] = boost::adjacent_vertices(x, g); a != aend; ++a) {
                if (blocker[*a]) {
                    if (ot[*a])
                        list.push_back(*a);
                    continue;
                }
                const auto& more = otOf(*a);
                list.insert(list.end(), more.begin(), more.end());
            }
        }
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
        list.erase(std::remove(list.begin(), list.end(), x), list.end()); // never exposed to itself
        if (!list.empty())
            facts.exposures.push_back({x, std::move(list)});
    }
}

} // namespace iiot::solvers::coverage_detail
