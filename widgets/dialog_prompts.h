// The UserPrompts the window uses: message boxes and file dialogs parented to the window.
#pragma once

#include "user_prompts.h"

#include <QPointer>
#include <QWidget>

namespace iiot::ui {

class DialogPrompts : public UserPrompts {
public:
    explicit DialogPrompts(QWidget* parent) : parent_(parent) {}

    SaveChoice askSaveChanges(const QString& documentName) override;
    QString askOpenPath(const QString& title, const QString& startDir, const QString& filter) override;
    QString askSavePath(const QString& title, const QString& suggestedPath, const QString& filter,
                        const QString& defaultSuffix) override;
    bool askReload(const QString& path, bool hasUnsavedChanges) override;
    bool askRecover(const Recovery& recovery) override;
    void showError(const QString& title, const QString& message) override;

private:
    // The dialogs must not outlive or dangle on the window they belong to.
    QPointer<QWidget> parent_;
};

} // namespace iiot::ui
