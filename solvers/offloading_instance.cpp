#include "offloading_instance.h"

#include "model/effective_values.h"
#include "model/random.h"
#include "routing.h"

#include <algorithm>

namespace iiot::solvers {

namespace {

const std::vector<std::string> kEdgeKinds = {"edge-server", "fog-node"};
const std::vector<std::string> kCloudKinds = {"cloud"};

double mipsOf(const model::Element& e) {
    if (!e.compute || !e.compute->mips_per_core)
        return 0;
    return std::max(0.0, *e.compute->mips_per_core);
}

// Servers of the given kinds that can run tasks (they declare mips_per_core).
std::vector<ServerSpec> serversOfKinds(const model::Project& project, const Router& router,
                                       const std::vector<std::string>& kinds) {
    std::vector<ServerSpec> out;
    for (const auto v : router.elementsOfKinds(kinds)) {
        const auto& e = project.elements[v];
        const double mips = mipsOf(e);
        if (mips <= 0)
            continue;
        const long long cores = e.compute->cores ? std::max(1LL, *e.compute->cores) : 1;
        out.push_back(ServerSpec{v, cores, mips});
    }
    return out;
}

bool generates(const model::Application& a, const model::Element& e) {
    if (!a.generated_by)
        return false;
    const auto& g = *a.generated_by;
    const auto in = [](const std::optional<std::vector<std::string>>& list, const std::string& s) {
        return list && std::find(list->begin(), list->end(), s) != list->end();
    };
    return in(g.kinds, e.kind) || in(g.elements, e.id);
}

// The route of every element toward its nearest server of the list (one Dijkstra run).
struct ServerRoutes {
    RouteTree tree;
    std::vector<std::size_t> serverOfElement; // element index -> index into the server list
};

ServerRoutes routesTo(const Router& router, const std::vector<ServerSpec>& servers) {
    ServerRoutes r;
    std::vector<std::size_t> hosts;
    r.serverOfElement.assign(router.elementCount(), kNoIndex);
    for (std::size_t s = 0; s < servers.size(); ++s) {
        hosts.push_back(servers[s].element);
        r.serverOfElement[servers[s].element] = s;
    }
    if (!hosts.empty())
        router.treeToNearest(hosts, r.tree);
    return r;
}

std::optional<UploadRoute> uploadRoute(const model::Project& project, const Router& router,
                                       const ServerRoutes& routes, std::size_t element) {
    if (routes.tree.size() == 0 || !routes.tree.reachable(element))
        return std::nullopt;
    Path path;
    routes.tree.pathFrom(element, path);
    UploadRoute out;
    out.host = path.destination;
    out.server = routes.serverOfElement[path.destination];
    out.latency_ms = path.latency_ms;
    for (const auto& hop : path.hops) {
        UploadResource u;
        u.resource = router.resource(hop);
        u.capacity_bps = router.resourceCapacityMbps(u.resource) * 1e6;
        const auto& link = project.links[hop.link];
        const auto& sender = project.elements[router.hopTail(hop)];
        if (router.linkWireless(hop.link) && link.channel_mhz && link.noise_w && sender.radio &&
            sender.radio->tx_power_w && sender.radio->channel_gain) {
            u.shannon = true;
            u.bandwidth_hz = *link.channel_mhz * 1e6;
            u.signal_w = *sender.radio->tx_power_w * *sender.radio->channel_gain;
            u.noise_w = *link.noise_w;
        }
        out.resources.push_back(u);
        if (std::find(out.distinct.begin(), out.distinct.end(), u.resource) == out.distinct.end())
            out.distinct.push_back(u.resource);
    }
    return out;
}

} // namespace

std::uint64_t offloadStreamKey(const std::string& application, const std::string& element) {
    // FNV-1a over "application\nelement": stable when other tasks are added or removed.
    std::uint64_t h = 14695981039346656037ULL;
    const auto mix = [&h](const std::string& s) {
        for (const unsigned char c : s) {
            h ^= c;
            h *= 1099511628211ULL;
        }
    };
    mix(application);
    mix("\n");
    mix(element);
    return h;
}

std::optional<OffloadInstance> buildOffloadInstance(const model::Project& project,
                                                    const model::TypeLibrary& types, std::uint64_t seed,
                                                    std::string& error) {
    const Router router(project, types);
    OffloadInstance inst;
    inst.resource_count = router.resourceCount();
    inst.edges = serversOfKinds(project, router, kEdgeKinds);
    inst.clouds = serversOfKinds(project, router, kCloudKinds);
    const auto edgeRoutes = routesTo(router, inst.edges);
    const auto cloudRoutes = routesTo(router, inst.clouds);

    for (std::size_t ai = 0; ai < project.applications.size(); ++ai) {
        const auto& a = project.applications[ai];
        for (std::size_t ei = 0; ei < project.elements.size(); ++ei) {
            const auto& e = project.elements[ei];
            if (!generates(a, e))
                continue;
            const std::string what = "application '" + a.id + "' on element '" + e.id + "'";
            if (!a.max_latency_ms) {
                error = "application '" + a.id +
                        "' has no max_latency_ms: computing-mode selection needs a deadline";
                return std::nullopt;
            }
            if (!a.instructions_mi) {
                error =
                    "application '" + a.id + "' has no instructions_mi: computing-mode selection needs it";
                return std::nullopt;
            }
            TaskSpec t;
            t.application = ai;
            t.element = ei;
            t.max_latency_ms = *a.max_latency_ms;
            t.offloadable = a.offloadable.value_or(true);
            t.local_mips = mipsOf(e);
            t.stream_key = offloadStreamKey(a.id, e.id);
            auto rng = model::Random::stream(seed, t.stream_key);
            t.data_kb = a.data_kb ? rng.sample(*a.data_kb) : 0.0;
            t.instructions_mi = rng.sample(*a.instructions_mi);
            if (t.offloadable) {
                t.edge = uploadRoute(project, router, edgeRoutes, ei);
                t.cloud = uploadRoute(project, router, cloudRoutes, ei);
            }
            if (!t.hasLocal() && !t.hasEdge() && !t.hasCloud()) {
                error = what + " has no computing mode: the element has no compute (mips_per_core)" +
                        (t.offloadable ? " and reaches no edge server, fog node or cloud with compute"
                                       : " and the application is not offloadable");
                return std::nullopt;
            }
            inst.tasks.push_back(std::move(t));
        }
    }
    return inst;
}

} // namespace iiot::solvers
