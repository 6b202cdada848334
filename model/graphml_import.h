// GraphML import: the workbench's own export (graphml_export.h) and Internet Topology Zoo style
// files. Topology Zoo attributes map as Latitude/Longitude -> position (equirectangular, north up),
// label -> name, LinkSpeedRaw (bit/s) or LinkSpeed x LinkSpeedUnits -> bandwidth; every other node
// attribute is kept in the element's properties, every other edge attribute in the link's. Nodes without
// coordinates get a layered layout (breadth-first rows from the best-connected node).
#pragma once

#include "diagnostic.h"
#include "project.h"
#include "type_library.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace iiot::model {

// Which kind an imported node gets when the file does not name a kind of the type library: the
// node attribute `attribute` is looked up in `values`; no match gives `defaultKind`.
struct KindMapping {
    std::string attribute = "type";
    std::map<std::string, std::string> values;
    std::string defaultKind = "router";
};

// Reads a kind mapping file: YAML `{attribute: type, default: router, values: {Hub: switch}}`
// (every key optional). Errors (unknown keys or kinds, bad YAML) come back as diagnostics.
std::optional<KindMapping> readKindMapping(const std::string& text, const std::string& fileName,
                                           const TypeLibrary& types, Diagnostics& diagnostics);

struct GraphmlImport {
    std::optional<Project> project; // empty when an error prevented the import
    Diagnostics diagnostics;        // errors and warnings with line and column
    bool ok() const { return project.has_value() && !hasErrors(diagnostics); }
};

// The project is not validated here beyond what the import itself needs (callers run
// validateProject); media are chosen so that both endpoints' interfaces carry them.
GraphmlImport importGraphml(std::string_view text, const std::string& fileName, const TypeLibrary& types,
                            const KindMapping& mapping = {});

} // namespace iiot::model
