// The problem badge an element or link item carries on the canvas: how bad the worst problem is
// and the messages for the tooltip. Items only store and paint it; ProblemMarkers decides it.
#pragma once

#include <QPointF>
#include <QString>

class QPainter;

namespace iiot::ui {

struct ProblemMarker {
    enum class Level { None, Warning, Error };
    Level level = Level::None;
    QString messages; // one problem per line

    bool isNone() const { return level == Level::None; }
    bool operator==(const ProblemMarker&) const = default;
};

// A filled circle with "!" (error: red, warning: amber) of radius kBadgeRadius around `centre`.
constexpr qreal kBadgeRadius = 8;
void paintProblemBadge(QPainter* painter, QPointF centre, ProblemMarker::Level level);

// The item's own tooltip followed by the problems, when there are any.
QString toolTipWithProblems(const QString& base, const ProblemMarker& marker);

} // namespace iiot::ui
