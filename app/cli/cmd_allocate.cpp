// iiot-cli allocate PROJECT [--method greedy|exact] [--time-limit S] [--json]: priority resource
// allocation (MODELS.md section 3). Exit 1 when nothing can be admitted or the solver gave no answer.
#include "commands.h"

#include "model/json_writer.h"
#include "solvers/priority_allocation.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>

#include <unistd.h>

namespace iiot::cli {

namespace {

std::string fixed(double v, int decimals = 2) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

// Amounts as written in the project: short, without trailing zeros.
std::string amount(double v) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "%.6g", v);
    return buf;
}

std::string padded(const std::string& s, std::size_t width) {
    return s.size() >= width ? s + ' ' : s + std::string(width - s.size(), ' ');
}

void printTable(const model::Project& project, const solvers::AllocationResult& r) {
    std::cout << project.name << ": priority allocation (" << r.method << ")\n\n"
              << "admitted " << r.admitted << " of " << r.admitted + r.rejected << " ("
              << fixed(100 * r.admission_rate, 1) << " %), satisfaction " << fixed(r.satisfaction, 3)
              << ", active hosts " << r.active_hosts << ", optimal " << (r.optimal ? "yes" : "no") << ", "
              << fixed(r.solve_ms, 2) << " ms\n";
    if (!r.allocations.empty()) {
        std::cout << '\n'
                  << padded("application", 28) << padded("host", 18) << padded("priority", 9)
                  << padded("satisf.", 8) << "amounts\n";
        for (const auto& a : r.allocations) {
            std::string amounts;
            for (const auto& [resource, v] : a.amounts)
                amounts += (amounts.empty() ? "" : ", ") + resource + " " + amount(v);
            std::cout << padded(a.application, 28) << padded(a.host, 18)
                      << padded(std::to_string(a.priority), 9) << padded(fixed(a.satisfaction, 3), 8)
                      << amounts << '\n';
        }
    }
    if (!r.rejections.empty()) {
        std::cout << "\nrejected (" << r.rejections.size() << ")\n";
        for (const auto& j : r.rejections)
            std::cout << "  " << padded(j.application, 28) << j.reason << '\n';
    }
    std::cout << "\nhosts (used / capacity per resource)\n";
    for (const auto& h : r.hosts) {
        std::cout << "  " << padded(h.host, 18) << padded(std::to_string(h.applications) + " apps", 9);
        bool first = true;
        for (const auto& [resource, use] : h.resources) {
            std::cout << (first ? "" : ", ") << resource << ' ' << amount(use.used) << '/'
                      << amount(use.capacity) << " (" << fixed(100 * use.utilisation, 0) << " %)";
            first = false;
        }
        std::cout << '\n';
    }
}

std::optional<double> parseSeconds(const std::string& text) {
    if (text.empty())
        return std::nullopt;
    char* end = nullptr;
    const double v = std::strtod(text.c_str(), &end);
    if (end != text.c_str() + text.size() || !std::isfinite(v) || v <= 0 || v > 1e6)
        return std::nullopt;
    return v;
}

} // namespace

int runAllocate(const CommandLine& cl) {
    solvers::AllocationOptions options;
    if (auto m = cl.value("--method")) {
        if (*m == "exact")
            options.method = solvers::AllocationMethod::Exact;
        else if (*m != "greedy") {
            std::cerr << "iiot-cli allocate: unknown method '" << *m << "' (available: greedy, exact)\n";
            return kUsage;
        }
    }
    if (auto t = cl.value("--time-limit")) {
        const auto seconds = parseSeconds(*t);
        if (!seconds) {
            std::cerr << "iiot-cli allocate: --time-limit must be a number of seconds above 0\n";
            return kUsage;
        }
        options.milp.timeLimitSeconds = *seconds;
    }
    int status = kDone;
    auto project = loadForCommand(cl.positional[0], status);
    if (!project)
        return status;

    const bool progress = isatty(STDERR_FILENO) != 0 && options.method == solvers::AllocationMethod::Exact;
    model::RunControl control(progress ? model::RunControl::ProgressFn([](double f) {
                                  std::fprintf(stderr, "\rallocate: %3d%%", static_cast<int>(f * 100));
                              })
                                       : model::RunControl::ProgressFn(),
                              nullptr);
    if (!applyMemoryBudget(cl, control))
        return kUsage;
    options.control = &control;
    const auto result = solvers::allocatePriority(*project, options);
    if (progress)
        std::fprintf(stderr, "\r               \r");

    std::string problem;
    if (!result.ok)
        problem = result.error;
    else if (result.admitted + result.rejected == 0)
        problem = "no application has demands: nothing to allocate";
    else if (result.admitted == 0)
        problem = "no application could be admitted (see the rejections)";
    if (!problem.empty())
        std::cerr << cl.positional[0] << ": error: " << problem << '\n';
    if (cl.has("--json")) {
        if (!result.ok || result.admitted + result.rejected > 0) {
            std::cout << solvers::allocationJson(result) << '\n';
        } else {
            model::JsonWriter j;
            j.beginObject().field("method", result.method).field("error", problem);
            std::cout << j.endObject().str() << '\n';
        }
    } else if (result.ok && result.admitted + result.rejected > 0) {
        printTable(*project, result);
    }
    return problem.empty() ? kDone : kInvalid;
}

} // namespace iiot::cli
