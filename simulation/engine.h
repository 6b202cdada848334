// One run of the discrete-event simulation (MODELS.md section 6) on a project whose task-generating
// elements are already the ones to simulate (see device_sweep.h for `device_counts`).
#pragma once

#include "simulation_types.h"

#include "model/project.h"
#include "model/run_control.h"
#include "model/type_library.h"

#include <optional>
#include <string>

namespace iiot::sim {

// Where this run's progress falls in the whole job: fraction f of the run is reported as
// base + span * f.
struct ProgressSlice {
    const model::RunControl* control = nullptr;
    double base = 0, span = 1;
};

// The run's figures, or nothing with `error` set (bad configuration, path too long, cancelled).
std::optional<RunResult> simulateRun(const model::Project& project, const model::TypeLibrary& types,
                                     const RunConfig& config, const ProgressSlice& progress,
                                     std::string& error);

} // namespace iiot::sim
