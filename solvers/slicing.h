// Network slicing (MODELS.md section 4, [S3]): services are embedded one after another in project
// order, each as a walk from its source to its destination with a host for every chain entry,
// consuming link bandwidth per direction and VNF cores that later services cannot use.
// Methods: stnra (layered graph searched with LARAC), dnso (Natural Aggregation Algorithm), ffpa
// (first fit), exact (one MILP per service on the residual network, solved by an external program).
#pragma once

#include "model/project.h"
#include "model/run_control.h"
#include "model/type_library.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace iiot::solvers {

enum class SlicingMethod { Stnra, Dnso, Ffpa, Exact };

const char* toString(SlicingMethod method);
std::optional<SlicingMethod> slicingMethodFromString(const std::string& s);

struct SlicingParameters {
    std::uint64_t seed = 1;
    // DNSO (Natural Aggregation Algorithm): population size, number of shelters, generations.
    // 24 x 60 = 1,440 evaluations per service keeps a 100-service run well under a second.
    int population = 24;
    int shelters = 4;
    int iterations = 60;
    double timeLimitSeconds = 60.0; // exact: per service MILP
    std::string milpSolver;         // exact: program to run; empty = default choice (milp.h)
};

struct SliceServiceResult {
    std::string id;
    bool admitted = false;
    std::vector<std::string> path;      // element ids of the walk, source to destination
    std::vector<std::string> links;     // link ids of the walk, in order
    std::vector<std::string> placement; // host element id per chain entry
    double cost = 0;
    double delayMs = 0;
    std::optional<double> lowerBound; // stnra: LARAC's bound; never above cost
    std::optional<bool> optimal;      // exact: proven optimal by the solver
    std::string reason;               // why it was rejected
};

struct SlicingResult {
    SlicingMethod method = SlicingMethod::Stnra;
    SlicingParameters parameters;
    std::string error; // non-empty: the run failed (bad input, missing solver, cancelled)
    bool cancelled = false;
    double admittedRate = 0;
    double averageCost = 0;
    double averageDelayMs = 0;
    double cpuUtilizationVariance = 0;
    double solveMs = 0;
    std::vector<SliceServiceResult> services; // project order

    bool ok() const { return error.empty(); }
};

SlicingResult runSlicing(const model::Project& project, const model::TypeLibrary& types, SlicingMethod method,
                         const SlicingParameters& parameters = {}, const model::RunControl& control = {});

// The `iiot-cli slice --json` document (FORMAT.md section 5). withTiming false leaves solve_ms at 0
// so that two runs can be compared byte for byte.
std::string slicingJson(const SlicingResult& result, bool withTiming = true);

} // namespace iiot::solvers
