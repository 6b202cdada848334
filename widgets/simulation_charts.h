// The simulation charts, filled from a simulation document (simulation_document.h: the
// `simulate --json` document, with time series and delay distribution per run when the workbench
// made it). Free functions on any QCustomPlot so the result view, the scenario dialog and printed
// reports draw the same charts. Each call clears the plot, sets title, axis labels with units and
// legend, and replots; a run without the data a chart needs leaves it empty with a note.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

class QCustomPlot;

namespace iiot::ui {

// CPU utilisation per tier over time (%): graphs "local", "edge", "cloud" of one run.
void plotCpuUtilisation(QCustomPlot* plot, const QJsonObject& run);

// LAN and WAN utilisation over time (%): graphs "LAN", "WAN" of one run.
void plotNetworkUtilisation(QCustomPlot* plot, const QJsonObject& run);

// Finished tasks per delay bin of one run (bars).
void plotDelayHistogram(QCustomPlot* plot, const QJsonObject& run);

// Share of finished tasks (%) done within a delay, from the run's quantiles (one graph).
void plotDelayCdf(QCustomPlot* plot, const QJsonObject& run);

// Failed and unfinished tasks of one run per reason (bars in the order of failureReasons()).
void plotFailureReasons(QCustomPlot* plot, const QJsonObject& run);
QList<QString> failureReasons();

// One document in an overlay; the label names its graphs ("run 3: edge-cloud").
struct ChartSource {
    QString label; // empty: graphs are named by policy only
    QJsonObject document;
};

// Success rate (%) against device count, one graph per (document, scenario, policy) in order of
// first appearance, with 95 % confidence error bars where a point has more than one replication
// ([S2] Fig. 12). Uses the summaries; a document still running (no summaries) is averaged from
// its runs.
void plotSuccessRate(QCustomPlot* plot, const QList<ChartSource>& sources);
inline void plotSuccessRate(QCustomPlot* plot, const QJsonObject& document) {
    plotSuccessRate(plot, {ChartSource{{}, document}});
}

} // namespace iiot::ui
