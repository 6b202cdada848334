// A slicing result as the panel and the canvas overlay read it: parsed from the stored JSON
// document (FORMAT.md section 5, `iiot-cli slice --json`), so a run made now and one reopened
// from a project file are shown the same way. The chain's VNF names and the delay bound are not
// in the document; they come from the project's service of the same id when it still exists.
#pragma once

#include "model/project.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace iiot::ui {

struct SlicingServiceData {
    QString id;
    bool admitted = false;
    QStringList path;      // element ids, source to destination
    QStringList links;     // link ids of the walk, in order
    QStringList placement; // host element id per chain entry
    double cost = 0;
    double delayMs = 0;
    std::optional<double> lowerBound;
    std::optional<bool> optimal;
    QString reason;
};

struct SlicingResultData {
    QString method;
    QString error;
    double admittedRate = 0;
    double averageCost = 0;
    double averageDelayMs = 0;
    double cpuUtilizationVariance = 0;
    double solveMs = 0;
    QJsonObject parameters;
    std::vector<SlicingServiceData> services;

    int admittedCount() const;
};

SlicingResultData slicingResultFromJson(const QJsonObject& json);

// The VNF names of a service's chain, in order; for a service the project no longer has, "VNF 1",
// "VNF 2", ... as many as `entries`.
QStringList serviceChainNames(const model::Project& project, const QString& serviceId, qsizetype entries);
// The service's max_delay_ms, when the project has it.
std::optional<double> serviceDelayBound(const model::Project& project, const QString& serviceId);

} // namespace iiot::ui
