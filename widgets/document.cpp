#include "document.h"

#include "model/project_io.h"

#include <QFileInfo>

#include <exception>

namespace iiot::ui {

Document::Document(QObject* parent) : QObject(parent) {
    // Must be set while the stack is empty; Qt ignores it afterwards.
    undoStack_.setUndoLimit(kUndoLimit);
}

bool Document::load(const QString& path) {
    model::LoadResult result;
    try {
        result = model::loadProject(path.toStdString());
    } catch (const std::exception& e) {
        // The loader reports bad input as diagnostics; anything thrown is a defect, and a
        // defect must not take the window (and the user's other work) down with it.
        model::Diagnostic problem;
        problem.file = path.toStdString();
        problem.message = std::string("internal error while loading: ") + e.what();
        problem.hint = "please report this file to the developers";
        result = model::LoadResult{};
        result.diagnostics.push_back(std::move(problem));
    }
    const bool ok = result.ok();
    hasProject_ = result.project.has_value();
    project_ = hasProject_ ? std::move(*result.project) : model::Project{};
    filePath_ = path;
    diagnostics_ = std::move(result.diagnostics);
    undoStack_.clear();
    emit projectReset();
    return ok;
}

void Document::reset(model::Project project, const QString& path, model::Diagnostics diagnostics) {
    project_ = std::move(project);
    hasProject_ = true;
    filePath_ = path;
    diagnostics_ = std::move(diagnostics);
    undoStack_.clear();
    emit projectReset();
}

const model::TypeLibrary& Document::types() const {
    return model::TypeLibrary::builtin();
}

QString Document::displayName() const {
    if (hasProject_ && !project_.name.empty())
        return QString::fromStdString(project_.name);
    if (!filePath_.isEmpty())
        return QFileInfo(filePath_).fileName();
    return tr("Untitled");
}

} // namespace iiot::ui
