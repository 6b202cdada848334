// The report as one self-contained HTML5 page: figures embedded as SVG data URIs (vector, no side
// files), tables with header rows, a print style sheet that repeats table headers on every page.
#pragma once

#include "report_model.h"

#include <QByteArray>

namespace iiot::ui {

QByteArray reportHtml(const Report& report);
// One figure as an SVG document of its natural size (points).
QByteArray reportFigureSvg(const ReportFigure& figure);

} // namespace iiot::ui
