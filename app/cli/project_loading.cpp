#include "commands.h"

#include "model/project_io.h"

#include <iostream>

namespace iiot::cli {

void printDiagnostics(const model::Diagnostics& diagnostics) {
    for (const auto& d : diagnostics)
        std::cerr << d.format() << '\n';
}

std::optional<model::Project> loadForCommand(const std::string& path, int& exitCode) {
    auto result = model::loadProject(path);
    printDiagnostics(result.diagnostics);
    if (result.ok()) {
        exitCode = kDone;
        return std::move(result.project);
    }
    exitCode = result.ioError ? kFileError : kInvalid;
    return std::nullopt;
}

int saveForCommand(const model::Project& project, const std::string& path) {
    if (model::formatFromPath(path) == model::FileFormat::Unknown) {
        std::cerr << "iiot-cli: cannot write '" << path << "': use a .yaml, .yml or .iiotw file name\n";
        return kUsage;
    }
    const auto error = model::saveProject(project, path);
    if (!error.empty()) {
        std::cerr << "iiot-cli: " << error << '\n';
        return kFileError;
    }
    return kDone;
}

} // namespace iiot::cli
