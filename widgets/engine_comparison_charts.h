// Charts that compare the methods of one engine side by side: one small bar chart per metric,
// one bar per method (the same colour for a method in every chart), the value written above each
// bar, the metric's unit on the value axis. Built from the result documents alone (slicingJson /
// offloadJson, as stored in the project), so the comparison view and the report draw the same.
#pragma once

#include <QColor>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVector>

class QCustomPlot;

namespace iiot::ui {

struct ComparisonMetric {
    QString field;     // the result document's field
    QString title;     // the chart's caption
    QString axisLabel; // the value axis, with its unit
    double scale = 1;  // shown value = field value x scale (shares as percentages)
};

// Admitted rate (%), average cost, average delay (ms), CPU utilisation variance.
const QVector<ComparisonMetric>& slicingComparisonMetrics();
// Total delay (ms), reliability (%), satisfaction.
const QVector<ComparisonMetric>& offloadingComparisonMetrics();

// The colour of the n-th method of a comparison.
QColor comparisonMethodColour(int index);

// Replaces everything in the plot and replots. `results` are result documents in the order the
// methods are shown; one carrying "error" gets no bars. Each metric is a QCPAxisRect (in the
// order of `metrics`) holding one QCPBars per method with one data point, named after the method,
// with the property "metric" set to the field.
void plotMethodComparison(QCustomPlot* plot, const QList<QJsonObject>& results,
                          const QVector<ComparisonMetric>& metrics, const QString& title = {});
void plotSlicingComparison(QCustomPlot* plot, const QList<QJsonObject>& sliceResults);
void plotOffloadingComparison(QCustomPlot* plot, const QList<QJsonObject>& offloadResults);

} // namespace iiot::ui
