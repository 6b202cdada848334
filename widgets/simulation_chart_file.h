// Writes one simulation chart to a file without a window (iiot-workbench --chart): the document
// comes from `iiot-cli simulate --json` output or from the newest simulation run stored in a
// project file. The same chart functions as the Simulation dock draw it.
#pragma once

#include <QString>
#include <QStringList>

namespace iiot::ui {

// success-rate, cpu, network, delay-histogram, delay-cdf, failures.
QStringList simulationChartKinds();

// Draws chart `kind` of the document in `input` (.json, or .iiotw/.yaml with a stored run) into
// `output` (.png or .pdf). Per-run charts show run `run` (0-based; -1: the last run). False with
// `error` set (unknown kind, unreadable input, no run, cannot write).
bool writeSimulationChart(const QString& kind, const QString& input, const QString& output, int run,
                          QString& error);

} // namespace iiot::ui
