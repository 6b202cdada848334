// Reads project YAML (FORMAT.md sections 1, 2 and 6) into a Project and validates it.
#pragma once

#include "project_io.h"

#include <cstddef>
#include <string>

namespace iiot::model {

inline constexpr std::size_t kMaxYamlBytes = 64u * 1024u * 1024u;
inline constexpr int kMaxYamlDepth = 64;

// Parses and validates text; fileName is only used in messages.
LoadResult readProjectYaml(const std::string& text, const std::string& fileName, const TypeLibrary& types,
                           const CapabilityCatalogue& catalogue);
// Reads the file (refusing files over kMaxYamlBytes before parsing) and parses it.
LoadResult readProjectYamlFile(const std::string& path, const TypeLibrary& types,
                               const CapabilityCatalogue& catalogue);

} // namespace iiot::model
