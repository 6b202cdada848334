// What every result chapter shares: the stored results of one kind with their JSON parsed, and the
// run header that makes a run reproducible (id, method, when, every parameter and seed).
#pragma once

#include "report_model.h"

#include "model/project.h"

#include <QJsonObject>
#include <QList>

#include <vector>

class QCustomPlot;

namespace iiot::ui {

struct ReportRun {
    const model::StoredResult* stored = nullptr;
    QJsonObject json;       // the result document (the CLI's --json output)
    QJsonObject parameters; // as the run was asked for
    QString error;          // the JSON could not be read: shown instead of the tables
};

std::vector<ReportRun> reportRuns(const model::Project& project, const QString& kind);

// "Run 3: greedy, 2026-11-21T10:00:00Z", then a table of the parameters (seed included) and, when
// the JSON could not be read, a paragraph saying so.
void addRunHeader(ReportChapter& chapter, const ReportRun& run);

// Two or more readable runs (methods, seeds) charted side by side by `plot`, before the details of
// each: "Figure: <what> runs 1, 2 compared".
using ComparisonPlot = void (*)(QCustomPlot*, const QList<QJsonObject>&);
void addComparisonFigure(ReportChapter& chapter, const std::vector<ReportRun>& runs, ComparisonPlot plot,
                         const QString& what);

// A two-column table (Metric, Value) of the JSON's scalar fields named in `fields`, with labels.
struct ReportMetric {
    const char* key;
    QString label;
    enum class Style { Number, Percent, Text } style = Style::Number;
    int decimals = 2; // numbers; shares are written with one decimal
};
ReportTable metricTable(const QJsonObject& json, const std::vector<ReportMetric>& metrics);

} // namespace iiot::ui
