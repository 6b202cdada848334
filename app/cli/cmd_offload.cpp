// iiot-cli offload PROJECT [--method astp|ascm|rstp|rscm] [--seed N] [--json]: computing-mode
// selection and priority scheduling (MODELS.md section 5): each task's mode, host and delay, and
// the total and average delay, reliability and satisfaction.
#include "commands.h"

#include "model/json_writer.h"
#include "model/run_control.h"
#include "model/type_library.h"
#include "solvers/offloading.h"

#include <cmath>
#include <cstdio>
#include <iostream>
#include <string>
#include <unistd.h>

namespace iiot::cli {

namespace {

std::string fixed(double v, int decimals) {
    if (std::isinf(v))
        return "inf";
    char buf[48];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

std::string padded(const std::string& s, std::size_t width) {
    return s.size() >= width ? s + ' ' : s + std::string(width - s.size(), ' ');
}

void printTable(const model::Project& project, const solvers::OffloadResult& r) {
    std::cout << project.name << ": computing-mode selection, method " << solvers::toString(r.method)
              << ", seed " << r.seed << "\n\n";
    std::size_t we = 8, wa = 12, wh = 5;
    for (const auto& t : r.tasks) {
        we = std::max(we, t.element.size() + 1);
        wa = std::max(wa, t.application.size() + 1);
        wh = std::max(wh, t.host.size() + 1);
    }
    std::cout << padded("element", we) << padded("application", wa) << padded("mode", 6) << padded("host", wh)
              << padded("delay_ms", 12) << padded("max_ms", 10) << "met\n";
    for (const auto& t : r.tasks)
        std::cout << padded(t.element, we) << padded(t.application, wa)
                  << padded(solvers::toString(t.mode), 6) << padded(t.host, wh)
                  << padded(fixed(t.delay_ms, 3), 12) << padded(fixed(t.max_latency_ms, 3), 10)
                  << (t.met ? "yes" : "no") << '\n';
    std::cout << "\ntasks " << r.tasks.size() << ", total delay " << fixed(r.total_delay_ms, 3)
              << " ms, average delay " << fixed(r.average_delay_ms, 3) << " ms\nreliability "
              << fixed(r.reliability, 4) << ", satisfaction " << fixed(r.satisfaction, 4) << '\n';
    if (r.method == solvers::OffloadMethod::Astp || r.method == solvers::OffloadMethod::Ascm)
        std::cout << (r.converged ? "converged after " : "NOT converged after ") << r.sweeps << " sweeps\n";
}

} // namespace

int runOffload(const CommandLine& cl) {
    solvers::OffloadParameters params;
    if (auto m = cl.value("--method")) {
        const auto method = solvers::offloadMethodFromString(*m);
        if (!method) {
            std::cerr << "iiot-cli offload: unknown method '" << *m
                      << "' (available: astp, ascm, rstp, rscm)\n";
            return kUsage;
        }
        params.method = *method;
    }
    if (auto seed = cl.value("--seed")) {
        const auto s = parseIntegerOption(*seed);
        if (!s || *s < 0) {
            std::cerr << "iiot-cli offload: --seed must be a whole number >= 0\n";
            return kUsage;
        }
        params.seed = static_cast<std::uint64_t>(*s);
    }
    int status = kDone;
    auto project = loadForCommand(cl.positional[0], status);
    if (!project)
        return status;

    const bool progress = isatty(STDERR_FILENO) != 0;
    model::RunControl control(progress ? model::RunControl::ProgressFn([](double f) {
                                  std::fprintf(stderr, "\roffload: %3d%%", static_cast<int>(f * 100));
                              })
                                       : model::RunControl::ProgressFn(),
                              nullptr);
    if (!applyMemoryBudget(cl, control))
        return kUsage;
    const auto outcome = solvers::runOffloading(*project, model::TypeLibrary::builtin(), params, control);
    if (progress)
        std::fprintf(stderr, "\r              \r");
    if (!outcome.result) {
        std::cerr << cl.positional[0] << ": error: " << outcome.error << '\n';
        if (cl.has("--json")) {
            model::JsonWriter j;
            j.beginObject().field("method", solvers::toString(params.method)).field("error", outcome.error);
            std::cout << j.endObject().str() << '\n';
        }
        return kInvalid;
    }
    if (cl.has("--json"))
        std::cout << solvers::offloadJson(*outcome.result) << '\n';
    else
        printTable(*project, *outcome.result);
    return kDone;
}

} // namespace iiot::cli
