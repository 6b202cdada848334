#include "command_move_elements.h"

#include "undo_ids.h"

#include <algorithm>

namespace iiot::ui {

MoveElementsCommand::MoveElementsCommand(Document* document, std::vector<Move> moves, int dragToken,
                                         QUndoCommand* parent)
    : DocumentCommand(document, parent), moves_(std::move(moves)), dragToken_(dragToken) {
    if (moves_.size() == 1)
        setText(QObject::tr("Move %1").arg(QString::fromStdString(moves_.front().id)));
    else
        setText(QObject::tr("Move %1 elements").arg(moves_.size()));
}

void MoveElementsCommand::redo() {
    std::vector<Document::PositionChange> changes;
    changes.reserve(moves_.size());
    for (const Move& move : moves_)
        changes.push_back({move.id, move.after});
    document()->setPositions(key(), changes);
    applyZones(true);
}

void MoveElementsCommand::undo() {
    applyZones(false);
    std::vector<Document::PositionChange> changes;
    changes.reserve(moves_.size());
    for (const Move& move : moves_)
        changes.push_back({move.id, move.before});
    document()->setPositions(key(), changes);
}

void MoveElementsCommand::applyZones(bool after) {
    if (zoneChanges_.empty())
        return;
    std::vector<model::Element> changed;
    changed.reserve(zoneChanges_.size());
    for (const ZoneChange& change : zoneChanges_) {
        if (const model::Element* element = document()->element(change.id)) {
            changed.push_back(*element);
            changed.back().zone = after ? change.after : change.before;
        }
    }
    document()->replaceElements(key(), changed);
}

int MoveElementsCommand::id() const {
    return dragToken_ != 0 ? MoveElementsId : NoMerge;
}

bool MoveElementsCommand::mergeWith(const QUndoCommand* other) {
    const auto* next = dynamic_cast<const MoveElementsCommand*>(other);
    if (!next || next->dragToken_ != dragToken_ || next->moves_.size() != moves_.size())
        return false;
    for (std::size_t i = 0; i < moves_.size(); ++i)
        if (moves_[i].id != next->moves_[i].id)
            return false;
    for (std::size_t i = 0; i < moves_.size(); ++i)
        moves_[i].after = next->moves_[i].after;
    if (!next->zoneChanges_.empty())
        zoneChanges_ = next->zoneChanges_;
    // A drag that ended where it began changed nothing: the stack drops the command. Not so when
    // an element had no position before, since it has an explicit one now.
    setObsolete(zoneChanges_.empty() && std::all_of(moves_.begin(), moves_.end(), [](const Move& m) {
                    return m.before && *m.before == m.after;
                }));
    return true;
}

} // namespace iiot::ui
