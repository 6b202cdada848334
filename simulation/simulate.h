// A simulation job: the runs of one or more scenarios over their device counts, policies and
// replications (seeds seed, seed+1, ...), with mean and 95 % confidence interval per
// (scenario, devices, policy).
#pragma once

#include "simulation_types.h"

#include "model/project.h"
#include "model/run_control.h"
#include "model/type_library.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace iiot::sim {

struct SimulationRequest {
    std::vector<std::string> scenarios; // ids; empty = every scenario of the project
    std::vector<Policy> policies;       // empty = each scenario's own policy
    std::vector<long long> devices;     // empty = the scenario's device_counts, else the project as is
    std::optional<double> duration_s;
    std::optional<std::uint64_t> seed;
    std::optional<long long> replications;
    bool keep_delays = false;
    // Optional: each time-series row of each run as it is produced (see SampleObserver).
    SampleObserver on_sample;
};

struct SimulationReport {
    std::vector<RunResult> runs;
    std::vector<RunSummary> summaries;
};

// The configuration a scenario gives (defaults: warm-up 0, seed 1, edge-cloud, 1 s samples,
// area 300 m x 300 m).
RunConfig configFor(const model::Scenario& scenario);

// Runs the whole job. Errors (unknown scenario, no scenario, cancelled, ...) come back in `error`.
std::optional<SimulationReport> simulate(const model::Project& project, const model::TypeLibrary& types,
                                         const SimulationRequest& request, const model::RunControl& control,
                                         std::string& error);

// Mean and confidence interval over the runs of one (scenario, devices, policy) group.
RunSummary summarize(const std::vector<const RunResult*>& runs);

} // namespace iiot::sim
