#include "report_results.h"

#include "report_figures.h"
#include "report_format.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <qcustomplot.h>

#include <memory>

namespace iiot::ui {

namespace {

QJsonObject parseObject(const std::string& text, QString* error) {
    if (text.empty())
        return {};
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(text), &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = parse.error != QJsonParseError::NoError
                         ? QStringLiteral("%1 at offset %2").arg(parse.errorString()).arg(parse.offset)
                         : QStringLiteral("not a JSON object");
        return {};
    }
    return doc.object();
}

} // namespace

std::vector<ReportRun> reportRuns(const model::Project& project, const QString& kind) {
    std::vector<ReportRun> runs;
    for (const model::StoredResult& r : project.results) {
        if (QString::fromStdString(r.kind) != kind)
            continue;
        ReportRun run;
        run.stored = &r;
        QString error;
        run.json = parseObject(r.json, &error);
        if (!error.isEmpty())
            run.error = QStringLiteral("The stored result cannot be read: %1.").arg(error);
        run.parameters = parseObject(r.parameters, nullptr);
        runs.push_back(std::move(run));
    }
    return runs;
}

void addRunHeader(ReportChapter& chapter, const ReportRun& run) {
    const model::StoredResult& r = *run.stored;
    chapter.heading(QStringLiteral("Run %1: %2").arg(r.id).arg(QString::fromStdString(r.method)));
    ReportTable parameters{{QStringLiteral("Parameter"), QStringLiteral("Value")}, {}, {}};
    parameters.rows.append({QStringLiteral("method"), QString::fromStdString(r.method)});
    parameters.rows.append({QStringLiteral("created"), QString::fromStdString(r.created)});
    bool seed = false;
    for (auto it = run.parameters.begin(); it != run.parameters.end(); ++it) {
        if (it.key() == QLatin1String("method"))
            continue;
        seed = seed || it.key() == QLatin1String("seed");
        parameters.rows.append({it.key(), reportJsonText(it.value(), 6)});
    }
    // Engines that draw random numbers write their seed into the result as well.
    if (!seed && run.json.contains(QLatin1String("seed")))
        parameters.rows.append(
            {QStringLiteral("seed"), reportJsonText(run.json.value(QLatin1String("seed")))});
    chapter.table(std::move(parameters), QStringLiteral("Table: parameters of run %1").arg(r.id));
    if (!run.error.isEmpty())
        chapter.paragraph(run.error);
}

ReportTable metricTable(const QJsonObject& json, const std::vector<ReportMetric>& metrics) {
    ReportTable table{{QStringLiteral("Metric"), QStringLiteral("Value")}, {}, {1}};
    for (const ReportMetric& m : metrics) {
        const QJsonValue v = json.value(QLatin1String(m.key));
        if (v.isUndefined())
            continue;
        QString text;
        switch (m.style) {
        case ReportMetric::Style::Number:
            text = reportJsonText(v, m.decimals);
            break;
        case ReportMetric::Style::Percent:
            text = reportPercent(v.toDouble()); // one decimal, like every share in the report
            break;
        case ReportMetric::Style::Text:
            text = reportJsonText(v);
            break;
        }
        table.rows.append({m.label, text});
    }
    return table;
}

void addComparisonFigure(ReportChapter& chapter, const std::vector<ReportRun>& runs, ComparisonPlot plot,
                         const QString& what) {
    QList<QJsonObject> documents;
    QStringList ids;
    for (const ReportRun& run : runs)
        if (run.error.isEmpty()) {
            documents << run.json;
            ids << QString::number(run.stored->id);
        }
    if (documents.size() < 2)
        return;
    QCustomPlot chart;
    plot(&chart, documents);
    chapter.figure(std::make_shared<PlotFigure>(chart, QSize(760, 300)),
                   QStringLiteral("Figure: %1 runs %2 compared").arg(what, ids.join(QStringLiteral(", "))));
}

} // namespace iiot::ui
