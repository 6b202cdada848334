// What one live analysis of the project found: the validation diagnostics and the coverage
// evaluation of the same copy of the model, tagged with the document generation it describes.
#pragma once

#include "model/diagnostic.h"
#include "solvers/coverage.h"

#include <QtGlobal>

namespace iiot::ui {

struct AnalysisResult {
    quint64 generation = 0;        // AnalysisRunner::generation() when the copy was taken
    bool hasProject = false;       // false: nothing was analysed (no project loaded)
    model::Diagnostics validation; // validateProject on the copy, without source positions
    solvers::CoverageResult coverage;
    double elapsedMs = 0; // validation plus coverage, on the worker thread
};

} // namespace iiot::ui
