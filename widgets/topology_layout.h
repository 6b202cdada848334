// Where elements go on the canvas. Elements with a `position` stay there; the others are placed
// in their layer's band in rows, one column per zone, so each zone's container encloses a compact
// block that spans the layers it has elements in. Also sizes the bands vertically.
#pragma once

#include "model/project.h"
#include "model/type_library.h"

#include <QPointF>

#include <array>
#include <string>
#include <unordered_map>

namespace iiot::ui {

class TopologyLayout {
public:
    static constexpr qreal kCellWidth = 124;  // footprint width plus spacing
    static constexpr qreal kCellHeight = 88;  // footprint height plus spacing
    static constexpr qreal kColumnGap = 36;   // between neighbouring zone containers
    static constexpr qreal kBandPadding = 14; // between a band's edge and the containers in it
    static constexpr qreal kMinBandHeight = 120;
    // The automatic part is shaped to appear as large as possible when fitted into a window of
    // this aspect ratio (a typical canvas area).
    static constexpr qreal kTargetAspect = 1.6;

    struct Band {
        qreal top = 0, bottom = 0;
    };

    struct Result {
        std::unordered_map<std::string, QPointF> centres; // element id -> icon centre, every element
        std::array<Band, 3> bands;                        // indexed by model::ElementLayer
        const Band& band(model::ElementLayer layer) const { return bands[static_cast<std::size_t>(layer)]; }
    };

    static Result compute(const model::Project& project, const model::TypeLibrary& types);
};

} // namespace iiot::ui
