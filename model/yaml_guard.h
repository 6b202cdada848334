// A first pass over YAML text that refuses what the project format never needs and what makes
// parsers blow up: anchors and aliases (cycles, exponential expansion) and nesting deeper than
// kMaxYamlDepth. Runs on yaml-cpp's event stream, so nothing is built before the refusal.
#pragma once

#include "diagnostic.h"

#include <optional>
#include <string>

namespace iiot::model {

// Returns the first problem found (with location, file unset), or nothing when the text may be
// handed to YAML::Load.
std::optional<Diagnostic> checkYamlStructure(const std::string& text, int maxDepth);

} // namespace iiot::model
