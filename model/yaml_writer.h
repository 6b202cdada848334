// Writes a Project as YAML: stable key order (as in FORMAT.md), flow style for short maps and lists,
// strings quoted where a YAML 1.1 reader would misread them.
#pragma once

#include "project.h"

#include <string>

namespace iiot::model {

std::string writeProjectYaml(const Project& project);

} // namespace iiot::model
