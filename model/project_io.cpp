#include "project_io.h"

#include "atomic_file.h"
#include "capability_catalogue.h"
#include "project_file.h"
#include "type_library.h"
#include "validation.h"
#include "yaml_reader.h"
#include "yaml_writer.h"

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace iiot::model {

namespace {
bool endsWith(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}
} // namespace

FileFormat formatFromPath(const std::string& path) {
    if (endsWith(path, ".yaml") || endsWith(path, ".yml"))
        return FileFormat::Yaml;
    if (endsWith(path, ".iiotw"))
        return FileFormat::ProjectFile;
    return FileFormat::Unknown;
}

LoadResult loadProject(const std::string& path) {
    return loadProject(path, TypeLibrary::builtin(), CapabilityCatalogue::builtin());
}

LoadResult loadProject(const std::string& path, const TypeLibrary& types,
                       const CapabilityCatalogue& catalogue) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0 || ::access(path.c_str(), R_OK) != 0 || S_ISDIR(st.st_mode)) {
        const int err = errno;
        LoadResult result;
        result.ioError = true;
        Diagnostic d;
        d.file = path;
        d.message = S_ISDIR(st.st_mode) ? "is a directory, not a project file"
                                        : std::string("cannot read the file: ") + std::strerror(err);
        result.diagnostics.push_back(std::move(d));
        return result;
    }
    switch (formatFromPath(path)) {
    case FileFormat::Yaml:
        return readProjectYamlFile(path, types, catalogue);
    case FileFormat::ProjectFile: {
        LoadResult result = openProjectFile(path);
        if (result.project) {
            auto more = validateProject(*result.project, types, catalogue, nullptr, path);
            result.diagnostics.insert(result.diagnostics.end(), more.begin(), more.end());
        }
        return result;
    }
    case FileFormat::Unknown:
        break;
    }
    LoadResult result;
    Diagnostic d;
    d.file = path;
    d.message = "unknown file type";
    d.hint = "project files end in .yaml, .yml or .iiotw";
    result.diagnostics.push_back(std::move(d));
    return result;
}

std::string saveProject(const Project& project, const std::string& path) {
    switch (formatFromPath(path)) {
    case FileFormat::Yaml:
        return writeFileAtomically(path, writeProjectYaml(project));
    case FileFormat::ProjectFile:
        return saveProjectFile(project, path);
    case FileFormat::Unknown:
        break;
    }
    return "cannot save '" + path + "': unknown file type (use .yaml, .yml or .iiotw)";
}

} // namespace iiot::model
