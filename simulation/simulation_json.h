// The `simulate` result document (FORMAT.md section 5) and the per-run time-series CSV.
#pragma once

#include "simulate.h"

#include <string>

namespace iiot::sim {

// `runs[]` with the contract fields plus `scenario`, `succeeded`, `finished`, `applications[]`;
// `summaries[]` with mean and 95 % confidence interval per (scenario, devices, policy).
// Timings (`wall_s`) are the only fields that differ between two runs with the same seed.
std::string simulationJson(const SimulationReport& report, bool pretty = true);

// time_s, cpu_local, cpu_edge, cpu_cloud, lan, wan, generated, finished, failed.
std::string timeSeriesCsv(const RunResult& run);

// A file name for a run's CSV: <scenario>-<policy>-<devices>-seed<seed>.csv.
std::string timeSeriesFileName(const RunResult& run);

} // namespace iiot::sim
