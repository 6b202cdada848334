// Moves elements to new positions. An element that was placed by the automatic layout gets an
// explicit position; undo gives it back to the layout. Commands pushed with the same non-zero
// drag token merge, so one mouse drag is one undo step however many moves it reported.
#pragma once

#include "command_base.h"

#include <optional>
#include <string>
#include <vector>

namespace iiot::ui {

class MoveElementsCommand : public DocumentCommand {
public:
    struct Move {
        std::string id;
        std::optional<model::Position> before; // as the model had it when the move began
        model::Position after;
    };

    // `dragToken` 0: never merges. Otherwise merges with the command on top of the stack that
    // carries the same token and moves the same elements.
    MoveElementsCommand(Document* document, std::vector<Move> moves, int dragToken = 0,
                        QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

    const std::vector<Move>& moves() const { return moves_; }

private:
    std::vector<Move> moves_;
    int dragToken_;
};

} // namespace iiot::ui
