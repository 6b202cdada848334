// Routing over the project's links (MODELS.md section 1): least total latency, ties by fewer hops,
// then by the ids of the elements and links on the way. Routes are defined toward their destination,
// as routing tables are: every element forwards to the neighbour that starts its best route, and
// among equally good neighbours to the one with the smallest element id, then the smallest link id.
// Read from the source this is the lexicographically smallest sequence of (element id, link id)
// among the routes of least (latency, hops). Every element may forward traffic (actuators hang off
// PLCs, sensors off gateways); with RoutingOptions::end_devices_transit false, end devices (kinds
// marked `end_device`, MODELS.md section 4) are only sources and destinations.
//
// One Dijkstra run gives the routes of every element toward one destination, or toward the nearest
// of several destinations (a RouteTree), so routing many devices to a few servers costs one run per
// server, or one run in all. The router keeps a compact adjacency; a RouteTree passed back in is
// reused without allocating.
//
// The router also identifies shared wireless channels: wireless links attached to the same
// access-point or base-station element share one channel whose capacity is the largest bandwidth
// among those links, shared by every transfer on any of them whatever its direction.
#pragma once

#include "model/project.h"
#include "model/type_library.h"

#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace iiot::solvers {

inline constexpr std::size_t kNoIndex = std::numeric_limits<std::size_t>::max();

// Forward: from the link's `from` element to its `to` element, as written in the project.
enum class LinkDirection : std::uint8_t { Forward = 0, Backward = 1 };

struct Hop {
    std::size_t link = kNoIndex; // index into Project::links
    LinkDirection direction = LinkDirection::Forward;
    bool operator==(const Hop&) const = default;
};

struct Path {
    std::size_t source = kNoIndex, destination = kNoIndex; // element indices
    std::vector<Hop> hops; // in travel order; empty when source == destination
    double latency_ms = 0; // sum of the links' one-way latencies
};

struct SharedChannel {
    std::size_t access_point = kNoIndex; // element index of the access-point / base-station
    double capacity_mbps = 0;            // largest effective bandwidth among its links
    std::vector<std::size_t> links;      // project order
};

class Router;

// Routes of every element toward one destination (or toward the nearest of several: its root).
class RouteTree {
public:
    bool reachable(std::size_t element) const { return root_[element] != kNone; }
    // The destination this element's route ends at (kNoIndex when unreachable).
    std::size_t root(std::size_t element) const;
    double latencyMs(std::size_t element) const { return latency_[element]; } // +inf when unreachable
    std::size_t hopCount(std::size_t element) const { return hops_[element]; }
    // First hop of the element's route (link kNoIndex at a root or when unreachable).
    Hop nextHop(std::size_t element) const;
    std::size_t nextElement(std::size_t element) const; // kNoIndex at a root or when unreachable
    // The route from element to its root; nullopt when unreachable.
    std::optional<Path> pathFrom(std::size_t element) const;
    // Fills `out` (reusing its storage); false when unreachable.
    bool pathFrom(std::size_t element, Path& out) const;
    std::size_t size() const { return latency_.size(); }

private:
    friend class Router;
    static constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();

    std::vector<double> latency_;
    std::vector<std::uint32_t> hops_, root_, nextElement_, nextLink_;
    std::vector<std::uint8_t> nextDirection_, done_;
    struct HeapItem {
        double latency;
        std::uint32_t hops, tag, element;
    };
    std::vector<HeapItem> heap_; // scratch, kept for reuse
    std::vector<std::uint32_t> tag_;
};

struct Nearest {
    std::size_t element = kNoIndex;
    double latency_ms = 0;
    std::size_t hops = 0;
};

struct RoutingOptions {
    bool end_devices_transit = true; // false: end devices never forward (the slicing rule)
};

class Router {
public:
    // Links whose endpoints are unknown or equal are left out (validation reports them).
    Router(const model::Project& project, const model::TypeLibrary& types, RoutingOptions options = {});

