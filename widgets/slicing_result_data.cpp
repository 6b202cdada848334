#include "slicing_result_data.h"

#include <QJsonArray>

#include <algorithm>

namespace iiot::ui {

namespace {

QStringList strings(const QJsonValue& value) {
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& item : array)
        out << item.toString();
    return out;
}

const model::Service* findService(const model::Project& project, const QString& id) {
    const std::string key = id.toStdString();
    for (const model::Service& service : project.services)
        if (service.id == key)
            return &service;
    return nullptr;
}

} // namespace

int SlicingResultData::admittedCount() const {
    return static_cast<int>(std::count_if(services.begin(), services.end(),
                                          [](const SlicingServiceData& s) { return s.admitted; }));
}

SlicingResultData slicingResultFromJson(const QJsonObject& json) {
    SlicingResultData data;
    data.method = json.value(QStringLiteral("method")).toString();
    data.error = json.value(QStringLiteral("error")).toString();
    data.admittedRate = json.value(QStringLiteral("admitted_rate")).toDouble();
    data.averageCost = json.value(QStringLiteral("average_cost")).toDouble();
    data.averageDelayMs = json.value(QStringLiteral("average_delay_ms")).toDouble();
    data.cpuUtilizationVariance = json.value(QStringLiteral("cpu_utilization_variance")).toDouble();
    data.solveMs = json.value(QStringLiteral("solve_ms")).toDouble();
    data.parameters = json.value(QStringLiteral("parameters")).toObject();
    const QJsonArray services = json.value(QStringLiteral("services")).toArray();
    for (const QJsonValue& value : services) {
        const QJsonObject s = value.toObject();
        SlicingServiceData service;
        service.id = s.value(QStringLiteral("id")).toString();
        service.admitted = s.value(QStringLiteral("admitted")).toBool();
        service.path = strings(s.value(QStringLiteral("path")));
        service.links = strings(s.value(QStringLiteral("links")));
        service.placement = strings(s.value(QStringLiteral("placement")));
        service.cost = s.value(QStringLiteral("cost")).toDouble();
        service.delayMs = s.value(QStringLiteral("delay_ms")).toDouble();
        if (s.contains(QStringLiteral("lower_bound")))
            service.lowerBound = s.value(QStringLiteral("lower_bound")).toDouble();
        if (s.contains(QStringLiteral("optimal")))
            service.optimal = s.value(QStringLiteral("optimal")).toBool();
        service.reason = s.value(QStringLiteral("reason")).toString();
        data.services.push_back(std::move(service));
    }
    return data;
}

QStringList serviceChainNames(const model::Project& project, const QString& serviceId, qsizetype entries) {
    QStringList names;
    const model::Service* service = findService(project, serviceId);
    if (service && service->chain && static_cast<qsizetype>(service->chain->size()) == entries) {
        for (const std::string& vnf : *service->chain)
            names << QString::fromStdString(vnf);
        return names;
    }
    for (qsizetype k = 1; k <= entries; ++k)
        names << QStringLiteral("VNF %1").arg(k);
    return names;
}

std::optional<double> serviceDelayBound(const model::Project& project, const QString& serviceId) {
    if (const model::Service* service = findService(project, serviceId))
        return service->max_delay_ms;
    return std::nullopt;
}

} // namespace iiot::ui
