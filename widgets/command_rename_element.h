// Gives one element a new id; links, applications and services that name it follow (see
// Document::renameElement). The caller checks the new id first: valid, unused and not already
// named by any reference, so that undo renames back exactly what redo renamed.
#pragma once

#include "command_base.h"

#include <string>

namespace iiot::ui {

class RenameElementCommand : public DocumentCommand {
public:
    RenameElementCommand(Document* document, std::string from, std::string to,
                         QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    std::string from_, to_;
};

} // namespace iiot::ui
