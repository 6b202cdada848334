// The simulation result document the workbench stores and charts: the `simulate --json` document
// (sim::simulationJson, FORMAT.md section 5) with three optional fields per run that the charts
// need and the contract leaves open: `series` (the time series as columns, named like the CSV of
// `simulate --out`), `delay_histogram` and `delay_quantiles_ms` (the delay distribution).
#pragma once

#include "simulation/simulate.h"

#include <QJsonArray>
#include <QJsonObject>

#include <vector>

namespace iiot::ui {

// Bins of the stored delay histogram and points of the stored quantile curve (0 %, 1 %, ... 100 %).
constexpr int kDelayBins = 40;
constexpr int kDelayQuantiles = 101;

// One run's contract fields (as simulationJson writes them) plus series and delay distribution.
// The histogram and quantiles need the run's delays (RunConfig::keep_delays); without them
// both are left out.
QJsonObject runDocument(const sim::RunResult& run);

// The whole document: `runs` as runDocument() writes them and `summaries` as simulationJson does.
QJsonObject simulationDocument(const sim::SimulationReport& report);

// The summaries of runs given in the engine's order, grouped per (scenario, devices, policy)
// exactly as sim::simulate() groups them.
std::vector<sim::RunSummary> summariesOf(const std::vector<sim::RunResult>& runs);

// The document text as stored in a project (indented like `simulate --json`).
QByteArray documentText(const QJsonObject& document);

// The document's runs and summaries (empty arrays when missing).
QJsonArray runsOf(const QJsonObject& document);
QJsonArray summariesOf(const QJsonObject& document);

// "edge-cloud · 400 devices · seed 3".
QString runLabel(const QJsonObject& run);

} // namespace iiot::ui
