// Merge ids of the undo commands that merge (QUndoCommand::id()), in one place so that two kinds
// of command never share one and merge by accident.
#pragma once

namespace iiot::ui {

enum UndoId : int {
    NoMerge = -1, // what QUndoCommand::id() returns for commands that never merge
    MoveElementsId = 1,
};

} // namespace iiot::ui
