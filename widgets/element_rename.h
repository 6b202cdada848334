// Renaming an element inside a project: the element's id and every reference to it (link ends,
// applications' `generated_by.elements` and `hosts`, service ends).
#pragma once

#include "model/project.h"

#include <cstddef>
#include <string>
#include <vector>

namespace iiot::ui {

// Returns the indices of the links whose ends were renamed.
std::vector<std::size_t> renameElementIn(model::Project& project, const std::string& from,
                                         const std::string& to);

// True when some reference in the project already names `id` (links, applications, services);
// renaming an element to such an id would capture the reference, and undo could not tell it apart.
bool isReferenced(const model::Project& project, const std::string& id);

} // namespace iiot::ui
