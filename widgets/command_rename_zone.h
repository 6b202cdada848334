// Gives a zone a new id; the elements in it follow (their `zone` field is the only reference to a
// zone). The renamed zone keeps its place in the project's list, so undo writes the file as before.
#pragma once

#include "command_base.h"

#include <string>
#include <vector>

namespace iiot::ui {

class RenameZoneCommand : public DocumentCommand {
public:
    RenameZoneCommand(Document* document, const std::string& from, const std::string& to,
                      QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    // The zone named `from` becomes `to` at the same index, then its members follow.
    void rename(const std::string& from, const std::string& to);

    std::string from_, to_;
    std::vector<std::string> members_;
};

} // namespace iiot::ui
