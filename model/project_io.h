// Loading and saving projects by file extension: .yaml/.yml (interchange) or .iiotw (project file).
#pragma once

#include "diagnostic.h"
#include "project.h"
#include "source_map.h"

#include <optional>
#include <string>

namespace iiot::model {

class TypeLibrary;
class CapabilityCatalogue;

struct LoadResult {
    std::optional<Project> project; // empty when an error prevented loading
    Diagnostics diagnostics;        // errors, warnings; sorted by place
    SourceMap sources;              // YAML only
    bool ioError = false;           // the file could not be read at all (missing, permissions)
    bool ok() const { return project.has_value() && !hasErrors(diagnostics); }
};

enum class FileFormat { Yaml, ProjectFile, Unknown };
FileFormat formatFromPath(const std::string& path);

// Reads and validates. Never throws for bad input: problems come back as diagnostics.
LoadResult loadProject(const std::string& path);
LoadResult loadProject(const std::string& path, const TypeLibrary& types,
                       const CapabilityCatalogue& catalogue);

// Writes atomically (the previous file stays intact on any failure). Returns an error message, or
// an empty string on success.
std::string saveProject(const Project& project, const std::string& path);

} // namespace iiot::model
