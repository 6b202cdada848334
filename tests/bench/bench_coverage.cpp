// Times evaluateCoverage on a generated 10,000-element factory against the 200 ms target (best of 5
// runs after a warm-up, like bench_model_io); exits 1 on a miss. The JSON document is timed too,
// because `iiot-cli coverage --json` pays for both.
#include "bench/bench_timing.h"
#include "model/capability_catalogue.h"
#include "model/factory_generator.h"
#include "model/type_library.h"
#include "solvers/coverage.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <limits>

using iiot::bench::bestOf;
using namespace iiot;

namespace {

constexpr double kTargetMs = 200;

} // namespace

int main() {
    const model::Project project = model::generateFactory({10000, 1});
    const auto& types = model::TypeLibrary::builtin();
    const auto& catalogue = model::CapabilityCatalogue::builtin();
    std::printf("factory: %zu elements, %zu links\n\n", project.elements.size(), project.links.size());

    solvers::CoverageResult result;
    std::size_t jsonSize = 0;
    const double evaluateMs = bestOf([&] { result = solvers::evaluateCoverage(project, types, catalogue); });
    const double jsonMs = bestOf([&] {
        result = solvers::evaluateCoverage(project, types, catalogue);
        jsonSize = solvers::coverageJson(result).size();
    });
    // A result without its twelve cells is a broken evaluation, never a pass.
    const bool sane = result.cells.size() == 12 && result.layers.size() == 4;

    std::printf("%-26s %10s %10s %7s  %s\n", "operation", "time ms", "target ms", "ratio", "result");
    bool allPass = sane;
    for (auto [name, ms] :
         {std::pair{"evaluateCoverage", evaluateMs}, std::pair{"evaluate + JSON", jsonMs}}) {
        const bool pass = sane && ms <= kTargetMs;
        allPass = allPass && pass;
        std::printf("%-26s %10.1f %10.0f %7.2f  %s\n", name, ms, kTargetMs, ms / kTargetMs,
                    pass ? "PASS" : "FAIL");
    }
    std::printf("\nfindings: %zu, gaps: %zu, JSON size: %.1f MB\n", result.findings.size(),
                result.gaps.size(), double(jsonSize) / 1e6);
    return allPass ? 0 : 1;
}
