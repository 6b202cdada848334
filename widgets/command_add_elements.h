// Adds elements, and optionally links (among them or to existing elements), at the end of the
// project's lists: what a palette drop or a paste does. The element ids must not be in use yet
// (see Document::freshElementId); links without an id get a fresh one.
#pragma once

#include "command_base.h"

#include <vector>

namespace iiot::ui {

class AddElementsCommand : public DocumentCommand {
public:
    AddElementsCommand(Document* document, std::vector<model::Element> elements,
                       std::vector<model::Link> links = {}, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    std::vector<Document::IndexedElement> elements_;
    std::vector<Document::IndexedLink> links_;
};

} // namespace iiot::ui
