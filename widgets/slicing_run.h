// One slicing run as the GUI makes it: the engine's method and parameters plus an optional node
// cost function that replaces every host's own for this run (MODELS.md section 4), the parameters
// object stored with the result, and the stored result itself. Shared by Run ▸ Slice Network and
// the comparison of all methods, so both store the same thing for the same settings.
#pragma once

#include "model/project.h"
#include "solvers/slicing.h"

#include <optional>
#include <string>

namespace iiot::ui {

struct SlicingRunSettings {
    solvers::SlicingMethod method = solvers::SlicingMethod::Stnra;
    solvers::SlicingParameters parameters;
    std::optional<model::CostFunction> costFunction; // empty: each host's own
};

// The project the engine runs on: a copy without stored results, every host with `vnf` given the
// chosen cost function when there is one.
model::Project slicingInput(const model::Project& project, const SlicingRunSettings& settings);
// {"seed": 1, "cost_function": "step", "population": 24, ...}: only what applies to the method.
std::string slicingParametersJson(const SlicingRunSettings& settings);
// Runs the engine on a copy prepared by slicingInput.
solvers::SlicingResult runSlicingWith(const model::Project& input, const SlicingRunSettings& settings,
                                      const model::RunControl& control);
// kind "slice", the method, the parameters, created now (UTC), json = slicingJson(result).
model::StoredResult slicingStoredResult(const SlicingRunSettings& settings,
                                        const solvers::SlicingResult& result);

} // namespace iiot::ui
