// Shared by the simulation GUI suites: the smart-factory example with its `baseline` scenario and a
// small, quick job over it, and the comparison of a workbench document with simulationJson().
#pragma once

#include "model/project_io.h"
#include "simulation/simulate.h"
#include "simulation/simulation_json.h"
#include "widgets/simulation_settings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <string>

namespace iiot::test {

inline model::Project smartFactory() {
    auto loaded = model::loadProject(std::string(IIOT_EXAMPLES_DIR) + "/smart-factory.yaml");
    return loaded.project ? *loaded.project : model::Project{};
}

// Two policies over two device counts, two replications: 8 runs of 60 simulated seconds.
inline ui::SimulationSettings quickSettings() {
    ui::SimulationSettings s;
    s.scenario = "baseline";
    s.policies = {sim::Policy::EdgeCloud, sim::Policy::CloudOnly};
    s.devices = {10, 20};
    s.duration_s = 60;
    s.seed = 7;
    s.replications = 2;
    return s;
}

// The contract part of a workbench document: what simulationJson() writes, timings left out.
inline QJsonObject contractPart(QJsonObject document) {
    QJsonArray runs;
    for (const auto& v : document.value("runs").toArray()) {
        QJsonObject run = v.toObject();
        for (const char* extra : {"series", "delay_histogram", "delay_quantiles_ms", "wall_s"})
            run.remove(QLatin1String(extra));
        runs.append(run);
    }
    document.insert("runs", runs);
    return document;
}

inline QJsonObject parsedJson(const std::string& text) {
    return QJsonDocument::fromJson(QByteArray::fromStdString(text)).object();
}

} // namespace iiot::test
