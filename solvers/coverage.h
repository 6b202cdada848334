// Capability-framework coverage of a design (MODELS.md section 2): ratings per capability with
// their evidence, cell scores per layer x level, the level reached per layer, gaps against the
// targets, and the structural findings. Every number is traceable to element ids.
#pragma once

#include "model/capability_catalogue.h"
#include "model/diagnostic.h"
#include "model/project.h"
#include "model/type_library.h"

#include <optional>
#include <string>
#include <vector>

namespace iiot::solvers {

struct CoverageFinding {
    std::string code; // unreachable, protocol-mismatch, spof, ot-exposed, no-inter-network, ...
    model::Severity severity = model::Severity::Warning;
    std::vector<std::string> elements; // element ids involved (for ot-exposed: the exposer first)
    std::vector<std::string> links;    // link ids (bridges)
    std::string message;
};

struct CapabilityRating {
    std::string id;
    double rating = 0;                 // 0..1 after per-element checks, aggregation and caps
    std::vector<std::string> evidence; // element ids, project order
    std::string note;                  // why a structural rule changed the rating; empty otherwise
};

struct CoverageCell {
    model::FrameworkLayer layer = model::FrameworkLayer::Device;
    model::FrameworkLevel level = model::FrameworkLevel::Integration;
    std::optional<double> score; // weighted mean of the ratings; empty ("n/a") without capabilities
    std::vector<CapabilityRating> capabilities; // catalogue order
};

struct LayerCoverage {
    model::FrameworkLayer layer = model::FrameworkLayer::Device;
    std::optional<model::FrameworkLevel> reached; // empty: "none"
    double score = 0;                             // fractional: levels reached + next level's score
    model::FrameworkLevel target = model::FrameworkLevel::InformationFusion;
};

struct CoverageGap {
    std::string capability;
    double rating = 0;
    double priority = 0; // weight x (1 - rating)
};

struct CoverageResult {
    std::vector<LayerCoverage> layers; // device, network, service, trust
    std::vector<CoverageCell> cells;   // all twelve, layer-major, level order
    std::vector<CoverageFinding> findings;
    std::vector<CoverageGap> gaps; // highest priority first, then id
};

CoverageResult evaluateCoverage(const model::Project& project, const model::TypeLibrary& types,
                                const model::CapabilityCatalogue& catalogue);

// The `iiot-cli coverage --json` document (FORMAT.md section 5).
std::string coverageJson(const CoverageResult& result);

} // namespace iiot::solvers