    std::size_t elementCount() const { return elementCount_; }
    std::size_t linkCount() const { return links_.size(); }
    std::size_t element(const std::string& id) const; // kNoIndex when unknown
    bool isTransit(std::size_t element) const { return transit_[element] != 0; }

    bool linkUsable(std::size_t link) const { return links_[link].usable; }
    double linkLatencyMs(std::size_t link) const { return links_[link].latency_ms; }
    double linkBandwidthMbps(std::size_t link) const { return links_[link].bandwidth_mbps; }
    bool linkWireless(std::size_t link) const { return links_[link].wireless; }
    // The element a hop leaves from / arrives at.
    std::size_t hopTail(const Hop& h) const;
    std::size_t hopHead(const Hop& h) const;
    // Elements visited by a path, source first.
    std::vector<std::size_t> pathElements(const Path& p) const;

    // Shared wireless channels, in order of their access point in the project.
    const std::vector<SharedChannel>& channels() const { return channels_; }
    std::size_t channelOf(std::size_t link) const { return links_[link].channel; } // kNoIndex: none

    // Bottleneck resources (MODELS.md section 1): each direction of a link not on a shared channel,
    // and each shared channel. Indices: 2 * link + direction, then 2 * linkCount() + channel.
    std::size_t resourceCount() const { return 2 * links_.size() + channels_.size(); }
    std::size_t resource(const Hop& h) const;
    double resourceCapacityMbps(std::size_t resource) const;

    // Routes of every element toward `destination`.
    RouteTree treeTo(std::size_t destination) const;
    void treeTo(std::size_t destination, RouteTree& out) const;
    // Routes of every element toward the nearest of `destinations` (ties: fewer hops, then the
    // destination with the smaller id). A destination routes to itself.
    RouteTree treeToNearest(const std::vector<std::size_t>& destinations) const;
    void treeToNearest(const std::vector<std::size_t>& destinations, RouteTree& out) const;
    // The route from a to b (the same as treeTo(b).pathFrom(a), one Dijkstra run per call: use a
    // tree for many sources); nullopt when unreachable.
    std::optional<Path> path(std::size_t a, std::size_t b) const;

    // Elements whose kind is one of `kinds`, in project order.
    std::vector<std::size_t> elementsOfKinds(const std::vector<std::string>& kinds) const;
    // The nearest of `candidates` from `source` by route latency, ties by fewer hops then by id; the
    // source itself counts (latency 0) when it is a candidate. nullopt when none is reachable.
    std::optional<Nearest> nearest(std::size_t source, const std::vector<std::size_t>& candidates) const;
    std::optional<Nearest> nearestOfKinds(std::size_t source, const std::vector<std::string>& kinds) const;

    // Rank of an element / link in id order (the tie-break key).
    std::uint32_t elementRank(std::size_t element) const { return elementRank_[element]; }
    std::uint32_t linkRank(std::size_t link) const { return links_[link].rank; }

private:
    struct LinkData {
        std::uint32_t from = 0, to = 0;
        double latency_ms = 0, bandwidth_mbps = 0;
        std::uint32_t rank = 0;
        std::size_t channel = kNoIndex;
        bool usable = false, wireless = false;
    };
    struct Arc {
        std::uint32_t neighbour, link;
        std::uint8_t direction; // from this element toward the neighbour
        double latency_ms;
    };

    void run(const std::vector<std::size_t>& roots, RouteTree& out) const;

    std::size_t elementCount_ = 0;
    std::vector<LinkData> links_;
    std::vector<std::uint32_t> offsets_; // CSR: arcs_[offsets_[v] .. offsets_[v+1])
    std::vector<Arc> arcs_;
    std::vector<std::uint32_t> elementRank_;
    std::vector<std::uint8_t> transit_;
    std::vector<std::string> kinds_;
    std::vector<SharedChannel> channels_;
    std::unordered_map<std::string, std::size_t> index_;
};

} // namespace iiot::solvers
