// Removes elements together with every link that touches them. Undo puts elements and links back
// at their original places in the project's lists, so the saved file is the same as before.
#pragma once

#include "command_base.h"

#include <string>
#include <vector>

namespace iiot::ui {

class RemoveElementsCommand : public DocumentCommand {
public:
    RemoveElementsCommand(Document* document, const QStringList& ids, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    std::vector<std::string> ids_;
    std::vector<Document::IndexedElement> elements_; // what redo() took, for undo()
    std::vector<Document::IndexedLink> links_;
};

} // namespace iiot::ui
