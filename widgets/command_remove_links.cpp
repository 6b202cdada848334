#include "command_remove_links.h"

namespace iiot::ui {

RemoveLinksCommand::RemoveLinksCommand(Document* document, const QStringList& keys, QUndoCommand* parent)
    : DocumentCommand(document, parent), keys_(keys) {
    if (keys.size() == 1)
        setText(QObject::tr("Delete link %1").arg(keys.front()));
    else
        setText(QObject::tr("Delete %1 links").arg(keys.size()));
}

void RemoveLinksCommand::redo() {
    links_ = document()->takeLinks(key(), keys_);
}

void RemoveLinksCommand::undo() {
    document()->insertLinks(key(), std::move(links_));
    links_.clear();
}

} // namespace iiot::ui
