// SDN slice configuration (`iiot-cli export --to slices`): per admitted service its path, the
// bandwidth to reserve on every hop in the direction travelled, where each VNF of its chain runs,
// and queue/priority hints from its delay budget, as JSON for a controller-side script that turns
// it into flow rules. The schema is documented in docs/slices-schema.md.
#pragma once

#include "slicing.h"

#include "model/project.h"
#include "model/type_library.h"

#include <string>

namespace iiot::solvers {

inline constexpr const char* kSliceConfigurationFormat = "iiot-workbench/slices/1";

struct QueueHint {
    int priority = 0;  // 0..7, as in IEEE 802.1Q PCP
    int dscp = 0;      // DiffServ code point
    const char* queue; // expedited | assured-high | assured | best-effort
};

// By delay budget: <= 1 ms expedited forwarding (PCP 7, DSCP 46 EF), <= 10 ms AF41 (PCP 5, DSCP
// 34), <= 100 ms AF21 (PCP 3, DSCP 18), else best effort (PCP 1, DSCP 0).
QueueHint queueHintFor(double maxDelayMs);

// Deterministic: no timings, so the same project, method and seed give identical bytes.
std::string sliceConfigurationJson(const model::Project& project, const model::TypeLibrary& types,
                                   const SlicingResult& result);

} // namespace iiot::solvers
