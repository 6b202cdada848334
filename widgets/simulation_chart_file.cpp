#include "simulation_chart_file.h"

#include "simulation_chart_export.h"
#include "simulation_charts.h"
#include "simulation_document.h"

#include "model/project_io.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <qcustomplot.h>

namespace iiot::ui {

namespace {

bool readDocument(const QString& input, QJsonObject& document, QString& error) {
    QByteArray text;
    const QString suffix = QFileInfo(input).suffix().toLower();
    if (suffix == QLatin1String("json")) {
        QFile file(input);
        if (!file.open(QIODevice::ReadOnly)) {
            error = QObject::tr("%1: cannot read: %2").arg(input, file.errorString());
            return false;
        }
        text = file.readAll();
    } else {
        const auto loaded = model::loadProject(input.toStdString());
        if (!loaded.project) {
            error = QObject::tr("%1: the project could not be loaded").arg(input);
            return false;
        }
        const auto& results = loaded.project->results;
        for (auto it = results.rbegin(); it != results.rend() && text.isEmpty(); ++it)
            if (it->kind == "simulate")
                text = QByteArray::fromStdString(it->json);
        if (text.isEmpty()) {
            error = QObject::tr("%1: no stored simulation run").arg(input);
            return false;
        }
    }
    QJsonParseError parse{};
    const QJsonDocument json = QJsonDocument::fromJson(text, &parse);
    if (!json.isObject()) {
        error = QObject::tr("%1: not a simulation document (offset %2: %3)")
                    .arg(input)
                    .arg(parse.offset)
                    .arg(parse.errorString());
        return false;
    }
    document = json.object();
    if (runsOf(document).isEmpty()) {
        error = QObject::tr("%1: the document has no runs").arg(input);
        return false;
    }
    return true;
}

} // namespace

QStringList simulationChartKinds() {
    return {QStringLiteral("success-rate"),    QStringLiteral("cpu"),       QStringLiteral("network"),
            QStringLiteral("delay-histogram"), QStringLiteral("delay-cdf"), QStringLiteral("failures")};
}

bool writeSimulationChart(const QString& kind, const QString& input, const QString& output, int run,
                          QString& error) {
    if (!simulationChartKinds().contains(kind)) {
        error = QObject::tr("unknown chart '%1' (%2)")
                    .arg(kind, simulationChartKinds().join(QStringLiteral(", ")));
        return false;
    }
    QJsonObject document;
    if (!readDocument(input, document, error))
        return false;
    const QJsonArray runs = runsOf(document);
    const int index = run < 0 ? static_cast<int>(runs.size()) - 1 : run;
    if (index >= runs.size()) {
        error =
            QObject::tr("%1: there is no run %2 (the document has %3)").arg(input).arg(run).arg(runs.size());
        return false;
    }
    const QJsonObject chosen = runs.at(index).toObject();
    const bool timeChart = kind == QLatin1String("cpu") || kind == QLatin1String("network");
    const bool delayChart = kind.startsWith(QLatin1String("delay-"));
    if ((timeChart && !chosen.contains(QLatin1String("series"))) ||
        (delayChart && !chosen.contains(QLatin1String("delay_histogram")))) {
        error = QObject::tr("%1: the document has no %2 (runs stored by the workbench have them)")
                    .arg(input, timeChart ? QObject::tr("time series") : QObject::tr("delay distribution"));
        return false;
    }
    QCustomPlot plot;
    if (kind == QLatin1String("success-rate"))
        plotSuccessRate(&plot, document);
    else if (kind == QLatin1String("cpu"))
        plotCpuUtilisation(&plot, chosen);
    else if (kind == QLatin1String("network"))
        plotNetworkUtilisation(&plot, chosen);
    else if (kind == QLatin1String("delay-histogram"))
        plotDelayHistogram(&plot, chosen);
    else if (kind == QLatin1String("delay-cdf"))
        plotDelayCdf(&plot, chosen);
    else
        plotFailureReasons(&plot, chosen);
    return exportChart(&plot, output, &error);
}

} // namespace iiot::ui
