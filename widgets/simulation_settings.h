// What the scenario dialog asks the simulation for: one scenario of the project, its policies,
// device counts, duration, seed and replications. The same settings give the engine request, the
// stored run's parameters and the list of single runs the job is made of.
#pragma once

#include "model/project.h"
#include "simulation/simulate.h"

#include <cstdint>
#include <string>
#include <vector>

namespace iiot::ui {

struct SimulationSettings {
    std::string scenario;
    std::vector<sim::Policy> policies;
    std::vector<long long> devices; // empty: the scenario's device_counts, else the project as it is
    double duration_s = 600;
    std::uint64_t seed = 1;
    long long replications = 1;
};

// The scenario's own choices: its policy, device_counts, duration, seed and replications.
SimulationSettings settingsFor(const model::Scenario& scenario);

// The request that makes sim::simulate() run exactly this job.
sim::SimulationRequest toRequest(const SimulationSettings& settings);

// The job cut into single runs in the engine's order (device count, then policy, then
// replication with seed + k): running them one by one gives the same runs as one simulate() call.
// The scenario must be the project's scenario named in the settings.
std::vector<sim::SimulationRequest> singleRuns(const SimulationSettings& settings,
                                               const model::Scenario& scenario);

// The stored result's parameters: {"scenario", "policies", "devices", "duration_s", "seed",
// "replications"}.
std::string parametersJson(const SimulationSettings& settings);

// "edge-cloud, edge-only" as a stored result's method.
std::string policiesText(const SimulationSettings& settings);

// Empty when the settings can run on the project, else what to change.
std::string settingsProblem(const model::Project& project, const SimulationSettings& settings);

} // namespace iiot::ui
