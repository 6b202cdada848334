// Renames a zone or changes its type (its id stays: elements refer to it).
#pragma once

#include "command_base.h"

namespace iiot::ui {

class ChangeZoneCommand : public DocumentCommand {
public:
    // `after` names the zone to change by its id.
    ChangeZoneCommand(Document* document, model::Zone after, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    model::Zone before_, after_;
};

} // namespace iiot::ui
