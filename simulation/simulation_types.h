// What a simulation run is asked to do and what it reports (MODELS.md section 6, FORMAT.md section 5).
#pragma once

#include "model/project.h"

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace iiot::sim {

enum class Policy { Local, EdgeOnly, CloudOnly, EdgeCloud, RoundRobin, CmsAstp };

const char* toString(Policy p);
std::optional<Policy> policyFromString(const std::string& s);

// Tiers of CPU utilisation: local = device layer, edge = edge-server and fog-node, cloud = cloud.
enum Tier : std::uint8_t { kLocal = 0, kEdge = 1, kCloud = 2, kNoTier = 3 };
// Network segments: wan = internet, dedicated-line or a cloud endpoint; lan = every other link.
enum Segment : std::uint8_t { kLan = 0, kWan = 1, kNoSegment = 2 };

// One point of the time series: averages over the interval that ends at `time_s`.
struct Sample {
    double time_s = 0;
    std::array<double, 3> cpu{};     // per tier
    std::array<double, 2> network{}; // lan, wan
    long long generated = 0, finished = 0, failed = 0;
};

// One time-series sample as it is produced, with the run it belongs to (for live charts).
struct SampleRow {
    std::string scenario; // scenario id; empty for a run started without one
    Policy policy = Policy::EdgeCloud;
    long long devices = 0;     // task-generating elements of the run
    long long replication = 0; // 0-based replication index (its seed is the scenario's seed + index)
    std::uint64_t seed = 0;
    std::size_t run = 0, runs = 1; // index of the run in the job (SimulationReport::runs order), runs in all
    Sample sample;
};

// Receives every sample row the moment the engine produces it (at each `sample_interval_s`), on the
// thread that runs the simulation (a GUI's worker thread: hand the row over to the GUI thread, for
// example with a queued signal, and return quickly). Rows of one run arrive in time order; runs
// arrive one after another in SimulationReport::runs order. Not called for runs without a time
// series (`sample_interval_s` 0). The row is valid only during the call.
using SampleObserver = std::function<void(const SampleRow&)>;

struct RunConfig {
    Policy policy = Policy::EdgeCloud;
    double duration_s = 600;
    double warmup_s = 0;
    double sample_interval_s = 1; // 0: no time series
    std::uint64_t seed = 1;
    std::optional<model::Mobility> mobility; // absent: static devices
    model::Position area_m{300, 300};
    // Energy a generating device may spend (idle + busy CPU); 0 = mains powered. A device whose
    // budget is spent is dead: its later tasks fail with `device_dead`.
    double battery_j = 0;
    bool keep_delays = false; // keep every finished task's delay (histograms, CDFs)
    // Optional live view of the time series; `sample_row` gives the row's run fields (the engine sets
    // devices, policy, seed and sample).
    SampleObserver on_sample;
    SampleRow sample_row;
};

struct Failures {
    long long latency = 0, no_destination = 0, insufficient_resources = 0, mobility = 0, device_dead = 0;
    long long total() const {
        return latency + no_destination + insufficient_resources + mobility + device_dead;
    }
};

struct DelayStats {
    double mean = 0, p50 = 0, p95 = 0, p99 = 0; // milliseconds; 0 when nothing finished
};

struct ApplicationStats {
    std::string id;
    long long tasks = 0, succeeded = 0, finished = 0, unfinished = 0;
    Failures failures;
    double success_rate = 0;
    DelayStats delay_ms;
};

struct RunResult {
    std::string scenario;
    long long devices = 0;
    Policy policy = Policy::EdgeCloud;
    std::uint64_t seed = 0;
    long long tasks = 0; // generated at or after warm-up
    long long succeeded = 0, finished = 0, unfinished = 0;
    double success_rate = 0;
    Failures failures;
    DelayStats delay_ms;
    std::array<double, 3> cpu_utilization{};     // local, edge, cloud; over [warm-up, duration]
    std::array<double, 2> network_utilization{}; // lan, wan
    double energy_j = 0;
    long long events = 0;
    double wall_s = 0;
    double simulated_s = 0;
    std::vector<ApplicationStats> applications;
    std::vector<Sample> series;
    std::vector<double> delays_ms; // only with RunConfig::keep_delays
    // Little's law inputs: time-average number of counted tasks in the system and their throughput.
    double mean_tasks_in_system = 0, mean_sojourn_s = 0, throughput_per_s = 0;
};

// Mean and 95 % confidence half-width (Student t) of one figure over replications.
struct Estimate {
    double mean = 0, ci95 = 0;
};

struct RunSummary {
    std::string scenario;
    long long devices = 0;
    Policy policy = Policy::EdgeCloud;
    long long replications = 0;
    Estimate success_rate, delay_mean_ms, delay_p95_ms, cpu_local, cpu_edge, cpu_cloud, lan, wan, energy_j;
};

} // namespace iiot::sim
