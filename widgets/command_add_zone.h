// Adds a zone at the end of the project's zones and makes the given elements its members, as one
// undo step (a zone drawn around a selection).
#pragma once

#include "command_base.h"

namespace iiot::ui {

class AddZoneCommand : public DocumentCommand {
public:
    AddZoneCommand(Document* document, model::Zone zone, const QStringList& members,
                   QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Document::IndexedZone zone_;
};

} // namespace iiot::ui
