// The chart of a priority allocation's hosts: one small bar chart per resource (its unit on the
// value axis, taken from the resource's name suffix: memory_gb -> GB), a stacked bar per host with
// one segment per admitted application, and the host's capacity marked by a dashed line across
// it. Built from the result document (allocationJson / a stored result), so the panel and the PDF
// report draw the same thing.
#pragma once

#include <QJsonObject>
#include <QString>

class QCustomPlot;

namespace iiot::ui {

// Replaces everything in the plot (layout, plottables, items) and replots. Each segment is a
// QCPBars holding one data point (key: the host's index on that resource's axis) named after the
// application, with the properties "host" and "resource"; each capacity line is a QCPItemLine
// with the same two properties.
void plotHostResources(QCustomPlot* plot, const QJsonObject& allocationJson);

// "memory_gb" -> "memory (GB)", "uplink_kbps" -> "uplink (kbit/s)"; a name without a known unit
// suffix is returned as it is.
QString resourceAxisLabel(const QString& resource);

} // namespace iiot::ui
