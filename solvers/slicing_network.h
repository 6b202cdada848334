// The residual network the slicing methods embed services into (MODELS.md section 4): the bandwidth
// left on every bandwidth resource, per element the VNF cores left, and the rules every walk obeys
// (end devices only as source or destination). Shared by stnra, dnso, ffpa and exact.
//
// Bandwidth resources follow MODELS.md section 1 and routing.h: each direction of a link is its own
// resource, except for wireless links attached to the same access point or base station, which share
// one channel (capacity: the largest bandwidth among them) consumed by every traversal of any of
// them in either direction.
#pragma once

#include "model/project.h"
#include "model/run_control.h"
#include "model/type_library.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace iiot::solvers {

// Node cost of one placed VNF (MODELS.md section 4); x = cores in use on the host after placing it.
struct NodeCostModel {
    model::CostFunction function = model::CostFunction::Linear;
    double costPerCore = 1, alpha1 = 12, alpha2 = 0.2, beta = 5, gamma1 = 5, gamma2 = 2;
    double cost(long long vnfCores, double x, double capacity) const;
};
NodeCostModel nodeCostModel(const model::Vnf* vnf);

struct Traversal {
    std::size_t link = 0;
    int direction = 0; // 0: from -> to as written in the project, 1: the other way
};

struct SliceLink {
    std::string id;
    std::size_t end[2] = {0, 0}; // from, to
    double bandwidth = 0, latency = 0, costPerMbps = 1;
    std::size_t resource[2] = {0, 0}; // bandwidth resource used per direction
    std::size_t tail(int dir) const { return end[dir]; }
    std::size_t head(int dir) const { return end[1 - dir]; }
};

struct ChainEntry {
    long long cores = 1;
    double processingMs = 0;
};

struct SliceRequest {
    std::size_t index = 0; // in Project::services
    std::size_t source = 0, destination = 0;
    std::vector<ChainEntry> chain;
    double bandwidth = 0, maxDelay = 0;
};

struct Embedding {
    std::vector<Traversal> walk;        // in order
    std::vector<std::size_t> placement; // host vertex per chain entry
    double cost = 0, delay = 0;
    std::optional<double> lowerBound;
    std::optional<bool> optimal;
};

class SliceNetwork {
public:
    SliceNetwork(const model::Project& project, const model::TypeLibrary& types);

    std::size_t vertexCount() const { return ids_.size(); }
    const std::vector<SliceLink>& links() const { return links_; }
    const std::string& id(std::size_t v) const { return ids_[v]; }
    // (link, direction) pairs leaving a vertex, in link order.
    const std::vector<Traversal>& outgoing(std::size_t v) const { return outgoing_[v]; }
    bool endDevice(std::size_t v) const { return endDevice_[v]; }
    long long capacity(std::size_t v) const { return capacity_[v]; }
    long long used(std::size_t v) const { return used_[v]; }
    long long freeCores(std::size_t v) const { return capacity_[v] - used_[v]; }
    const NodeCostModel& costModel(std::size_t v) const { return costModels_[v]; }
    std::optional<std::size_t> vertex(const std::string& id) const;

    // The request of a service, or an error message (unknown element or VNF type).
    std::optional<SliceRequest> request(const model::Project& project, std::size_t serviceIndex,
                                        std::string& error) const;

    // Walk rules: a walk may enter v only if v is not an end device or is the destination, and leave
    // it only if it is not an end device or is the source.
    bool canEnter(std::size_t v, const SliceRequest& r) const { return !endDevice_[v] || v == r.destination; }
    bool canLeave(std::size_t v, const SliceRequest& r) const { return !endDevice_[v] || v == r.source; }
    // Bandwidth resources: 2 per link (one per direction) unless the link is on a shared channel.
    std::size_t resourceCount() const { return residual_.size(); }
    std::size_t resource(const Traversal& t) const { return links_[t.link].resource[t.direction]; }
    double residual(std::size_t resource) const { return residual_[resource]; }
    double residual(const Traversal& t) const { return residual_[resource(t)]; }
    // "link l1 from a" or "the wireless channel of ap", for messages.
    std::string resourceName(std::size_t resource) const;
    // A link direction is usable when its resource's residual bandwidth fits the service once.
    bool fits(const Traversal& t, const SliceRequest& r) const;
    // Cost of placing chain entry `entry` on host h given the cores this service already put there.
    double nodeCost(std::size_t h, long long coresOfEntry, long long alreadyPlaced) const;
    // Cost, delay and feasibility of a complete embedding: rules, capacity, chain order, delay.
    // Fills e.cost and e.delay; returns an empty string when feasible, else why not.
    std::string evaluate(const SliceRequest& r, Embedding& e) const;
    // Consumes the embedding's bandwidth and cores.
    void commit(const SliceRequest& r, const Embedding& e);

    // Population variance of used / available cores over elements with VNF cores.
    double utilizationVariance() const;

private:
    std::vector<std::string> ids_;
    std::vector<bool> endDevice_;
    std::vector<long long> capacity_, used_;
    std::vector<NodeCostModel> costModels_;
    std::vector<SliceLink> links_;
    std::vector<std::vector<Traversal>> outgoing_;
    std::vector<double> residual_;          // per bandwidth resource
    std::vector<std::string> resourceName_; // per bandwidth resource
};

bool withinDelay(double delay, double bound);
bool withinBandwidth(double demand, double available);

// Per-method embedding of one request in the current residual network. nullopt = rejected, with
// the reason set. Progress and cancellation are handled by the caller, between services; DNSO also
// stops its generations early when cancelled (the caller then drops the whole result).
struct SlicingParameters;
std::optional<Embedding> embedStnra(const SliceNetwork& net, const SliceRequest& r, std::string& reason);
std::optional<Embedding> embedFfpa(const SliceNetwork& net, const SliceRequest& r, std::string& reason);
std::optional<Embedding> embedDnso(const SliceNetwork& net, const SliceRequest& r,
                                   const SlicingParameters& parameters, const model::RunControl& control,
                                   std::string& reason);
// error is set (and nullopt returned) when the solver could not run; reason when rejected.
std::optional<Embedding> embedExact(const SliceNetwork& net, const SliceRequest& r,
                                    const SlicingParameters& parameters, const model::RunControl& control,
                                    std::string& reason, std::string& error);

} // namespace iiot::solvers
