// Shows elements on the canvas for a panel (a problem, a capability's evidence): selects them
// with a single selection change and scrolls the view to them, zooming out only as far as needed
// to frame them all.
#pragma once

#include <QStringList>

namespace iiot::ui {

class TopologyScene;
class TopologyView;

// Elements and links not on the canvas are skipped; returns how many items were selected.
int focusItems(TopologyScene* scene, TopologyView* view, const QStringList& elementIds,
               const QStringList& linkKeys = {});

} // namespace iiot::ui
