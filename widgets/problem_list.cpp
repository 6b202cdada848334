#include "problem_list.h"

#include "analysis_result.h"
#include "document.h"

#include <QFileInfo>

namespace iiot::ui {

namespace {

QString placeOf(const model::Diagnostic& d) {
    if (d.file.empty())
        return {};
    QString where = QFileInfo(QString::fromStdString(d.file)).fileName();
    if (d.location.line > 0)
        where += QStringLiteral(":%1:%2").arg(d.location.line).arg(d.location.column);
    return where;
}

QStringList toStrings(const std::vector<std::string>& ids) {
    QStringList list;
    list.reserve(static_cast<qsizetype>(ids.size()));
    for (const std::string& id : ids)
        list.append(QString::fromStdString(id));
    return list;
}

} // namespace

Problems collectProblems(const model::Diagnostics& diagnostics, const solvers::CoverageResult* coverage) {
    Problems problems;
    problems.reserve(diagnostics.size() + (coverage ? coverage->findings.size() : 0));
    for (const model::Diagnostic& d : diagnostics) {
        Problem p;
        p.severity = d.severity;
        p.code = QStringLiteral("validation");
        p.message = QString::fromStdString(d.message);
        if (!d.hint.empty())
            p.message += QStringLiteral(" (%1)").arg(QString::fromStdString(d.hint));
        p.place = placeOf(d);
        if (!d.element.empty())
            p.elements.append(QString::fromStdString(d.element));
        problems.push_back(std::move(p));
    }
    if (coverage) {
        for (const solvers::CoverageFinding& f : coverage->findings) {
            Problem p;
            p.severity = f.severity;
            p.code = QString::fromStdString(f.code);
            p.message = QString::fromStdString(f.message);
            p.elements = toStrings(f.elements);
            p.links = toStrings(f.links);
            problems.push_back(std::move(p));
        }
    }
    return problems;
}

Problems documentProblems(Document& document, const AnalysisResult* result) {
    const bool analysed = result && result->hasProject;
    // Undoing every edit returns to the loaded state, unless the stack dropped its oldest commands.
    const QUndoStack* stack = document.undoStack();
    const bool asLoaded =
        stack->index() == 0 && (stack->undoLimit() == 0 || stack->count() < stack->undoLimit());
    const bool fileProblems = !analysed || (asLoaded && !document.diagnostics().empty());
    return collectProblems(fileProblems ? document.diagnostics() : result->validation,
                           analysed ? &result->coverage : nullptr);
}

} // namespace iiot::ui
