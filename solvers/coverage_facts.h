// Internal to the coverage engine: the facts about a design that the capability ratings and the
// findings are built from (MODELS.md section 2). Every pass here is linear in elements + links so
// that a 10,000-element factory evaluates in a few milliseconds; no per-element search.
#pragma once

#include "coverage.h"
#include "network_graph.h"

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace iiot::solvers::coverage_detail {

// One exposing element and the OT elements it reaches without passing a firewall or a data diode.
struct Exposure {
    std::size_t exposer = 0;     // element index
    std::vector<std::size_t> ot; // element indices, project order, never the exposer itself
};

// One holder list per identifier held more than once, in order of the first holder.
struct DuplicateIdentifier {
    std::string identifier;
    std::vector<std::size_t> holders; // element indices, project order
};

struct CoverageFacts {
    std::vector<const model::KindInfo*> kinds;   // per element; nullptr for a kind the library lacks
    std::vector<bool> unreachable;               // device-layer element, no service element reachable
    std::vector<bool> mismatch;                  // device-layer protocol-mismatch
    std::vector<std::size_t> articulationPoints; // element indices, project order
    std::vector<std::size_t> bridges;            // link indices, project order
    std::vector<Exposure> exposures;             // exposer order = project order
    std::vector<std::size_t> interLinks;         // internet/dedicated-line links passing the path test
    std::vector<std::size_t> dedicatedLinks;     // the dedicated-line ones among them
    bool otItPath = false;                       // some component joins an OT zone and an IT zone
    bool hasSdnController = false;
    bool hasMessageBroker = false;
    bool hasIdResolver = false;
    bool hasStorage = false;                     // a storage, database or cloud element
    std::vector<std::size_t> uniqueIdentifiers;  // elements whose identifier nobody else holds
    std::vector<std::size_t> missingIdentifiers; // elements without (or with an empty) identifier
    std::vector<DuplicateIdentifier> duplicates;

    bool anyUnreachable() const;
    bool anySpof() const { return !articulationPoints.empty() || !bridges.empty(); }
};

bool isLayer(const model::KindInfo* kind, model::ElementLayer layer);

// coverage_facts.cpp: components, reachability, protocols, inter network, kinds, identifiers.
CoverageFacts collectFacts(const model::Project& project, const model::TypeLibrary& types,
                           const NetworkGraph& graph);
// coverage_spof.cpp: articulation points and bridges of the network + service multigraph.
void findSpofs(const model::Project& project, const NetworkGraph& graph, CoverageFacts& facts);
// coverage_exposure.cpp: OT elements reached from inter-network, cloud and IT elements.
void findExposures(const model::Project& project, const model::TypeLibrary& types, const NetworkGraph& graph,
                   CoverageFacts& facts);
// coverage_findings.cpp: the findings, by code order then project order, with readable messages.
std::vector<CoverageFinding> describeFindings(const model::Project& project, const CoverageFacts& facts);
// coverage_ratings.cpp: one rating per catalogue capability with evidence and notes.
std::vector<CapabilityRating> rateCapabilities(const model::Project& project,
                                               const model::CapabilityCatalogue& catalogue,
                                               const model::TypeLibrary& types, const CoverageFacts& facts);
// coverage_scoring.cpp: cells, levels reached and gaps from the ratings.
void scoreCoverage(const model::Project& project, const model::CapabilityCatalogue& catalogue,
                   std::vector<CapabilityRating> ratings, CoverageResult& result);

} // namespace iiot::solvers::coverage_detail
