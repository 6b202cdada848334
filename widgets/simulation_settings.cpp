#include "simulation_settings.h"

#include "model/json_writer.h"

#include <algorithm>

namespace iiot::ui {

SimulationSettings settingsFor(const model::Scenario& scenario) {
    const sim::RunConfig config = sim::configFor(scenario);
    SimulationSettings s;
    s.scenario = scenario.id;
    s.policies = {config.policy};
    s.devices = scenario.device_counts.value_or(std::vector<long long>{});
    s.duration_s = config.duration_s;
    s.seed = config.seed;
    s.replications = scenario.replications.value_or(1);
    return s;
}

sim::SimulationRequest toRequest(const SimulationSettings& settings) {
    sim::SimulationRequest r;
    r.scenarios = {settings.scenario};
    r.policies = settings.policies;
    r.devices = settings.devices;
    r.duration_s = settings.duration_s;
    r.seed = settings.seed;
    r.replications = settings.replications;
    return r;
}

std::vector<sim::SimulationRequest> singleRuns(const SimulationSettings& settings,
                                               const model::Scenario& scenario) {
    std::vector<sim::SimulationRequest> runs;
    // simulate() falls back on the scenario's device_counts, then on the project as it is (-1).
    std::vector<long long> counts = settings.devices;
    if (counts.empty())
        counts = scenario.device_counts.value_or(std::vector<long long>{});
    if (counts.empty())
        counts.push_back(-1);
    for (long long n : counts)
        for (sim::Policy p : settings.policies)
            for (long long k = 0; k < settings.replications; ++k) {
                sim::SimulationRequest r;
                r.scenarios = {settings.scenario};
                r.policies = {p};
                if (n >= 0)
                    r.devices = {n};
                r.duration_s = settings.duration_s;
                r.seed = settings.seed + static_cast<std::uint64_t>(k);
                r.replications = 1;
                r.keep_delays = true;
                runs.push_back(std::move(r));
            }
    return runs;
}

std::string parametersJson(const SimulationSettings& settings) {
    model::JsonWriter w(false);
    w.beginObject();
    w.field("scenario", settings.scenario);
    w.key("policies").beginArray();
    for (sim::Policy p : settings.policies)
        w.value(sim::toString(p));
    w.endArray();
    w.key("devices").beginArray();
    for (long long n : settings.devices)
        w.value(n);
    w.endArray();
    w.field("duration_s", settings.duration_s);
    w.field("seed", static_cast<long long>(settings.seed));
    w.field("replications", settings.replications);
    w.endObject();
    return w.str();
}

std::string policiesText(const SimulationSettings& settings) {
    std::string text;
    for (sim::Policy p : settings.policies)
        text += (text.empty() ? "" : ", ") + std::string(sim::toString(p));
    return text;
}

std::string settingsProblem(const model::Project& project, const SimulationSettings& settings) {
    const auto& scenarios = project.scenarios;
    if (std::none_of(scenarios.begin(), scenarios.end(),
                     [&](const model::Scenario& s) { return s.id == settings.scenario; }))
        return scenarios.empty() ? "The project has no scenario; add one under 'scenarios'."
                                 : "Unknown scenario '" + settings.scenario + "'.";
    if (settings.policies.empty())
        return "Choose at least one policy.";
    if (!(settings.duration_s > 0))
        return "The duration must be positive.";
    if (settings.replications < 1)
        return "At least one replication is needed.";
    for (long long n : settings.devices)
        if (n < 1)
            return "Device counts must be whole numbers of at least 1.";
    return {};
}

} // namespace iiot::ui
