// iiot-cli export PROJECT --to tosca|graphml|json|csv|slices -o FILE [--csar] [--method M] [--seed N]
// Configurations and tables for other tools: a TOSCA service template (or CSAR archive), GraphML
// of the topology, JSON of the whole project, CSV tables of elements, links and stored results
// (results.csv, and per result result-<id>-<kind>-<list>.csv: allocations, rejections, hosts;
// services; tasks; runs, summaries), and the SDN slice configuration of a slicing run
// (docs/slices-schema.md).
#include "commands.h"

#include "model/atomic_file.h"
#include "model/graphml_export.h"
#include "model/project_json.h"
#include "model/result_tables.h"
#include "model/table_csv.h"
#include "model/tosca_export.h"
#include "model/type_library.h"
#include "solvers/slice_configuration.h"
#include "solvers/slicing.h"

#include <cstdint>
#include <filesystem>
#include <iostream>
#include <system_error>

namespace iiot::cli {

namespace {

int write(const std::string& path, const std::string& content) {
    const auto error = model::writeFileAtomically(path, content);
    if (!error.empty()) {
        std::cerr << "iiot-cli export: " << error << '\n';
        return kFileError;
    }
    std::cout << "wrote " << path << '\n';
    return kDone;
}

// CSV goes into a directory: one file per table.
int writeCsv(const model::Project& project, const std::string& dir) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec || !std::filesystem::is_directory(dir)) {
        std::cerr << "iiot-cli export: cannot create directory '" << dir << "'"
                  << (ec ? ": " + ec.message() : std::string(": a file of that name exists")) << '\n';
        return kFileError;
    }
    const auto& types = model::TypeLibrary::builtin();
    const std::filesystem::path base(dir);
    int status = write((base / "elements.csv").string(), model::elementsCsv(project, types));
    if (status == kDone)
        status = write((base / "links.csv").string(), model::linksCsv(project, types));
    if (status == kDone && !project.results.empty())
        status = write((base / "results.csv").string(), model::resultsCsv(project));
    // Each stored result's lists as tables of their own (model/result_tables.h names them).
    for (const auto& r : project.results)
        for (const auto& table : model::resultTables(r))
            if (status == kDone)
                status = write((base / table.fileName).string(), table.csv);
    return status;
}

// Runs the slicing engine (method and seed as for `iiot-cli slice`) and writes the configuration.
int writeSlices(const model::Project& project, const CommandLine& cl, const std::string& out) {
    auto method = solvers::SlicingMethod::Stnra;
    if (const auto m = cl.value("--method")) {
        const auto parsed = solvers::slicingMethodFromString(*m);
        if (!parsed) {
            std::cerr << "iiot-cli export: unknown slicing method '" << *m
                      << "' (stnra, dnso, ffpa, exact)\n";
            return kUsage;
        }
        method = *parsed;
    }
    solvers::SlicingParameters parameters;
    if (const auto seed = cl.value("--seed")) {
        const auto s = parseIntegerOption(*seed);
        if (!s || *s < 0) {
            std::cerr << "iiot-cli export: --seed must be a whole number >= 0\n";
            return kUsage;
        }
        parameters.seed = static_cast<std::uint64_t>(*s);
    }
    const auto& types = model::TypeLibrary::builtin();
    const auto result = solvers::runSlicing(project, types, method, parameters);
    if (!result.ok()) {
        std::cerr << "iiot-cli export: slicing failed: " << result.error << '\n';
        return kInvalid;
    }
    return write(out, solvers::sliceConfigurationJson(project, types, result));
}

} // namespace

int runExport(const CommandLine& cl) {
    const auto to = cl.value("--to");
    const auto out = cl.value("-o") ? cl.value("-o") : cl.value("--output");
    if (!to || !out) {
        std::cerr << "iiot-cli export: needs --to tosca|graphml|json|csv|slices and -o FILE\n";
        return kUsage;
    }
    const bool csar = cl.has("--csar");
    if (*to != "tosca" && *to != "graphml" && *to != "json" && *to != "csv" && *to != "slices") {
        std::cerr << "iiot-cli export: unknown format '" << *to << "' (tosca, graphml, json, csv, slices)\n";
        return kUsage;
    }
    if (csar && *to != "tosca") {
        std::cerr << "iiot-cli export: --csar packages a TOSCA export; use it with --to tosca\n";
        return kUsage;
    }
    if ((cl.value("--method") || cl.value("--seed")) && *to != "slices") {
        std::cerr << "iiot-cli export: --method and --seed choose the slicing run of --to slices\n";
        return kUsage;
    }
    int status = kDone;
    auto project = loadForCommand(cl.positional[0], status);
    if (!project) {
        std::cerr << "iiot-cli export: nothing written: fix the errors in '" << cl.positional[0]
                  << "' first\n";
        return status;
    }
    const auto& types = model::TypeLibrary::builtin();
    if (*to == "tosca")
        return write(*out, csar ? model::writeToscaCsar(*project, types)
                                : model::writeToscaTemplate(*project, types));
    if (*to == "graphml")
        return write(*out, model::writeGraphml(*project, types));
    if (*to == "json")
        return write(*out, model::writeProjectJson(*project));
    if (*to == "slices")
        return writeSlices(*project, cl, *out);
    return writeCsv(*project, *out);
}

} // namespace iiot::cli
