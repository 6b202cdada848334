// The open project: owns the model, where it came from, the problems found when loading it,
// and the undo stack through which every edit will go (DESIGN.md section 2). Views read the model
// from here and listen for change notifications; they never own or write it.
#pragma once

#include "model/diagnostic.h"
#include "model/project.h"
#include "model/type_library.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

namespace iiot::ui {

class Document : public QObject {
    Q_OBJECT

public:
    static constexpr int kUndoLimit = 500;

    explicit Document(QObject* parent = nullptr);

    // Reads a .yaml or .iiotw file. Always replaces the current project (with an empty one when the
    // file could not be read) so that its problems can be shown; returns true when there were no errors.
    bool load(const QString& path);
    // Adopts a project built in memory (tests, imports, a new project).
    void reset(model::Project project, const QString& path = {}, model::Diagnostics diagnostics = {});

    const model::Project& project() const { return project_; }
    // False when loading failed so badly that there is no project to show.
    bool hasProject() const { return hasProject_; }
    const QString& filePath() const { return filePath_; }
    const model::Diagnostics& diagnostics() const { return diagnostics_; }
    const model::TypeLibrary& types() const;
    // The project's name, else the file's name, else "Untitled".
    QString displayName() const;

    QUndoStack* undoStack() { return &undoStack_; }
    // The undo stack's clean index is the one dirty flag.
    bool isModified() const { return !undoStack_.isClean(); }

signals:
    // The whole project was replaced: views rebuild from scratch.
    void projectReset();

private:
    model::Project project_;
    bool hasProject_ = false;
    QString filePath_;
    model::Diagnostics diagnostics_;
    QUndoStack undoStack_;
};

} // namespace iiot::ui
