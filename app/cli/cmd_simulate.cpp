// iiot-cli simulate PROJECT [--scenario ID] [--policy P[,P...]] [--devices N[,N...]] [--duration S]
//                           [--seed N] [--replications R] [--out DIR] [--json]
// The discrete-event simulation of task offloading (MODELS.md section 6): one run per scenario,
// device count, policy and replication; --out writes each run's time series as CSV.
#include "commands.h"

#include "model/atomic_file.h"
#include "model/json_writer.h"
#include "model/run_control.h"
#include "model/type_library.h"
#include "simulation/simulate.h"
#include "simulation/simulation_json.h"

#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <sstream>

namespace iiot::cli {

namespace {

std::vector<std::string> splitList(const std::string& text) {
    std::vector<std::string> out;
    std::stringstream in(text);
    std::string item;
    while (std::getline(in, item, ','))
        out.push_back(item);
    return out;
}

std::string fixed(double v, int digits = 2) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "%.*f", digits, v);
    return buf;
}

std::string padded(const std::string& s, std::size_t width) {
    return s.size() >= width ? s + ' ' : std::string(width - s.size(), ' ') + s;
}

int usageError(const std::string& message) {
    std::cerr << "iiot-cli simulate: " << message << '\n';
    return kUsage;
}

// Fills the request from the options; returns kDone or kUsage.
int parseRequest(const CommandLine& cl, sim::SimulationRequest& r) {
    if (auto s = cl.value("--scenario"))
        r.scenarios.push_back(*s);
    if (auto p = cl.value("--policy"))
        for (const auto& name : splitList(*p)) {
            const auto policy = sim::policyFromString(name);
            if (!policy)
                return usageError("unknown policy '" + name +
                                  "' (local, edge-only, cloud-only, edge-cloud, round-robin, cms-astp)");
            r.policies.push_back(*policy);
        }
    if (auto d = cl.value("--devices"))
        for (const auto& item : splitList(*d)) {
            const auto n = parseIntegerOption(item);
            if (!n || *n < 1 || *n > 10'000'000)
                return usageError("--devices takes whole numbers from 1 to 10000000, separated by commas");
            r.devices.push_back(*n);
        }
    if (auto d = cl.value("--duration")) {
        char* end = nullptr;
        const double v = std::strtod(d->c_str(), &end);
        if (d->empty() || *end != '\0' || !std::isfinite(v) || v <= 0)
            return usageError("--duration must be a positive number of seconds");
        r.duration_s = v;
    }
    if (auto s = cl.value("--seed")) {
        const auto n = parseIntegerOption(*s);
        if (!n || *n < 0)
            return usageError("--seed must be a whole number >= 0");
        r.seed = static_cast<std::uint64_t>(*n);
    }
    if (auto s = cl.value("--replications")) {
        const auto n = parseIntegerOption(*s);
        if (!n || *n < 1 || *n > 10'000)
            return usageError("--replications must be a whole number from 1 to 10000");
        r.replications = *n;
    }
    return kDone;
}

int writeSeries(const sim::SimulationReport& report, const std::string& dir) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) {
        std::cerr << "iiot-cli simulate: cannot create directory '" << dir << "': " << ec.message() << '\n';
        return kFileError;
    }
    for (const auto& run : report.runs) {
        const auto path = std::filesystem::path(dir) / sim::timeSeriesFileName(run);
        if (const auto error = model::writeFileAtomically(path.string(), sim::timeSeriesCsv(run));
            !error.empty()) {
            std::cerr << "iiot-cli simulate: " << error << '\n';
            return kFileError;
        }
    }
    return kDone;
}

void printTable(const std::string& name, const sim::SimulationReport& report) {
    std::cout << name << ": simulation\n\n";
    std::cout << padded("scenario", 14) << padded("policy", 12) << padded("devices", 8) << padded("seed", 6)
              << padded("tasks", 10) << padded("success", 9) << padded("mean ms", 10) << padded("p95 ms", 10)
              << padded("cpu loc", 8) << padded("cpu edge", 9) << padded("cpu cld", 8) << padded("lan", 7)
              << padded("wan", 7) << padded("events", 11) << padded("wall s", 8) << '\n';
    for (const auto& r : report.runs)
        std::cout << padded(r.scenario, 14) << padded(sim::toString(r.policy), 12)
                  << padded(std::to_string(r.devices), 8) << padded(std::to_string(r.seed), 6)
                  << padded(std::to_string(r.tasks), 10) << padded(fixed(100 * r.success_rate) + "%", 9)
                  << padded(fixed(r.delay_ms.mean), 10) << padded(fixed(r.delay_ms.p95), 10)
                  << padded(fixed(r.cpu_utilization[0]), 8) << padded(fixed(r.cpu_utilization[1]), 9)
                  << padded(fixed(r.cpu_utilization[2]), 8) << padded(fixed(r.network_utilization[0]), 7)
                  << padded(fixed(r.network_utilization[1]), 7) << padded(std::to_string(r.events), 11)
                  << padded(fixed(r.wall_s, 3), 8) << '\n';
    bool replicated = false;
    for (const auto& s : report.summaries)
        replicated = replicated || s.replications > 1;
    if (!replicated)
        return;
    std::cout << "\nmean and 95 % confidence interval over replications\n";
    for (const auto& s : report.summaries)
        std::cout << padded(s.scenario, 14) << padded(sim::toString(s.policy), 12)
                  << padded(std::to_string(s.devices), 8) << "  success " << fixed(100 * s.success_rate.mean)
                  << "% +/- " << fixed(100 * s.success_rate.ci95) << "   mean delay "
                  << fixed(s.delay_mean_ms.mean) << " +/- " << fixed(s.delay_mean_ms.ci95) << " ms  ("
                  << s.replications << " runs)\n";
}

} // namespace

int runSimulate(const CommandLine& cl) {
    sim::SimulationRequest request;
    if (int status = parseRequest(cl, request); status != kDone)
        return status;
    int status = kDone;
    auto project = loadForCommand(cl.positional[0], status);
    if (!project)
        return status;
    const bool progress = isatty(STDERR_FILENO) != 0;
    int lastPercent = -1;
    model::RunControl control(
        [&](double f) {
            const int percent = static_cast<int>(f * 100);
            if (!progress || percent == lastPercent)
                return;
            lastPercent = percent;
            std::cerr << "\rsimulating... " << percent << "%" << std::flush;
        },
        nullptr);
    if (!applyMemoryBudget(cl, control))
        return kUsage;
    std::string error;
    const auto report = sim::simulate(*project, model::TypeLibrary::builtin(), request, control, error);
    if (progress && lastPercent >= 0)
        std::cerr << "\r                    \r" << std::flush;
    if (!report) {
        std::cerr << cl.positional[0] << ": error: " << error << '\n';
        if (cl.has("--json")) {
            model::JsonWriter w;
            w.beginObject().field("error", error).endObject();
            std::cout << w.str() << '\n';
        }
        return kInvalid;
    }
    if (auto dir = cl.value("--out"))
        if (int s = writeSeries(*report, *dir); s != kDone)
            return s;
    if (cl.has("--json"))
        std::cout << sim::simulationJson(*report) << '\n';
    else
        printTable(project->name, *report);
    return kDone;
}

} // namespace iiot::cli
