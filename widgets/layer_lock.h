// Locked layers refuse new and moved content, not only selection: an element may not be pasted,
// duplicated, dropped or edited into a locked layer (its kind's layer is locked, or its position
// lies in a locked layer's band), and a drag may not carry elements into a locked band. Each
// check returns the reason for the status bar, naming the layer, or an empty string.
#pragma once

#include "model/project.h"
#include "model/type_library.h"

#include <QPointF>
#include <QString>

#include <vector>

namespace iiot::ui {

class TopologyScene;

// The message for content refused by a locked layer: "Cannot paste: the Device layer is locked".
QString lockedLayerMessage(const QString& verb, model::ElementLayer layer);

// Why these elements cannot be placed on the canvas as they are; `verb` starts the message
// ("Cannot paste"). Elements without a position are checked by their kind only.
QString lockedPlacement(const TopologyScene& scene, const std::vector<model::Element>& elements,
                        const QString& verb);

// Why elements at `starts` cannot be shifted by `shift`: one of them would enter a locked band it
// was not in. Elements already inside a locked band may move within it (the file put them there).
QString lockedMove(const TopologyScene& scene, const std::vector<QPointF>& starts, QPointF shift);

// The same for elements each going to its own target (align, distribute); `verb` starts the message.
QString lockedMoves(const TopologyScene& scene, const std::vector<QPointF>& starts,
                    const std::vector<QPointF>& targets, const QString& verb);

} // namespace iiot::ui
