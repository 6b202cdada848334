// The colour of the n-th service of a slicing result: the same on the canvas, in the legend and
// in the panel's table. Ten well-separated hues first (none of them a medium's colour family
// at full saturation), then hues spread by the golden angle for larger results.
#pragma once

#include <QColor>

namespace iiot::ui {

QColor sliceServiceColour(int index);

} // namespace iiot::ui
