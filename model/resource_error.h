// Errors in the built-in resource files (types.yaml, capabilities.yaml): a bug in the product,
// reported with the place so that whoever edits the file finds it at once.
#pragma once

#include <stdexcept>
#include <string>
#include <yaml-cpp/yaml.h>

namespace iiot::model {

[[noreturn]] inline void throwResourceError(const std::string& file, const YAML::Node& node,
                                            const std::string& what) {
    const auto m = node.Mark();
    throw std::runtime_error(file + ":" + std::to_string(m.line + 1) + ":" + std::to_string(m.column + 1) +
                             ": " + what);
}

} // namespace iiot::model
