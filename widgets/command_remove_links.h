// Removes links (by the keys of Document::linkKey); undo puts each back at its original index.
#pragma once

#include "command_base.h"

#include <vector>

namespace iiot::ui {

class RemoveLinksCommand : public DocumentCommand {
public:
    RemoveLinksCommand(Document* document, const QStringList& keys, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    QStringList keys_;
    std::vector<Document::IndexedLink> links_; // what redo() took, for undo()
};

} // namespace iiot::ui
