// How the coverage views name and colour things: layer and level names, the band a rating falls
// in, the heat colour of a score. One place, so the matrix, the radar and the lists agree.
#pragma once

#include "model/capability_catalogue.h"
#include "model/project.h"

#include <QColor>
#include <QString>

#include <optional>

namespace iiot::ui {

inline constexpr int kFrameworkLayerCount = 4; // device, network, service, trust
inline constexpr int kFrameworkLevelCount = 3; // integration, interconnection, information fusion

QString frameworkLayerName(model::FrameworkLayer layer);
QString frameworkLevelName(model::FrameworkLevel level);
// Short names for narrow places (matrix headers, radar labels): "Interconn.", "Info fusion".
QString frameworkLevelShortName(model::FrameworkLevel level);
// "reached interconnection" or "none reached".
QString reachedText(const std::optional<model::FrameworkLevel>& reached);

// The band of a rating, named after the declared levels whose values bound it (MODELS.md section 2:
// 0, 0.5, 0.8, 1.0): "none" (0), "partial" (below basic), "basic", "advanced", "full".
QString ratingBand(double rating);
// Two decimals, as the CLI's table prints them.
QString formatScore(double score);
// Red (0) through amber (0.5) to green (1): a cell at or above 0.8 reaches its level.
QColor heatColour(double score);

} // namespace iiot::ui
