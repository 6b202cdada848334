// Removes a zone; its members stay on the canvas without a zone. Undo puts the zone back at its
// place in the project's list and gives the members back to it.
#pragma once

#include "command_base.h"

#include <optional>
#include <string>

namespace iiot::ui {

class RemoveZoneCommand : public DocumentCommand {
public:
    RemoveZoneCommand(Document* document, const std::string& id, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    std::string id_;
    std::optional<Document::IndexedZone> taken_; // what redo() took, for undo()
};

} // namespace iiot::ui
