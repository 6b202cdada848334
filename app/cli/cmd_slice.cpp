// iiot-cli slice PROJECT [--method stnra|dnso|ffpa|exact] [--seed N] [--population P]
//     [--shelters S] [--iterations I] [--time-limit S] [--json]
// Network slicing (MODELS.md section 4): services embedded in project order; per service its walk,
// VNF placement, cost and delay, or why it was rejected.
#include "commands.h"

#include "model/run_control.h"
#include "model/type_library.h"
#include "solvers/slicing.h"

#include <cstdio>
#include <iostream>
#include <string>
#include <unistd.h>

namespace iiot::cli {

namespace {

std::string fixed(double v, int decimals = 3) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

std::string padded(const std::string& s, std::size_t width) {
    return s.size() >= width ? s + ' ' : s + std::string(width - s.size(), ' ');
}

std::string joined(const std::vector<std::string>& items, const char* separator) {
    std::string out;
    for (std::size_t k = 0; k < items.size(); ++k)
        out += (k ? separator : "") + items[k];
    return out;
}

// Reads a whole-number option within [low, high]; prints the problem and returns false otherwise.
bool integerOption(const CommandLine& cl, const char* name, long long low, long long high, long long& out) {
    const auto text = cl.value(name);
    if (!text)
        return true;
    const auto v = parseIntegerOption(*text);
    if (!v || *v < low || *v > high) {
        std::cerr << "iiot-cli slice: " << name << " must be a whole number from " << low << " to " << high
                  << '\n';
        return false;
    }
    out = *v;
    return true;
}

void printTable(const model::Project& project, const solvers::SlicingResult& r) {
    std::cout << project.name << ": network slicing, method " << solvers::toString(r.method) << "\n\n";
    std::cout << padded("service", 14) << padded("admitted", 9) << padded("cost", 10)
              << padded("delay ms", 10) << padded("bound", 10) << "placement / walk or reason\n";
    for (const auto& s : r.services) {
        std::cout << padded(s.id, 14) << padded(s.admitted ? "yes" : "no", 9);
        if (s.admitted) {
            std::cout << padded(fixed(s.cost), 10) << padded(fixed(s.delayMs, 4), 10)
                      << padded(s.lowerBound ? fixed(*s.lowerBound) : "-", 10) << '['
                      << joined(s.placement, ", ") << "] " << joined(s.path, " > ") << '\n';
        } else {
            std::cout << padded("-", 10) << padded("-", 10) << padded("-", 10) << s.reason << '\n';
        }
    }
    std::cout << "\nadmitted rate             " << fixed(r.admittedRate) << "\naverage cost              "
              << fixed(r.averageCost) << "\naverage delay ms          " << fixed(r.averageDelayMs, 4)
              << "\nCPU utilisation variance  " << fixed(r.cpuUtilizationVariance, 4)
              << "\nsolve ms                  " << fixed(r.solveMs, 1) << '\n';
}

} // namespace

int runSlice(const CommandLine& cl) {
    solvers::SlicingMethod method = solvers::SlicingMethod::Stnra;
    if (auto m = cl.value("--method")) {
        const auto parsed = solvers::slicingMethodFromString(*m);
        if (!parsed) {
            std::cerr << "iiot-cli slice: unknown method '" << *m << "' (stnra, dnso, ffpa, exact)\n";
            return kUsage;
        }
        method = *parsed;
    }
    solvers::SlicingParameters parameters;
    long long seed = static_cast<long long>(parameters.seed), population = parameters.population,
              shelters = parameters.shelters, iterations = parameters.iterations,
              timeLimit = static_cast<long long>(parameters.timeLimitSeconds);
    if (!integerOption(cl, "--seed", 0, 9'000'000'000'000'000'000LL, seed) ||
        !integerOption(cl, "--population", 2, 100'000, population) ||
        !integerOption(cl, "--shelters", 1, 100'000, shelters) ||
        !integerOption(cl, "--iterations", 0, 1'000'000, iterations) ||
        !integerOption(cl, "--time-limit", 1, 1'000'000, timeLimit))
        return kUsage;
    parameters.seed = static_cast<std::uint64_t>(seed);
    parameters.population = static_cast<int>(population);
    parameters.shelters = static_cast<int>(shelters);
    parameters.iterations = static_cast<int>(iterations);
    parameters.timeLimitSeconds = static_cast<double>(timeLimit);

    int status = kDone;
    auto project = loadForCommand(cl.positional[0], status);
    if (!project)
        return status;
    // Progress on standard error, only when it is a terminal (FORMAT.md section 5).
    const bool showProgress = isatty(STDERR_FILENO) != 0;
    model::RunControl control(
        [showProgress](double f) {
            if (showProgress)
                std::cerr << "\rslicing " << static_cast<int>(100 * f) << " %" << (f >= 1 ? "\n" : "")
                          << std::flush;
        },
        nullptr);
    if (!applyMemoryBudget(cl, control))
        return kUsage;
    const auto result =
        solvers::runSlicing(*project, model::TypeLibrary::builtin(), method, parameters, control);
    if (cl.has("--json"))
        std::cout << solvers::slicingJson(result) << '\n';
    if (!result.ok()) {
        std::cerr << cl.positional[0] << ": error: " << result.error << '\n';
        return kInvalid;
    }
    if (!cl.has("--json"))
        printTable(*project, result);
    return kDone;
}

} // namespace iiot::cli
