// Every question the file commands ask the user, and every error they report, goes through this
// interface: the window plugs in dialogs (DialogPrompts), tests plug in a script, so the whole
// New/Open/Save/Close/Reload/Recover flow runs under Qt Test without a modal dialog blocking it.
#pragma once

#include <QDateTime>
#include <QString>

namespace iiot::ui {

class UserPrompts {
public:
    enum class SaveChoice { Save, Discard, Cancel };

    // What a recovery file is about, so the user can decide whether it is worth keeping.
    struct Recovery {
        QString originalPath; // empty for a project that was never saved
        QString projectName;
        QDateTime savedAt;
    };

    virtual ~UserPrompts() = default;

    // The document has unsaved changes and is about to be closed or replaced.
    virtual SaveChoice askSaveChanges(const QString& documentName) = 0;
    // A path to read, or an empty string when the user cancelled.
    virtual QString askOpenPath(const QString& title, const QString& startDir, const QString& filter) = 0;
    // A path to write, or an empty string when the user cancelled. `defaultSuffix` (without the dot)
    // is added by the dialog when the user types a bare name.
    virtual QString askSavePath(const QString& title, const QString& suggestedPath, const QString& filter,
                                const QString& defaultSuffix) = 0;
    // The open file changed on disk; true to load the new content.
    virtual bool askReload(const QString& path, bool hasUnsavedChanges) = 0;
    // A previous session ended without saving; true to load its recovered project.
    virtual bool askRecover(const Recovery& recovery) = 0;
    virtual void showError(const QString& title, const QString& message) = 0;

protected:
    UserPrompts() = default;
    UserPrompts(const UserPrompts&) = default;
    UserPrompts& operator=(const UserPrompts&) = default;
};

} // namespace iiot::ui
