#include "dialog_prompts.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>

namespace iiot::ui {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("iiot::ui::DialogPrompts", text);
}
} // namespace

UserPrompts::SaveChoice DialogPrompts::askSaveChanges(const QString& documentName) {
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("Do you want to save the changes to \u201c%1\u201d?").arg(documentName),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent_);
    box.setInformativeText(tr("Your changes will be lost if you don't save them."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return SaveChoice::Save;
    case QMessageBox::Discard:
        return SaveChoice::Discard;
    default:
        return SaveChoice::Cancel;
    }
}

QString DialogPrompts::askOpenPath(const QString& title, const QString& startDir, const QString& filter) {
    return QFileDialog::getOpenFileName(parent_, title, startDir, filter);
}

QString DialogPrompts::askSavePath(const QString& title, const QString& suggestedPath, const QString& filter,
                                   const QString& defaultSuffix) {
    // A dialog object rather than getSaveFileName(): only the object can add the default suffix,
    // and the overwrite question must be asked about the name that will really be written.
    QFileDialog dialog(parent_, title, suggestedPath, filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setDefaultSuffix(defaultSuffix);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().front();
}

bool DialogPrompts::askReload(const QString& path, bool hasUnsavedChanges) {
    QMessageBox box(
        QMessageBox::Question, tr("File Changed on Disk"),
        tr("\u201c%1\u201d was changed by another program. Reload it?").arg(QDir::toNativeSeparators(path)),
        QMessageBox::Yes | QMessageBox::No, parent_);
    box.setInformativeText(hasUnsavedChanges
                               ? tr("Your unsaved edits will be lost if you reload. Choose No to keep "
                                    "them; saving will then overwrite the file on disk.")
                               : tr("Choose No to keep the version shown; saving will then overwrite the "
                                    "file on disk."));
    box.setDefaultButton(hasUnsavedChanges ? QMessageBox::No : QMessageBox::Yes);
    return box.exec() == QMessageBox::Yes;
}

bool DialogPrompts::askRecover(const Recovery& recovery) {
    const QString what = recovery.originalPath.isEmpty()
                             ? tr("an unsaved project \u201c%1\u201d").arg(recovery.projectName)
                             : tr("\u201c%1\u201d").arg(QDir::toNativeSeparators(recovery.originalPath));
    QMessageBox box(QMessageBox::Question, tr("Recover Unsaved Work"),
                    tr("IIoT Workbench did not close properly. Unsaved changes to %1 were recovered "
                       "(autosaved %2).")
                        .arg(what, QLocale().toString(recovery.savedAt.toLocalTime(), QLocale::ShortFormat)),
                    QMessageBox::Yes | QMessageBox::No, parent_);
    box.setInformativeText(tr("Open the recovered project? If you choose No, the recovered changes are "
                              "deleted."));
    box.button(QMessageBox::Yes)->setText(tr("Recover"));
    box.button(QMessageBox::No)->setText(tr("Delete"));
    box.setDefaultButton(QMessageBox::Yes);
    return box.exec() == QMessageBox::Yes;
}

void DialogPrompts::showError(const QString& title, const QString& message) {
    QMessageBox::warning(parent_, title, message);
}

} // namespace iiot::ui
