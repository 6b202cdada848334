#include "command_rename_element.h"

namespace iiot::ui {

RenameElementCommand::RenameElementCommand(Document* document, std::string from, std::string to,
                                           QUndoCommand* parent)
    : DocumentCommand(document, parent), from_(std::move(from)), to_(std::move(to)) {
    setText(QObject::tr("Rename %1 to %2").arg(QString::fromStdString(from_), QString::fromStdString(to_)));
}

void RenameElementCommand::redo() {
    document()->renameElement(key(), from_, to_);
}

void RenameElementCommand::undo() {
    document()->renameElement(key(), to_, from_);
}

} // namespace iiot::ui
