// Summary statistics of simulation outputs: percentiles of delays and replication confidence
// intervals.
#pragma once

#include "simulation_types.h"

#include <vector>

namespace iiot::sim {

// Linear interpolation between closest ranks (the common "type 7" definition); q in [0, 1].
// Reorders `values`; 0 when empty.
double percentile(std::vector<double>& values, double q);

// Mean, p50, p95 and p99 of `values` (reordered).
DelayStats delayStats(std::vector<double>& values);

// Two-sided 97.5 % quantile of Student's t with `df` degrees of freedom.
double studentT975(long long df);

// Mean and 95 % confidence half-width of independent replications (half-width 0 for one).
Estimate estimate(const std::vector<double>& values);

} // namespace iiot::sim
