// Shared by the tests/widgets/test_file_*.cpp suites: a scripted UserPrompts that answers from
// queues and records every question, a small edit command, and the isolation every file test
// needs (test-mode standard paths, empty settings, no recovery files).
#pragma once

#include "model/project.h"
#include "widgets/autosave.h"
#include "widgets/document.h"
#include "widgets/user_prompts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QList>
#include <QSettings>
#include <QStandardPaths>
#include <QStringList>
#include <QUndoCommand>

#include <string>
#include <utility>

namespace iiot::test {

class ScriptedPrompts : public ui::UserPrompts {
public:
    // Answers, consumed front first. A question with no answer left is recorded in `unexpected`
    // and answered with the safe choice (Cancel, no path, no).
    QList<SaveChoice> saveChoices;
    QStringList openPaths;
    QStringList savePaths;
    QList<bool> reloadAnswers;
    QList<bool> recoverAnswers;

    // What was asked.
    int saveChangesAsked = 0;
    QStringList savePathTitles;
    QList<bool> reloadAskedWithUnsavedChanges;
    QList<Recovery> recoveriesOffered;
    QStringList errors;
    QStringList unexpected;

    SaveChoice askSaveChanges(const QString& name) override {
        ++saveChangesAsked;
        if (saveChoices.isEmpty()) {
            unexpected << QStringLiteral("askSaveChanges(%1)").arg(name);
            return SaveChoice::Cancel;
        }
        return saveChoices.takeFirst();
    }
    QString askOpenPath(const QString& title, const QString&, const QString&) override {
        if (openPaths.isEmpty()) {
            unexpected << QStringLiteral("askOpenPath(%1)").arg(title);
            return {};
        }
        return openPaths.takeFirst();
    }
    QString askSavePath(const QString& title, const QString&, const QString&, const QString&) override {
        savePathTitles << title;
        if (savePaths.isEmpty()) {
            unexpected << QStringLiteral("askSavePath(%1)").arg(title);
            return {};
        }
        return savePaths.takeFirst();
    }
    bool askReload(const QString& path, bool hasUnsavedChanges) override {
        reloadAskedWithUnsavedChanges << hasUnsavedChanges;
        if (reloadAnswers.isEmpty()) {
            unexpected << QStringLiteral("askReload(%1)").arg(path);
            return false;
        }
        return reloadAnswers.takeFirst();
    }
    bool askRecover(const Recovery& recovery) override {
        recoveriesOffered << recovery;
        if (recoverAnswers.isEmpty()) {
            unexpected << QStringLiteral("askRecover(%1)").arg(recovery.originalPath);
            return false;
        }
        return recoverAnswers.takeFirst();
    }
    void showError(const QString& title, const QString& message) override {
        errors << title + QStringLiteral(": ") + message;
    }
};

// Renames the project: the smallest edit that changes what is saved. The Document's edit API
// covers elements and links only, so this reaches the model directly; the Document object is not
// const, so writing through the const_cast is well defined.
class RenameProject : public QUndoCommand {
public:
    RenameProject(ui::Document* document, std::string name)
        : QUndoCommand(QStringLiteral("Rename project")), document_(document), name_(std::move(name)) {}
    void redo() override { swap(); }
    void undo() override { swap(); }

private:
    void swap() { std::swap(const_cast<model::Project&>(document_->project()).name, name_); }

    ui::Document* document_;
    std::string name_;
};

inline void rename(ui::Document& document, const std::string& name) {
    document.undoStack()->push(new RenameProject(&document, name));
}

// Settings and recovery files go to the test locations (~/.qttest), named after the test
// executable and the process, so the suites see neither the user's files nor each other's, even
// when several builds of the same suite run at once.
inline void isolateFileTests() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("iiot-workbench-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("%1-%2")
                                             .arg(QCoreApplication::applicationName())
                                             .arg(QCoreApplication::applicationPid()));
}

// Leaves nothing behind in ~/.qttest.
inline void removeFileTestState() {
    const QString settings = QSettings().fileName();
    QFile::remove(settings);
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
}

inline void clearFileTestState() {
    QSettings().clear();
    QDir(ui::Autosave::recoveryDir()).removeRecursively();
}

inline QStringList recoveryFiles() {
    return QDir(ui::Autosave::recoveryDir()).entryList(QDir::Files);
}

} // namespace iiot::test
