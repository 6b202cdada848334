// The rows of the Problems panel and the canvas markers, gathered from validation diagnostics and
// coverage findings into one shape: who found it, how bad, what, and which elements and links.
#pragma once

#include "model/diagnostic.h"
#include "solvers/coverage.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace iiot::ui {

struct AnalysisResult;
class Document;

struct Problem {
    model::Severity severity = model::Severity::Error;
    QString code;    // a coverage finding's code ("spof"), or "validation"
    QString message; // with the hint, when there is one
    QString place;   // "file.yaml:12:5" for problems found while reading a file; may be empty
    QStringList elements;
    QStringList links; // link keys (bridges)

    bool operator==(const Problem&) const = default;
};

using Problems = std::vector<Problem>;

// Validation problems first (file order), then coverage findings (engine order).
Problems collectProblems(const model::Diagnostics& diagnostics, const solvers::CoverageResult* coverage);

// What the Problems panel shows for a document. While the project is as it was loaded, the
// problems found reading the file (they carry file positions and include syntax errors); once it
// is edited, the live validation. Coverage findings come from the live analysis. `result` may be
// null (nothing analysed yet).
Problems documentProblems(Document& document, const AnalysisResult* result);

} // namespace iiot::ui
