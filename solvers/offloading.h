// Computing-mode selection and priority scheduling [S4] (MODELS.md section 5): one task per
// generating element and application, released at time 0, runs locally, on the nearest edge
// server / fog node (queued on its cores) or on the nearest cloud. Four methods:
//   astp  adaptive mode choice, edge queue in priority order p = mu1*alpha + mu2*beta;
//   ascm  adaptive mode choice, edge queue in arrival order;
//   rstp  random mode choice, priority order;   rscm  random mode choice, arrival order.
// rstp and rscm with the same seed draw the same modes.
#pragma once

#include "model/project.h"
#include "model/run_control.h"
#include "model/type_library.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace iiot::solvers {

enum class OffloadMethod { Astp, Ascm, Rstp, Rscm };
enum class ComputingMode { Local, Edge, Cloud };

const char* toString(OffloadMethod m);
std::optional<OffloadMethod> offloadMethodFromString(const std::string& s);
const char* toString(ComputingMode m);

struct OffloadParameters {
    OffloadMethod method = OffloadMethod::Astp;
    std::uint64_t seed = 1; // sizes drawn from distributions, and the random methods' modes
    double mu1 = 0.7;       // weight of the real-time intensity alpha
    double mu2 = 0.3;       // weight of the complexity intensity beta
    int max_sweeps = 50;    // adaptive methods
};

struct OffloadTask {
    std::string element, application;
    ComputingMode mode = ComputingMode::Local;
    std::string host;    // element that runs it (the generating element when local)
    double delay_ms = 0; // completion time (all tasks are released at 0)
    bool met = false;    // delay_ms <= max_latency_ms
    double max_latency_ms = 0;
    double data_kb = 0;         // upload size (drawn when a distribution)
    double instructions_mi = 0; // drawn when a distribution
    double upload_ms = 0;       // transfer time at the static rate plus path latency; 0 when local
    double wait_ms = 0;         // waiting before it starts (edge queue, or earlier local tasks)
    double priority = 0;        // p at its edge server (0 unless on an edge server)
};

struct OffloadResult {
    OffloadMethod method = OffloadMethod::Astp;
    std::uint64_t seed = 1;
    double total_delay_ms = 0, average_delay_ms = 0;
    double reliability = 0;         // share of tasks on time (1 when there are no tasks)
    double satisfaction = 0;        // mean of 1 - 0.5 T/Tmax on time, 0 late
    bool converged = true;          // adaptive: a sweep moved nothing; random: always true
    int sweeps = 0;                 // adaptive sweeps run
    std::vector<OffloadTask> tasks; // application (project order), then element (project order)
};

struct OffloadOutcome {
    std::optional<OffloadResult> result;
    std::string error; // why there is no result (set when result is empty)
    bool cancelled = false;
};

OffloadOutcome runOffloading(const model::Project& project, const model::TypeLibrary& types,
                             const OffloadParameters& parameters,
                             const model::RunControl& control = model::RunControl());

// The `iiot-cli offload --json` document (FORMAT.md section 5).
std::string offloadJson(const OffloadResult& result);

} // namespace iiot::solvers
