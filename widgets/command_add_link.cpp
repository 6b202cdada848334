#include "command_add_link.h"

namespace iiot::ui {

AddLinkCommand::AddLinkCommand(Document* document, model::Link link, QUndoCommand* parent)
    : DocumentCommand(document, parent) {
    if (!link.id)
        link.id = document->freshLinkId();
    link_ = {document->project().links.size(), std::move(link)};
    setText(QObject::tr("Link %1 to %2")
                .arg(QString::fromStdString(link_.link.from), QString::fromStdString(link_.link.to)));
}

void AddLinkCommand::redo() {
    document()->insertLinks(key(), {link_});
}

void AddLinkCommand::undo() {
    document()->takeLinks(key(), {linkId()});
}

} // namespace iiot::ui
