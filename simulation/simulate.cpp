#include "simulate.h"

#include "device_sweep.h"
#include "engine.h"
#include "statistics.h"

#include <algorithm>
#include <functional>

namespace iiot::sim {

namespace {

const char* const kPolicyNames[] = {"local",      "edge-only",   "cloud-only",
                                    "edge-cloud", "round-robin", "cms-astp"};

Estimate over(const std::vector<const RunResult*>& runs, const std::function<double(const RunResult&)>& f) {
    std::vector<double> v;
    v.reserve(runs.size());
    for (const auto* r : runs)
        v.push_back(f(*r));
    return estimate(v);
}

} // namespace

const char* toString(Policy p) {
    return kPolicyNames[static_cast<int>(p)];
}

std::optional<Policy> policyFromString(const std::string& s) {
    for (int i = 0; i < 6; ++i)
        if (s == kPolicyNames[i])
            return static_cast<Policy>(i);
    return std::nullopt;
}

RunConfig configFor(const model::Scenario& s) {
    RunConfig c;
    c.duration_s = s.duration_s;
    c.warmup_s = s.warmup_s.value_or(0);
    c.seed = static_cast<std::uint64_t>(s.seed.value_or(1));
    if (s.policy)
        c.policy = policyFromString(*s.policy).value_or(Policy::EdgeCloud);
    c.sample_interval_s = s.sample_interval_s.value_or(1);
    c.mobility = s.mobility;
    if (s.area_m)
        c.area_m = *s.area_m;
    return c;
}

RunSummary summarize(const std::vector<const RunResult*>& runs) {
    RunSummary s;
    if (runs.empty())
        return s;
    s.scenario = runs.front()->scenario;
    s.devices = runs.front()->devices;
    s.policy = runs.front()->policy;
    s.replications = static_cast<long long>(runs.size());
    s.success_rate = over(runs, [](const RunResult& r) { return r.success_rate; });
    s.delay_mean_ms = over(runs, [](const RunResult& r) { return r.delay_ms.mean; });
    s.delay_p95_ms = over(runs, [](const RunResult& r) { return r.delay_ms.p95; });
    s.cpu_local = over(runs, [](const RunResult& r) { return r.cpu_utilization[kLocal]; });
    s.cpu_edge = over(runs, [](const RunResult& r) { return r.cpu_utilization[kEdge]; });
    s.cpu_cloud = over(runs, [](const RunResult& r) { return r.cpu_utilization[kCloud]; });
    s.lan = over(runs, [](const RunResult& r) { return r.network_utilization[kLan]; });
    s.wan = over(runs, [](const RunResult& r) { return r.network_utilization[kWan]; });
    s.energy_j = over(runs, [](const RunResult& r) { return r.energy_j; });
    return s;
}

std::optional<SimulationReport> simulate(const model::Project& project, const model::TypeLibrary& types,
                                         const SimulationRequest& request, const model::RunControl& control,
                                         std::string& error) {
    std::vector<const model::Scenario*> scenarios;
    if (request.scenarios.empty()) {
        for (const auto& s : project.scenarios)
            scenarios.push_back(&s);
        if (scenarios.empty()) {
            error = "the project has no scenario to simulate; add one under 'scenarios'";
            return std::nullopt;
        }
    }
    for (const auto& id : request.scenarios) {
        auto it = std::find_if(project.scenarios.begin(), project.scenarios.end(),
                               [&](const model::Scenario& s) { return s.id == id; });
        if (it == project.scenarios.end()) {
            error = "unknown scenario '" + id + "'";
            return std::nullopt;
        }
        scenarios.push_back(&*it);
    }
    struct Job {
        const model::Scenario* scenario;
        long long devices; // -1: the project as is
        RunConfig config;
        long long replication;
    };
    std::vector<Job> jobs;
    for (const auto* s : scenarios) {
        RunConfig base = configFor(*s);
        if (request.duration_s)
            base.duration_s = *request.duration_s;
        if (request.seed)
            base.seed = *request.seed;
        base.keep_delays = request.keep_delays;
        std::vector<long long> counts = request.devices;
        if (counts.empty() && s->device_counts)
            counts = *s->device_counts;
        if (counts.empty())
            counts.push_back(-1);
        std::vector<Policy> policies = request.policies;
        if (policies.empty())
            policies.push_back(base.policy);
        const long long replications = request.replications.value_or(s->replications.value_or(1));
        if (replications < 1) {
            error = "the number of replications must be at least 1";
            return std::nullopt;
        }
        for (long long n : counts)
            for (Policy p : policies)
                for (long long k = 0; k < replications; ++k) {
                    RunConfig c = base;
                    c.policy = p;
                    c.seed = base.seed + static_cast<std::uint64_t>(k);
                    jobs.push_back({s, n, c, k});
                }
    }
    SimulationReport report;
    const model::Scenario* resizedFor = nullptr;
    long long resizedTo = -2;
    model::Project resized;
    for (std::size_t j = 0; j < jobs.size(); ++j) {
        const Job& job = jobs[j];
        const model::Project* subject = &project;
        if (job.devices >= 0) {
            if (resizedFor != job.scenario || resizedTo != job.devices) {
                resized = withDeviceCount(project, static_cast<std::size_t>(job.devices));
                resizedFor = job.scenario;
                resizedTo = job.devices;
            }
            subject = &resized;
        }
        RunConfig config = job.config;
        if (request.on_sample) {
            config.on_sample = request.on_sample;
            config.sample_row.scenario = job.scenario->id;
            config.sample_row.replication = job.replication;
            config.sample_row.run = j;
            config.sample_row.runs = jobs.size();
        }
        const ProgressSlice slice{&control, static_cast<double>(j) / static_cast<double>(jobs.size()),
                                  1.0 / static_cast<double>(jobs.size())};
        auto run = simulateRun(*subject, types, config, slice, error);
        if (!run) {
            error = "scenario '" + job.scenario->id + "': " + error;
            return std::nullopt;
        }
        run->scenario = job.scenario->id;
        report.runs.push_back(std::move(*run));
    }
    // One summary per (scenario, devices, policy), in run order.
    std::vector<bool> used(report.runs.size(), false);
    for (std::size_t i = 0; i < report.runs.size(); ++i) {
        if (used[i])
            continue;
        std::vector<const RunResult*> group;
        for (std::size_t k = i; k < report.runs.size(); ++k) {
            const auto& a = report.runs[i];
            const auto& b = report.runs[k];
            if (!used[k] && a.scenario == b.scenario && a.devices == b.devices && a.policy == b.policy) {
                used[k] = true;
                group.push_back(&b);
            }
        }
        report.summaries.push_back(summarize(group));
    }
    return report;
}

} // namespace iiot::sim
