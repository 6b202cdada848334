// The `device_counts` sweep (MODELS.md section 6): the project with exactly N task-generating
// elements, made by cloning generating elements round-robin (properties and links to the same
// neighbours copied, ids `<id>#<k>`) or by removing the last ones.
#pragma once

#include "model/project.h"

#include <cstddef>
#include <string>
#include <vector>

namespace iiot::sim {

// Indices of the elements that generate tasks for at least one application, in project order.
std::vector<std::size_t> generatingElements(const model::Project& project);

// The project resized to `devices` generating elements. Applications listing generating elements
// by id also list their clones; removed elements take their links with them.
model::Project withDeviceCount(const model::Project& project, std::size_t devices);

} // namespace iiot::sim
