// Which zone moved elements belong to once they land. The zones' containers are taken as they
// were before the move: an element dragged clear out of its own zone's container leaves it, one
// that lands inside another zone's container joins it (the smallest, where containers overlap).
// A zone all of whose members move travels with them, and its members keep it. A zone without
// members is a target too, where its container is drawn.
#pragma once

#include "command_move_elements.h"

#include <QPointF>

#include <optional>
#include <string>
#include <vector>

namespace iiot::ui {

class Document;
class TopologyScene;

class ZoneMembership {
public:
    // `starts` are the moving elements' centres before the move, in the order of `moves`.
    static std::vector<MoveElementsCommand::ZoneChange>
    changesFor(const Document& document, const TopologyScene& scene,
               const std::vector<MoveElementsCommand::Move>& moves, const std::vector<QPointF>& starts);

    // The zone whose drawn container holds `point` (the smallest where containers overlap), for a
    // new element placed there; none outside every container.
    static std::optional<std::string> zoneAt(const Document& document, const TopologyScene& scene,
                                             QPointF point);
};

} // namespace iiot::ui
