// The Slicing results chapter (MODELS.md section 4): per stored run its parameters and seed, the
// admission and cost figures, and each service's path, VNF placement, cost and delay.
#include "report_chapters.h"
#include "report_format.h"
#include "report_results.h"

#include "engine_comparison_charts.h"

#include <QJsonArray>

namespace iiot::ui {

ReportChapter slicingChapter(const model::Project& project) {
    ReportChapter chapter;
    const std::vector<ReportRun> runs = reportRuns(project, QStringLiteral("slice"));
    if (runs.empty())
        return chapter;
    chapter.paragraph(
        QStringLiteral("Network slicing of the services (path, VNF placement, bandwidth): %1 stored "
                       "run(s).")
            .arg(runs.size()));
    addComparisonFigure(chapter, runs, plotSlicingComparison, QStringLiteral("slicing"));
    using S = ReportMetric::Style;
    for (const ReportRun& run : runs) {
        addRunHeader(chapter, run);
        if (!run.error.isEmpty())
            continue;
        const QJsonObject& j = run.json;
        chapter.table(
            metricTable(
                j, {{"admitted_rate", QStringLiteral("admitted services"), S::Percent},
                    {"average_cost", QStringLiteral("average cost")},
                    {"average_delay_ms", QStringLiteral("average delay (ms)"), S::Number, 3},
                    {"cpu_utilization_variance", QStringLiteral("CPU utilisation variance"), S::Number, 4},
                    {"solve_ms", QStringLiteral("solve time (ms)"), S::Number, 3},
                    {"error", QStringLiteral("error"), S::Text}}),
            QStringLiteral("Table: summary of run %1").arg(run.stored->id));
        ReportTable services{{QStringLiteral("Service"), QStringLiteral("Admitted"), QStringLiteral("Path"),
                              QStringLiteral("VNF placement"), QStringLiteral("Cost"),
                              QStringLiteral("Delay (ms)"), QStringLiteral("Lower bound"),
                              QStringLiteral("Reason")},
                             {},
                             {4, 5, 6}};
        for (const QJsonValue& v : j.value(QLatin1String("services")).toArray()) {
            const QJsonObject s = v.toObject();
            const auto path = [&s](const char* key) {
                QStringList parts;
                for (const QJsonValue& p : s.value(QLatin1String(key)).toArray())
                    parts << p.toString();
                return parts.join(QStringLiteral(" \u2192 "));
            };
            const bool admitted = s.value(QLatin1String("admitted")).toBool();
            services.rows.append(
                {s.value(QLatin1String("id")).toString(),
                 admitted ? QStringLiteral("yes") : QStringLiteral("no"), path("path"),
                 reportJsonText(s.value(QLatin1String("placement"))),
                 admitted ? reportJsonText(s.value(QLatin1String("cost"))) : QString(),
                 admitted ? reportJsonText(s.value(QLatin1String("delay_ms")), 3) : QString(),
                 s.contains(QLatin1String("lower_bound"))
                     ? reportJsonText(s.value(QLatin1String("lower_bound")))
                     : QString(),
                 s.value(QLatin1String("reason")).toString()});
        }
        if (!services.rows.isEmpty())
            chapter.table(std::move(services),
                          QStringLiteral("Table: services of run %1").arg(run.stored->id));
    }
    return chapter;
}

} // namespace iiot::ui
