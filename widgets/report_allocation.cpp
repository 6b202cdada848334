// The Allocation results chapter (MODELS.md section 3): per stored run its parameters, the
// admission figures, what went where, what was rejected and why, and each host's use.
#include "report_chapters.h"
#include "report_figures.h"
#include "report_format.h"
#include "report_results.h"

#include "allocation_charts.h"

#include <QJsonArray>
#include <qcustomplot.h>

namespace iiot::ui {

ReportChapter allocationChapter(const model::Project& project) {
    ReportChapter chapter;
    const std::vector<ReportRun> runs = reportRuns(project, QStringLiteral("allocate"));
    if (runs.empty())
        return chapter;
    chapter.paragraph(
        QStringLiteral("Priority resource allocation of the applications' demands to hosts: %1 stored "
                       "run(s).")
            .arg(runs.size()));
    using S = ReportMetric::Style;
    for (const ReportRun& run : runs) {
        addRunHeader(chapter, run);
        if (!run.error.isEmpty())
            continue;
        const QJsonObject& j = run.json;
        chapter.table(
            metricTable(j, {{"admitted", QStringLiteral("admitted applications")},
                            {"rejected", QStringLiteral("rejected applications")},
                            {"admission_rate", QStringLiteral("admission rate"), S::Percent},
                            {"satisfaction", QStringLiteral("mean satisfaction (0\u20131)"), S::Number, 3},
                            {"admitted_priority", QStringLiteral("admitted priority (sum)")},
                            {"weighted_satisfaction", QStringLiteral("priority-weighted satisfaction")},
                            {"active_hosts", QStringLiteral("active hosts")},
                            {"optimal", QStringLiteral("proven optimal"), S::Text},
                            {"solve_ms", QStringLiteral("solve time (ms)"), S::Number, 3},
                            {"error", QStringLiteral("error"), S::Text}}),
            QStringLiteral("Table: summary of run %1").arg(run.stored->id));

        ReportTable allocations{{QStringLiteral("Application"), QStringLiteral("Host"),
                                 QStringLiteral("Priority"), QStringLiteral("Satisfaction"),
                                 QStringLiteral("Granted amounts")},
                                {},
                                {2, 3}};
        for (const QJsonValue& v : j.value(QLatin1String("allocations")).toArray()) {
            const QJsonObject a = v.toObject();
            allocations.rows.append({a.value(QLatin1String("application")).toString(),
                                     a.value(QLatin1String("host")).toString(),
                                     reportJsonText(a.value(QLatin1String("priority"))),
                                     reportJsonText(a.value(QLatin1String("satisfaction")), 3),
                                     reportJsonText(a.value(QLatin1String("amounts")))});
        }
        if (!allocations.rows.isEmpty())
            chapter.table(std::move(allocations),
                          QStringLiteral("Table: admitted applications and their hosts"));

        ReportTable rejections{{QStringLiteral("Application"), QStringLiteral("Reason")}, {}, {}};
        for (const QJsonValue& v : j.value(QLatin1String("rejections")).toArray()) {
            const QJsonObject r = v.toObject();
            rejections.rows.append({r.value(QLatin1String("application")).toString(),
                                    r.value(QLatin1String("reason")).toString()});
        }
        if (!rejections.rows.isEmpty())
            chapter.table(std::move(rejections), QStringLiteral("Table: rejected applications"));

        ReportTable hosts{{QStringLiteral("Host"), QStringLiteral("Applications"), QStringLiteral("Resource"),
                           QStringLiteral("Used"), QStringLiteral("Capacity"), QStringLiteral("Utilisation")},
                          {},
                          {1, 3, 4, 5}};
        for (const QJsonValue& v : j.value(QLatin1String("hosts")).toArray()) {
            const QJsonObject h = v.toObject();
            const QJsonObject resources = h.value(QLatin1String("resources")).toObject();
            for (auto it = resources.begin(); it != resources.end(); ++it) {
                const QJsonObject use = it.value().toObject();
                hosts.rows.append({h.value(QLatin1String("host")).toString(),
                                   reportJsonText(h.value(QLatin1String("applications"))), it.key(),
                                   reportJsonText(use.value(QLatin1String("used"))),
                                   reportJsonText(use.value(QLatin1String("capacity"))),
                                   reportPercent(use.value(QLatin1String("utilisation")).toDouble())});
            }
        }
        if (!hosts.rows.isEmpty()) {
            QCustomPlot plot;
            plotHostResources(&plot, j);
            chapter.figure(
                std::make_shared<PlotFigure>(plot, QSize(760, 440)),
                QStringLiteral("Figure: host resources of run %1, one segment per admitted application, "
                               "capacity dashed")
                    .arg(run.stored->id));
        }
        if (!hosts.rows.isEmpty())
            chapter.table(std::move(hosts), QStringLiteral("Table: host resources used (the unit is in the "
                                                           "resource's name: _kbps, _gb, _mb, _w)"));
    }
    return chapter;
}

} // namespace iiot::ui
