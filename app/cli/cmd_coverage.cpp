// iiot-cli coverage PROJECT [--json]: the design rated against the IIoT capability framework
// (MODELS.md section 2): level reached per layer, the layer x level matrix, every capability with
// its rating and evidence, the findings and the largest gaps.
#include "commands.h"

#include "model/capability_catalogue.h"
#include "model/type_library.h"
#include "solvers/coverage.h"

#include <cstdio>
#include <iostream>
#include <string>

namespace iiot::cli {

namespace {

constexpr std::size_t kTopGaps = 10;

std::string fixed(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    return buf;
}

std::string padded(const std::string& s, std::size_t width) {
    return s.size() >= width ? s + ' ' : s + std::string(width - s.size(), ' ');
}

void printLayers(const solvers::CoverageResult& r) {
    std::cout << padded("layer", 10) << padded("reached", 20) << padded("score", 7) << "target\n";
    for (const auto& l : r.layers)
        std::cout << padded(model::toString(l.layer), 10)
                  << padded(l.reached ? model::toString(*l.reached) : "none", 20) << padded(fixed(l.score), 7)
                  << model::toString(l.target) << '\n';
}

void printMatrix(const solvers::CoverageResult& r) {
    std::cout << '\n'
              << padded("matrix", 10) << padded("integration", 14) << padded("interconnection", 17)
              << "information-fusion\n";
    const std::size_t widths[] = {14, 17, 0};
    for (std::size_t row = 0; row < r.cells.size(); row += 3) {
        std::cout << padded(model::toString(r.cells[row].layer), 10);
        for (std::size_t k = 0; k < 3 && row + k < r.cells.size(); ++k) {
            const auto& cell = r.cells[row + k];
            const std::string s = cell.score ? fixed(*cell.score) : "n/a";
            std::cout << (widths[k] ? padded(s, widths[k]) : s);
        }
        std::cout << '\n';
    }
}

void printCapabilities(const solvers::CoverageResult& r) {
    std::cout << "\ncapabilities (rating, evidence elements)\n";
    for (const auto& cell : r.cells)
        for (const auto& c : cell.capabilities) {
            std::cout << "  " << padded(c.id, 32) << padded(fixed(c.rating), 6)
                      << padded(std::to_string(c.evidence.size()), 6);
            if (!c.note.empty())
                std::cout << c.note;
            std::cout << '\n';
        }
}

void printFindings(const solvers::CoverageResult& r) {
    std::cout << "\nfindings (" << r.findings.size() << ")\n";
    for (const auto& f : r.findings)
        std::cout << "  " << padded(model::toString(f.severity), 8) << padded(f.code, 18) << f.message
                  << '\n';
}

void printGaps(const solvers::CoverageResult& r) {
    std::cout << "\ngaps (" << r.gaps.size() << (r.gaps.size() > kTopGaps ? ", top 10" : "")
              << "; priority = weight x (1 - rating))\n";
    for (std::size_t k = 0; k < r.gaps.size() && k < kTopGaps; ++k)
        std::cout << "  " << padded(r.gaps[k].capability, 32) << padded(fixed(r.gaps[k].rating), 6)
                  << fixed(r.gaps[k].priority) << '\n';
}

} // namespace

int runCoverage(const CommandLine& cl) {
    int status = kDone;
    auto project = loadForCommand(cl.positional[0], status);
    if (!project)
        return status;
    const auto result = solvers::evaluateCoverage(*project, model::TypeLibrary::builtin(),
                                                  model::CapabilityCatalogue::builtin());
    if (cl.has("--json")) {
        std::cout << solvers::coverageJson(result) << '\n';
        return kDone;
    }
    std::cout << project->name << ": capability-framework coverage\n\n";
    printLayers(result);
    printMatrix(result);
    printCapabilities(result);
    printFindings(result);
    printGaps(result);
    return kDone;
}

} // namespace iiot::cli
