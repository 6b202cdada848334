// Positions for imported elements that have none. Geographic coordinates (longitude, latitude in
// degrees) are projected equirectangularly, north up, scaled so that the wider extent spans
// kGeoSpanPx pixels. Elements with neither a position nor coordinates get a layered layout below
// everything placed: per connected component, breadth-first rows from its best-connected element.
#pragma once

#include "project.h"

#include <optional>
#include <utility>
#include <vector>

namespace iiot::model {

inline constexpr double kGeoSpanPx = 1600.0;
inline constexpr double kLayoutMarginPx = 80.0;
inline constexpr double kLayoutColumnPx = 140.0;
inline constexpr double kLayoutRowPx = 120.0;

// geo[i] belongs to project.elements[i]; only elements without a position are moved.
void placeElements(Project& project, const std::vector<std::optional<std::pair<double, double>>>& geo);

} // namespace iiot::model
