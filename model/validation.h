// Semantic checks of a project: references, unique ids, ranges, link media against interfaces,
// capability ids. The YAML reader runs them after parsing; the editor runs them on every change.
#pragma once

#include "diagnostic.h"
#include "project.h"
#include "source_map.h"

#include <string>

namespace iiot::model {

class TypeLibrary;
class CapabilityCatalogue;

Diagnostics validateProject(const Project& project, const TypeLibrary& types,
                            const CapabilityCatalogue& catalogue, const SourceMap* sources = nullptr,
                            const std::string& fileName = {});

} // namespace iiot::model
