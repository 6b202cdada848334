// Align and distribute: where the selected elements go. Pure geometry on the elements' footprints
// on the canvas; the caller pushes the moves as one MoveElementsCommand.
#pragma once

#include "command_move_elements.h"

#include <QStringList>

#include <vector>

namespace iiot::ui {

class Document;
class TopologyScene;

class Arrange {
public:
    enum class Alignment { Left, HorizontalCentre, Right, Top, VerticalCentre, Bottom };
    enum class Direction { Horizontal, Vertical };

    // Lines the elements up on the selection's leftmost left edge (rightmost right edge, topmost
    // top, ...; the centres on the middle of the selection's bounding box). Needs two elements.
    static std::vector<MoveElementsCommand::Move> align(const Document& document, const TopologyScene& scene,
                                                        const QStringList& ids, Alignment alignment);
    // Equal gaps between the centres along the direction; the two outermost elements stay. Needs
    // three elements. Only elements that actually move are listed.
    static std::vector<MoveElementsCommand::Move> distribute(const Document& document,
                                                             const TopologyScene& scene,
                                                             const QStringList& ids, Direction direction);
};

} // namespace iiot::ui
