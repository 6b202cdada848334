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

    // An element dropped into or out of a zone's container changes zone with the move, in the
    // same undo step. The last merged command's list wins (it is computed when the drag ends).
    struct ZoneChange {
        std::string id;
        std::optional<std::string> before, after;
    };
    void setZoneChanges(std::vector<ZoneChange> changes) { zoneChanges_ = std::move(changes); }
    const std::vector<ZoneChange>& zoneChanges() const { return zoneChanges_; }

private:
    void applyZones(bool after);

    std::vector<Move> moves_;
    std::vector<ZoneChange> zoneChanges_;
    int dragToken_;
};

} // namespace iiot::ui
