// spof: articulation points and bridges of the subgraph of network-layer and service-layer elements
// and the links among them. The subgraph is a multigraph and two parallel links make no bridge, but
// Boost's biconnected_components ignores every edge back to a DFS parent, so parallel links would be
// lost or misfiled. The search therefore runs on the simple graph (one edge per joined pair, which
// has the same articulation points) and a single-edge component is a bridge only when its pair is
// joined by exactly one link.
#include "coverage_facts.h"

#include <boost/graph/biconnected_components.hpp>

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <unordered_map>

namespace iiot::solvers::coverage_detail {

namespace {

struct SpofEdge {
    std::size_t pair = 0;      // index of the joined pair (its links and their count)
    std::size_t component = 0; // biconnected component, written by Boost
};

using SpofGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property, SpofEdge>;

} // namespace

void findSpofs(const model::Project& project, const NetworkGraph& graph, CoverageFacts& facts) {
    const auto n = project.elements.size();
    std::vector<std::size_t> local(n, SIZE_MAX), element;
    for (std::size_t i = 0; i < n; ++i)
        if (isLayer(facts.kinds[i], model::ElementLayer::Network) ||
            isLayer(facts.kinds[i], model::ElementLayer::Service)) {
            local[i] = element.size();
            element.push_back(i);
        }
    SpofGraph sub(element.size());
    std::unordered_map<std::uint64_t, std::size_t> pairEdge; // pair key -> index in links/multiplicity
    std::vector<std::size_t> firstLink, multiplicity;
    const Graph& g = graph.graph();
    for (auto [it, end] = boost::edges(g); it != end; ++it) {
        auto a = local[boost::source(*it, g)], b = local[boost::target(*it, g)];
        if (a == SIZE_MAX || b == SIZE_MAX)
            continue;
        if (a > b)
            std::swap(a, b);
        const auto [found, fresh] = pairEdge.emplace(std::uint64_t(a) * element.size() + b, firstLink.size());
        if (fresh) {
            firstLink.push_back(g[*it].link);
            multiplicity.push_back(0);
            boost::add_edge(a, b, SpofEdge{found->second, 0}, sub);
        }
        ++multiplicity[found->second];
        firstLink[found->second] = std::min(firstLink[found->second], g[*it].link);
    }
    if (boost::num_edges(sub) == 0)
        return; // no edge: no bridge, and an isolated vertex separates nothing

    std::vector<std::size_t> cut;
    const auto result =
        boost::biconnected_components(sub, boost::get(&SpofEdge::component, sub), std::back_inserter(cut));
    std::vector<std::size_t> edgesIn(result.first, 0), lastPair(result.first, 0);
    for (auto [it, end] = boost::edges(sub); it != end; ++it) {
        ++edgesIn[sub[*it].component];
        lastPair[sub[*it].component] = sub[*it].pair;
    }
    for (std::size_t c = 0; c < edgesIn.size(); ++c)
        if (edgesIn[c] == 1 && multiplicity[lastPair[c]] == 1)
            facts.bridges.push_back(firstLink[lastPair[c]]);
    std::sort(facts.bridges.begin(), facts.bridges.end());
    for (auto v : cut)
        facts.articulationPoints.push_back(element[v]);
    std::sort(facts.articulationPoints.begin(), facts.articulationPoints.end());
    facts.articulationPoints.erase(
        std::unique(facts.articulationPoints.begin(), facts.articulationPoints.end()),
        facts.articulationPoints.end());
}

} // namespace iiot::solvers::coverage_detail
