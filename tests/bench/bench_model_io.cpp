// Times project I/O on a generated 10,000-element factory against the 300 ms target: YAML write,
// YAML load + validate, .iiotw save and open. Best of 5 runs after a warm-up; exits 1 on a miss.
#include "bench/bench_timing.h"
#include "model/capability_catalogue.h"
#include "model/factory_generator.h"
#include "model/project_io.h"
#include "model/type_library.h"
#include "model/yaml_reader.h"
#include "model/yaml_writer.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <limits>
#include <stdexcept>
#include <string>
#include <system_error>
#include <vector>

using iiot::bench::bestOf;
using namespace iiot::model;

namespace {

constexpr double kTargetMs = 300;

void expectLoaded(const LoadResult& r, const Project& original, const char* what) {
    if (!r.ok() || r.project->elements.size() != original.elements.size() ||
        r.project->links.size() != original.links.size()) {
        std::string message = std::string(what) + " did not give back the project";
        if (!r.diagnostics.empty())
            message += ": " + r.diagnostics.front().format();
        throw std::runtime_error(message);
    }
}

// Removes the temporary project file (and any SQLite side files) however the run ends.
struct TempFile {
    std::filesystem::path path;
    ~TempFile() {
        std::error_code ignored;
        for (const char* suffix : {"", "-journal", "-wal", "-shm"})
            std::filesystem::remove(path.string() + suffix, ignored);
    }
};

} // namespace

int main() {
    const Project project = generateFactory({10000, 1});
    const TypeLibrary& types = TypeLibrary::builtin();
    const CapabilityCatalogue& catalogue = CapabilityCatalogue::builtin();
    std::printf("factory: %zu elements, %zu links\n\n", project.elements.size(), project.links.size());

    const std::string yaml = writeProjectYaml(project);
    const TempFile file{std::filesystem::temp_directory_path() /
                        ("iiot-bench-" + std::to_string(::getpid()) + ".iiotw")};

    struct Row {
        const char* name;
        std::function<void()> operation;
    };
    const std::vector<Row> rows = {
        {"YAML write",
         [&] {
             if (writeProjectYaml(project).size() != yaml.size())
                 throw std::runtime_error("YAML write is not stable");
         }},
        {"YAML load + validate",
         [&] { expectLoaded(readProjectYaml(yaml, "bench.yaml", types, catalogue), project, "YAML load"); }},
        {".iiotw save",
         [&] {
             if (const std::string error = saveProject(project, file.path.string()); !error.empty())
                 throw std::runtime_error(".iiotw save: " + error);
         }},
        {".iiotw open", [&] { expectLoaded(loadProject(file.path.string()), project, ".iiotw open"); }},
    };

    std::printf("%-22s %10s %10s %7s  %s\n", "operation", "time ms", "target ms", "ratio", "result");
    bool allPass = true;
    for (const Row& row : rows) {
        try {
            const double ms = bestOf(row.operation);
            const bool pass = ms <= kTargetMs;
            allPass = allPass && pass;
            std::printf("%-22s %10.1f %10.0f %7.2f  %s\n", row.name, ms, kTargetMs, ms / kTargetMs,
                        pass ? "PASS" : "FAIL");
        } catch (const std::exception& e) {
            allPass = false;
            std::printf("%-22s %10s %10.0f %7s  FAIL (%s)\n", row.name, "-", kTargetMs, "-", e.what());
        }
    }
    std::printf("\nYAML size: %.1f MB\n", double(yaml.size()) / 1e6);
    return allPass ? 0 : 1;
}
