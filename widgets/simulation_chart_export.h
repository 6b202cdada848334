// Export of a chart to PNG or PDF (by the file name's suffix) and the context menu that offers it.
#pragma once

#include <QString>

class QCustomPlot;

namespace iiot::ui {

// Chart size in a file when the plot has not been laid out on screen (headless, hidden tab).
constexpr int kChartFileWidth = 900;
constexpr int kChartFileHeight = 540;

// Writes the plot as .png or .pdf; false with `error` set otherwise. A plot that was never shown
// is written at kChartFileWidth x kChartFileHeight, else at its size on screen.
bool exportChart(QCustomPlot* plot, const QString& path, QString* error = nullptr);

// "Export as PNG…" and "Export as PDF…" in the plot's context menu (file dialog for the path).
void addChartExportMenu(QCustomPlot* plot);

} // namespace iiot::ui
