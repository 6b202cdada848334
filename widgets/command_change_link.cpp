#include "command_change_link.h"

namespace iiot::ui {

ChangeLinkCommand::ChangeLinkCommand(Document* document, const QString& key, const Edit& edit,
                                     const QString& text, QUndoCommand* parent)
    : DocumentCommand(document, parent), key_(key) {
    setText(text);
    if (const model::Link* link = document->link(key)) {
        before_ = *link;
        after_ = *link;
        edit(after_);
        after_.id = before_.id;
    }
}

void ChangeLinkCommand::redo() {
    if (isNoOp()) {
        setObsolete(true); // nothing to do: the stack drops the command
        return;
    }
    document()->replaceLink(key(), key_, after_);
}

void ChangeLinkCommand::undo() {
    document()->replaceLink(key(), key_, before_);
}

} // namespace iiot::ui
