// JSON of the whole project for other tools: the same field names and nesting as the project
// YAML (FORMAT.md section 1), plus `results[]` with the stored results of a project file (kind,
// method, created, parameters and the result document itself, embedded as JSON).
#pragma once

#include "project.h"

#include <string>

namespace iiot::model {

std::string writeProjectJson(const Project& project);

} // namespace iiot::model
