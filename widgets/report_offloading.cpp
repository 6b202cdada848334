// The Offloading results chapter (MODELS.md section 5): per stored run its parameters and seed,
// the delay, reliability and satisfaction figures, the modes chosen, and every task's decision.
#include "report_chapters.h"
#include "report_format.h"
#include "report_results.h"

#include "engine_comparison_charts.h"

#include <QJsonArray>

namespace iiot::ui {

ReportChapter offloadingChapter(const model::Project& project) {
    ReportChapter chapter;
    const std::vector<ReportRun> runs = reportRuns(project, QStringLiteral("offload"));
    if (runs.empty())
        return chapter;
    chapter.paragraph(
        QStringLiteral("Computing-mode selection (local, edge or cloud) for the devices' tasks: %1 stored "
                       "run(s).")
            .arg(runs.size()));
    addComparisonFigure(chapter, runs, plotOffloadingComparison, QStringLiteral("offloading"));
    using S = ReportMetric::Style;
    for (const ReportRun& run : runs) {
        addRunHeader(chapter, run);
        if (!run.error.isEmpty())
            continue;
        const QJsonObject& j = run.json;
        ReportTable summary =
            metricTable(j, {{"total_delay_ms", QStringLiteral("total delay (ms)"), S::Number, 3},
                            {"average_delay_ms", QStringLiteral("average delay (ms)"), S::Number, 3},
                            {"reliability", QStringLiteral("reliability"), S::Percent},
                            {"satisfaction", QStringLiteral("satisfaction (0\u20131)"), S::Number, 3},
                            {"converged", QStringLiteral("converged"), S::Text},
                            {"sweeps", QStringLiteral("sweeps")},
                            {"error", QStringLiteral("error"), S::Text}});
        const QJsonObject modes = j.value(QLatin1String("modes")).toObject();
        for (auto it = modes.begin(); it != modes.end(); ++it)
            summary.rows.append(
                {QStringLiteral("tasks computed %1").arg(it.key()), reportJsonText(it.value())});
        chapter.table(std::move(summary), QStringLiteral("Table: summary of run %1").arg(run.stored->id));

        ReportTable tasks{{QStringLiteral("Element"), QStringLiteral("Application"), QStringLiteral("Mode"),
                           QStringLiteral("Host"), QStringLiteral("Delay (ms)"),
                           QStringLiteral("Deadline (ms)"), QStringLiteral("Met")},
                          {},
                          {4, 5}};
        for (const QJsonValue& v : j.value(QLatin1String("tasks")).toArray()) {
            const QJsonObject t = v.toObject();
            tasks.rows.append({t.value(QLatin1String("element")).toString(),
                               t.value(QLatin1String("application")).toString(),
                               t.value(QLatin1String("mode")).toString(),
                               t.value(QLatin1String("host")).toString(),
                               reportJsonText(t.value(QLatin1String("delay_ms")), 3),
                               reportJsonText(t.value(QLatin1String("max_latency_ms")), 3),
                               reportJsonText(t.value(QLatin1String("met")))});
        }
        if (!tasks.rows.isEmpty())
            chapter.table(std::move(tasks), QStringLiteral("Table: tasks of run %1").arg(run.stored->id));
    }
    return chapter;
}

} // namespace iiot::ui
