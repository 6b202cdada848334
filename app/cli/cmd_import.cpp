// iiot-cli import FILE.graphml -o PROJECT.yaml [--kind-map FILE]
// Reads a GraphML topology (the workbench's own export or an Internet Topology Zoo file), checks
// the project it gives and writes it; nothing is written when there are errors.
#include "commands.h"

#include "model/capability_catalogue.h"
#include "model/graphml_import.h"
#include "model/type_library.h"
#include "model/validation.h"

#include <fstream>
#include <iostream>
#include <sstream>

namespace iiot::cli {

namespace {

constexpr std::streamoff kMaxBytes = 64ll << 20;

// The whole file, or nothing with the reason printed.
std::optional<std::string> readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in) {
        std::cerr << "iiot-cli import: cannot read '" << path << "'\n";
        return std::nullopt;
    }
    if (in.tellg() > kMaxBytes) {
        std::cerr << "iiot-cli import: '" << path << "' is larger than 64 MiB\n";
        return std::nullopt;
    }
    in.seekg(0);
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad()) {
        std::cerr << "iiot-cli import: reading '" << path << "' failed\n";
        return std::nullopt;
    }
    return text.str();
}

} // namespace

int runImport(const CommandLine& cl) {
    const auto out = cl.value("-o") ? cl.value("-o") : cl.value("--output");
    if (!out) {
        std::cerr << "iiot-cli import: needs -o PROJECT.yaml\n";
        return kUsage;
    }
    const auto& types = model::TypeLibrary::builtin();
    model::KindMapping mapping;
    if (const auto mapPath = cl.value("--kind-map")) {
        const auto text = readFile(*mapPath);
        if (!text)
            return kFileError;
        model::Diagnostics problems;
        const auto m = model::readKindMapping(*text, *mapPath, types, problems);
        printDiagnostics(problems);
        if (!m)
            return kInvalid;
        mapping = *m;
    }
    const std::string& in = cl.positional[0];
    const auto text = readFile(in);
    if (!text)
        return kFileError;
    auto imported = model::importGraphml(*text, in, types, mapping);
    printDiagnostics(imported.diagnostics);
    if (!imported.ok()) {
        std::cerr << "iiot-cli import: nothing written: '" << in << "' has errors\n";
        return kInvalid;
    }
    const auto problems = model::validateProject(*imported.project, types,
                                                 model::CapabilityCatalogue::builtin(), nullptr, *out);
    printDiagnostics(problems);
    if (model::hasErrors(problems)) {
        std::cerr << "iiot-cli import: nothing written: the imported project is not valid\n";
        return kInvalid;
    }
    const int status = saveForCommand(*imported.project, *out);
    if (status == kDone)
        std::cout << "wrote " << *out << " (" << imported.project->elements.size() << " elements, "
                  << imported.project->links.size() << " links)\n";
    return status;
}

} // namespace iiot::cli
