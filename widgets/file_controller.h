// The File menu's logic over one Document: New, Open, Save, Save As, Import/Export YAML, recent
// files, the unsaved-changes question, autosave with crash recovery and reloading a file changed on
// disk. It asks and reports through UserPrompts only, so tests script every answer. The window
// wires actions to it; it never touches the window.
#pragma once

#include "model/project_io.h"
#include "user_prompts.h"

#include <QObject>
#include <QString>

#include <optional>

namespace iiot::ui {

class Autosave;
class Document;
class FileChangeWatcher;
class RecentFiles;

class FileController : public QObject {
    Q_OBJECT

public:
    // `prompts` must outlive the controller (or be replaced with setPrompts first).
    FileController(Document* document, UserPrompts* prompts, QObject* parent = nullptr);
    ~FileController() override;

    void setPrompts(UserPrompts* prompts) { prompts_ = prompts; }

    // Where Save writes; empty for a project never saved. Absolute.
    const QString& filePath() const { return path_; }
    // Unsaved changes: the undo stack is away from its clean index (DESIGN.md section 2).
    bool isDirty() const;
    // The project's name, else the file's name, else "Untitled".
    QString displayName() const;
    // "name[*] — IIoT Workbench", for QWidget::setWindowTitle with setWindowModified.
    QString windowTitle() const;

    RecentFiles* recentFiles() const { return recent_; }
    Autosave* autosave() const { return autosave_; }
    FileChangeWatcher* watcher() const { return watcher_; }

    // File menu commands; those returning bool say whether they did what was asked (false after a
    // failure, which was reported, or when the user cancelled).
    void newProject();
    bool open();
    bool openFile(const QString& path);
    // As openFile, but a file that no longer exists is taken off the recent list.
    bool openRecent(const QString& path);
    bool save();
    bool saveAs();
    bool importYaml();
    bool exportYaml();

    // Before the document is closed or replaced: asks Save / Discard / Cancel when there are unsaved
    // changes. True when it may go (saved, discarded, or nothing to save).
    bool maybeSave();
    // The window closes for good after maybeSave(): the recovery files are no longer needed.
    void closeCleanly();
    // At start: offers the projects recovered from sessions that crashed. Returns true when one
    // was loaded (as an unsaved document with its original path).
    bool offerRecovery();

signals:
    void titleChanged(const QString& title);
    void statusMessage(const QString& message);

private:
    // Reads a project, reporting a file that cannot be loaded at all under `failureTitle`.
    std::optional<model::LoadResult> read(const QString& path, const QString& failureTitle);
    bool saveTo(const QString& path);
    void projectReset();
    void fileChangedOnDisk(const QString& path);
    void fileRemovedFromDisk(const QString& path);
    // False (and says why) when the document holds no project, only the problems of a failed load.
    bool refuseWithoutProject(const QString& title);
    void markDirty();
    QString startDir() const;
    // The current file's folder and base name with another suffix, for Save As and Export.
    QString suggestedPath(const QString& suffix) const;

    Document* document_;
    UserPrompts* prompts_;
    RecentFiles* recent_;
    Autosave* autosave_;
    FileChangeWatcher* watcher_;
    QString path_;
    bool askingReload_ = false;
};

} // namespace iiot::ui
