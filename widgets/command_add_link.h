// Adds one link at the end of the project's links; a link without an id gets a fresh one. The
// checks that refuse a link (self, duplicate, no common medium) belong to the caller, which can
// tell the user why.
#pragma once

#include "command_base.h"

namespace iiot::ui {

class AddLinkCommand : public DocumentCommand {
public:
    AddLinkCommand(Document* document, model::Link link, QUndoCommand* parent = nullptr);

    // The id the link is filed under (fresh when it had none).
    QString linkId() const { return QString::fromStdString(*link_.link.id); }

    void redo() override;
    void undo() override;

private:
    Document::IndexedLink link_;
};

} // namespace iiot::ui
