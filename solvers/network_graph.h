// The topology as a Boost graph: one vertex per element (same index as in Project::elements), one
// edge per link (edge property = index in Project::links), with the effective link values the
// engines route on. Parallel links stay parallel edges (a redundant path is not a bridge).
#pragma once

#include "model/project.h"
#include "model/type_library.h"

#include <boost/graph/adjacency_list.hpp>
#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

namespace iiot::solvers {

struct LinkEdge {
    std::size_t link = 0;      // index into Project::links
    double bandwidth_mbps = 0; // per direction, after defaults
    double latency_ms = 0;     // one way, after defaults
};

using Graph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property, LinkEdge>;

class NetworkGraph {
public:
    // Links naming unknown elements or joining an element to itself are left out (validation reports them).
    NetworkGraph(const model::Project& project, const model::TypeLibrary& types);

    const Graph& graph() const { return graph_; }
    std::size_t vertex(const std::string& elementId) const; // SIZE_MAX when unknown
    std::size_t vertexCount() const { return boost::num_vertices(graph_); }
    std::size_t edgeCount() const { return boost::num_edges(graph_); }

    // Component number per vertex and the number of components.
    std::vector<int> components(int* count = nullptr) const;

private:
    Graph graph_;
    std::unordered_map<std::string, std::size_t> index_;
};

} // namespace iiot::solvers
