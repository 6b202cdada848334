// Entry validation for the inspector: an edit is accepted only if the project validator (the
// same checks the YAML reader runs after parsing) finds no error in the edited project that it
// did not find before. Problems the project already had do not block unrelated edits.
#pragma once

#include "model/project.h"
#include "model/type_library.h"

#include <QString>

namespace iiot::ui {

// The first error `after` has and `before` had not, formatted for the user; empty when none.
// Errors are told apart by where they are and what they say; with `byPlaceOnly` only by where
// (for a rename, which changes the wording of every message about the element).
QString newValidationError(const model::Project& before, const model::Project& after,
                           const model::TypeLibrary& types, bool byPlaceOnly = false);

} // namespace iiot::ui
