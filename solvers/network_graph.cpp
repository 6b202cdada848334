#include "network_graph.h"

#include "model/effective_values.h"

#include <boost/graph/connected_components.hpp>
#include <cstdint>

namespace iiot::solvers {

NetworkGraph::NetworkGraph(const model::Project& project, const model::TypeLibrary& types)
    : graph_(project.elements.size()) {
    index_.reserve(project.elements.size());
    for (std::size_t i = 0; i < project.elements.size(); ++i)
        index_.emplace(project.elements[i].id, i);
    for (std::size_t i = 0; i < project.links.size(); ++i) {
        const auto& l = project.links[i];
        const auto a = vertex(l.from), b = vertex(l.to);
        if (a == SIZE_MAX || b == SIZE_MAX || a == b)
            continue;
        boost::add_edge(
            a, b, LinkEdge{i, model::effectiveBandwidthMbps(l, types), model::effectiveLatencyMs(l, types)},
            graph_);
    }
}

std::size_t NetworkGraph::vertex(const std::string& elementId) const {
    auto it = index_.find(elementId);
    return it == index_.end() ? SIZE_MAX : it->second;
}

std::vector<int> NetworkGraph::components(int* count) const {
    std::vector<int> component(vertexCount());
    const int n = component.empty() ? 0 : boost::connected_components(graph_, component.data());
    if (count)
        *count = n;
    return component;
}

} // namespace iiot::solvers
