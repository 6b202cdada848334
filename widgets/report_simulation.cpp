// The Simulation results chapter (MODELS.md section 6): per stored run its parameters, then one
// row per simulated run (policy x device count x replication, each with its seed) with success,
// delays, utilisations and energy, and the failure reasons.
#include "report_chapters.h"
#include "report_figures.h"
#include "report_format.h"
#include "report_results.h"

#include "simulation_charts.h"
#include "simulation_document.h"

#include <QJsonArray>
#include <qcustomplot.h>

namespace iiot::ui {

ReportChapter simulationChapter(const model::Project& project) {
    ReportChapter chapter;
    const std::vector<ReportRun> runs = reportRuns(project, QStringLiteral("simulate"));
    if (runs.empty())
        return chapter;
    chapter.paragraph(
        QStringLiteral("Discrete-event simulation of the scenarios: %1 stored run(s). Delays are from a "
                       "task's generation to its result's arrival, over every finished task; "
                       "utilisations are time averages.")
            .arg(runs.size()));
    for (const ReportRun& run : runs) {
        addRunHeader(chapter, run);
        if (!run.error.isEmpty())
            continue;
        const QJsonArray simulated = run.json.value(QLatin1String("runs")).toArray();
        ReportTable outcomes{{QStringLiteral("Scenario"), QStringLiteral("Policy"), QStringLiteral("Devices"),
                              QStringLiteral("Seed"), QStringLiteral("Tasks"), QStringLiteral("Success"),
                              QStringLiteral("Mean delay (ms)"), QStringLiteral("p95 delay (ms)"),
                              QStringLiteral("Energy (J)")},
                             {},
                             {2, 3, 4, 5, 6, 7, 8}};
        ReportTable utilisation{{QStringLiteral("Policy"), QStringLiteral("Devices"), QStringLiteral("Seed"),
                                 QStringLiteral("CPU local"), QStringLiteral("CPU edge"),
                                 QStringLiteral("CPU cloud"), QStringLiteral("LAN"), QStringLiteral("WAN")},
                                {},
                                {1, 2, 3, 4, 5, 6, 7}};
        ReportTable failures{{QStringLiteral("Policy"), QStringLiteral("Devices"), QStringLiteral("Seed"),
                              QStringLiteral("Latency"), QStringLiteral("No destination"),
                              QStringLiteral("Insufficient resources"), QStringLiteral("Mobility"),
                              QStringLiteral("Device dead"), QStringLiteral("Unfinished")},
                             {},
                             {1, 2, 3, 4, 5, 6, 7, 8}};
        for (const QJsonValue& v : simulated) {
            const QJsonObject r = v.toObject();
            const QString policy = r.value(QLatin1String("policy")).toString();
            const QString devices = reportJsonText(r.value(QLatin1String("devices")));
            const QString seed = reportJsonText(r.value(QLatin1String("seed")));
            const QJsonObject delay = r.value(QLatin1String("delay_ms")).toObject();
            outcomes.rows.append({r.value(QLatin1String("scenario")).toString(), policy, devices, seed,
                                  reportJsonText(r.value(QLatin1String("tasks"))),
                                  reportPercent(r.value(QLatin1String("success_rate")).toDouble()),
                                  reportJsonText(delay.value(QLatin1String("mean")), 3),
                                  reportJsonText(delay.value(QLatin1String("p95")), 3),
                                  reportJsonText(r.value(QLatin1String("energy_j")), 1)});
            const QJsonObject cpu = r.value(QLatin1String("cpu_utilization")).toObject();
            const QJsonObject net = r.value(QLatin1String("network_utilization")).toObject();
            const auto pct = [](const QJsonObject& o, const char* key) {
                return reportPercent(o.value(QLatin1String(key)).toDouble());
            };
            utilisation.rows.append({policy, devices, seed, pct(cpu, "local"), pct(cpu, "edge"),
                                     pct(cpu, "cloud"), pct(net, "lan"), pct(net, "wan")});
            const QJsonObject f = r.value(QLatin1String("failures")).toObject();
            const auto count = [&f](const char* key) { return reportJsonText(f.value(QLatin1String(key))); };
            failures.rows.append({policy, devices, seed, count("latency"), count("no_destination"),
                                  count("insufficient_resources"), count("mobility"), count("device_dead"),
                                  reportJsonText(r.value(QLatin1String("unfinished")))});
        }
        if (outcomes.rows.isEmpty()) {
            chapter.paragraph(QStringLiteral("The run holds no simulated runs."));
            continue;
        }
        const qint64 id = run.stored->id;
        const auto chart = [&chapter](void (*fill)(QCustomPlot*, const QJsonObject&), const QJsonObject& data,
                                      const QString& caption) {
            QCustomPlot plot;
            fill(&plot, data);
            chapter.figure(std::make_shared<PlotFigure>(plot, QSize(640, 340)), caption);
        };
        chart([](QCustomPlot* p, const QJsonObject& d) { plotSuccessRate(p, d); }, run.json,
              QStringLiteral("Figure: success rate against device count, run %1").arg(id));
        // The last simulated run in detail; time series only when the run kept them.
        const QJsonObject last = simulated.last().toObject();
        const QString label = runLabel(last);
        if (last.contains(QLatin1String("series"))) {
            chart(plotCpuUtilisation, last,
                  QStringLiteral("Figure: CPU utilisation per tier, %1").arg(label));
            chart(plotNetworkUtilisation, last,
                  QStringLiteral("Figure: LAN and WAN utilisation, %1").arg(label));
        }
        if (last.contains(QLatin1String("delay_quantiles_ms")))
            chart(plotDelayCdf, last, QStringLiteral("Figure: delay distribution, %1").arg(label));
        chart(plotFailureReasons, last,
              QStringLiteral("Figure: failed and unfinished tasks by reason, %1").arg(label));
        chapter.table(std::move(outcomes), QStringLiteral("Table: outcomes of run %1").arg(id));
        chapter.table(std::move(utilisation),
                      QStringLiteral("Table: time-average utilisation of run %1 (0\u2013100 %)").arg(id));
        chapter.table(std::move(failures), QStringLiteral("Table: failed tasks by reason, run %1").arg(id));
    }
    return chapter;
}

} // namespace iiot::ui
