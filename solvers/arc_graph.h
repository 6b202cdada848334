// A directed graph whose arcs carry a cost and a delay: the input of the delay-constrained path
// searches (LARAC and the exact label-setting method). Arc indices are dense (0, 1, 2, ... in the
// order arcs are added) so that callers can keep their own data per arc in a vector.
#pragma once

#include <boost/graph/adjacency_list.hpp>
#include <cstddef>

namespace iiot::solvers {

struct Arc {
    double cost = 0;  // >= 0
    double delay = 0; // >= 0
    std::size_t index = 0;
};

// The graph property counts the arcs: num_edges() of a directed adjacency_list walks every vertex.
struct ArcCount {
    std::size_t arcs = 0;
};

using ArcGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, boost::no_property, Arc, ArcCount>;
using ArcVertex = boost::graph_traits<ArcGraph>::vertex_descriptor;
using ArcEdge = boost::graph_traits<ArcGraph>::edge_descriptor;

// Adds u -> v and returns its dense index.
inline std::size_t addArc(ArcGraph& g, ArcVertex u, ArcVertex v, double cost, double delay) {
    const std::size_t index = g[boost::graph_bundle].arcs++;
    boost::add_edge(u, v, Arc{cost, delay, index}, g);
    return index;
}

} // namespace iiot::solvers
