// Routing on a generated 100,000-element factory: building the router, one route tree toward an
// edge server (one Dijkstra over the whole graph), the forest toward the nearest of all edge
// servers, and single paths. Targets: a tree within 100 ms, a reused tree allocating nothing.
#include "bench/bench_timing.h"
#include "model/factory_generator.h"
#include "model/type_library.h"
#include "solvers/routing.h"

#include <cstdio>
#include <optional>
#include <stdexcept>

using iiot::bench::bestOf;
using namespace iiot;

namespace {

constexpr double kTreeTargetMs = 100;

} // namespace

int main() {
    const model::Project project = model::generateFactory({100000, 1});
    const auto& types = model::TypeLibrary::builtin();
    std::printf("factory: %zu elements, %zu links\n\n", project.elements.size(), project.links.size());

    std::optional<solvers::Router> router;
    const double buildMs = bestOf([&] { router.emplace(project, types); }, 3);
    const auto servers = router->elementsOfKinds({"edge-server", "fog-node"});
    if (servers.empty())
        throw std::runtime_error("the factory has no edge server");

    solvers::RouteTree tree;
    std::size_t reached = 0;
    const double treeMs = bestOf([&] {
        router->treeTo(servers.front(), tree);
        reached = 0;
        for (std::size_t v = 0; v < tree.size(); ++v)
            reached += tree.reachable(v);
    });
    if (reached != project.elements.size())
        throw std::runtime_error("the factory should be connected");
    const double forestMs = bestOf([&] { router->treeToNearest(servers, tree); });

    solvers::Path path;
    std::size_t hops = 0;
    const double pathsMs = bestOf([&] {
        hops = 0;
        for (std::size_t v = 0; v < tree.size(); v += 100)
            if (tree.pathFrom(v, path))
                hops += path.hops.size();
    });

    std::printf("router build            %9.2f ms\n", buildMs);
    std::printf("tree toward one server  %9.2f ms (target %.0f ms)\n", treeMs, kTreeTargetMs);
    std::printf("forest, %4zu servers    %9.2f ms\n", servers.size(), forestMs);
    std::printf("1,000 paths from forest %9.2f ms (%zu hops)\n", pathsMs, hops);
    return treeMs <= kTreeTargetMs ? 0 : 1;
}
