#include "simulation_charts.h"

#include "simulation_document.h"

#include <QJsonArray>
#include <qcustomplot.h>

#include <algorithm>
#include <map>
#include <memory>
#include <vector>

namespace iiot::ui {

namespace {

const QColor kColours[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28), QColor(0x2c, 0xa0, 0x2c),
                           QColor(0xff, 0x7f, 0x0e), QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
                           QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f)};
constexpr int kColourCount = sizeof kColours / sizeof kColours[0];

QColor colour(int i) {
    return kColours[i % kColourCount];
}

// Clears what an earlier call drew and puts the title above the axis rect.
void prepare(QCustomPlot* plot, const QString& title, const QString& xLabel, const QString& yLabel) {
    plot->clearPlottables();
    plot->clearItems();
    QCPLayoutGrid* layout = plot->plotLayout();
    if (auto* old = qobject_cast<QCPTextElement*>(layout->elementAt(0)); old != nullptr) {
        old->setText(title);
    } else {
        layout->insertRow(0);
        auto* text = new QCPTextElement(plot, title, QFont(plot->font().family(), 11, QFont::Bold));
        layout->addElement(0, 0, text);
    }
    plot->xAxis->setLabel(xLabel);
    plot->yAxis->setLabel(yLabel);
    plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    plot->legend->setVisible(true);
    plot->legend->setFont(QFont(plot->font().family(), 9));
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
}

void note(QCustomPlot* plot, const QString& text) {
    auto* item = new QCPItemText(plot);
    item->position->setType(QCPItemPosition::ptAxisRectRatio);
    item->position->setCoords(0.5, 0.5);
    item->setText(text);
    item->setColor(Qt::darkGray);
    plot->legend->setVisible(false);
}

QVector<double> column(const QJsonObject& series, const char* name, double scale = 1.0) {
    QVector<double> out;
    for (const auto& v : series.value(QLatin1String(name)).toArray())
        out.append(v.toDouble() * scale);
    return out;
}

QCPGraph* addGraph(QCustomPlot* plot, const QString& name, const QColor& c) {
    QCPGraph* g = plot->addGraph();
    g->setName(name);
    g->setPen(QPen(c, 1.6));
    return g;
}

// The y range from 0 to a bit above the largest value (at least `floor`).
void fitRanges(QCustomPlot* plot, double floor) {
    plot->xAxis->rescale();
    bool found = false;
    const QCPRange values = [&] {
        QCPRange all;
        bool first = true;
        for (int i = 0; i < plot->plottableCount(); ++i) {
            bool ok = false;
            const QCPRange r = plot->plottable(i)->getValueRange(ok);
            if (!ok)
                continue;
            all = first ? r : QCPRange(std::min(all.lower, r.lower), std::max(all.upper, r.upper));
            first = false;
            found = true;
        }
        return all;
    }();
    plot->yAxis->setRange(0, std::max(floor, found ? values.upper * 1.08 : floor));
}

bool timeSeriesReady(QCustomPlot* plot, const QJsonObject& run) {
    if (column(run.value("series").toObject(), "time_s").isEmpty()) {
        note(plot, QObject::tr("No time series in this result (sample_interval_s 0, or made by iiot-cli)."));
        plot->replot();
        return false;
    }
    return true;
}

void plotUtilisation(QCustomPlot* plot, const QJsonObject& run,
                     const QList<QPair<QString, const char*>>& lines) {
    if (!timeSeriesReady(plot, run))
        return;
    const QJsonObject series = run.value("series").toObject();
    const QVector<double> t = column(series, "time_s");
    int i = 0;
    for (const auto& [name, key] : lines)
        addGraph(plot, name, colour(i++))->setData(t, column(series, key, 100.0), true);
    fitRanges(plot, 10.0);
    plot->xAxis->setRange(0, t.back());
    plot->replot();
}

} // namespace

void plotCpuUtilisation(QCustomPlot* plot, const QJsonObject& run) {
    prepare(plot, QObject::tr("CPU utilisation per tier — %1").arg(runLabel(run)), QObject::tr("time (s)"),
            QObject::tr("CPU utilisation (%)"));
    plotUtilisation(plot, run,
                    {{QObject::tr("local"), "cpu_local"},
                     {QObject::tr("edge"), "cpu_edge"},
                     {QObject::tr("cloud"), "cpu_cloud"}});
}

void plotNetworkUtilisation(QCustomPlot* plot, const QJsonObject& run) {
    prepare(plot, QObject::tr("Network utilisation — %1").arg(runLabel(run)), QObject::tr("time (s)"),
            QObject::tr("utilisation (%)"));
    plotUtilisation(plot, run, {{QObject::tr("LAN"), "lan"}, {QObject::tr("WAN"), "wan"}});
}

void plotDelayHistogram(QCustomPlot* plot, const QJsonObject& run) {
    prepare(plot, QObject::tr("Delay histogram — %1").arg(runLabel(run)), QObject::tr("delay (ms)"),
            QObject::tr("finished tasks"));
    const QJsonObject histogram = run.value("delay_histogram").toObject();
    const QJsonArray counts = histogram.value("counts").toArray();
    if (counts.isEmpty()) {
        note(plot, QObject::tr("No delay distribution in this result."));
        plot->replot();
        return;
    }
    const double width = histogram.value("bin_ms").toDouble();
    auto* bars = new QCPBars(plot->xAxis, plot->yAxis);
    bars->setName(QObject::tr("tasks per %1 ms").arg(width, 0, 'g', 3));
    bars->setWidth(width);
    bars->setPen(QPen(colour(0).darker(130)));
    bars->setBrush(colour(0).lighter(130));
    QVector<double> keys, values;
    for (int i = 0; i < counts.size(); ++i) {
        keys.append((i + 0.5) * width);
        values.append(counts.at(i).toDouble());
    }
    bars->setData(keys, values, true);
    fitRanges(plot, 1.0);
    plot->xAxis->setRange(0, width * counts.size());
    plot->replot();
}

void plotDelayCdf(QCustomPlot* plot, const QJsonObject& run) {
    prepare(plot, QObject::tr("Delay CDF — %1").arg(runLabel(run)), QObject::tr("delay (ms)"),
            QObject::tr("finished tasks done within the delay (%)"));
    const QJsonArray q = run.value("delay_quantiles_ms").toArray();
    if (q.isEmpty()) {
        note(plot, QObject::tr("No delay distribution in this result."));
        plot->replot();
        return;
    }
    QVector<double> keys, values;
    for (int i = 0; i < q.size(); ++i) {
        keys.append(q.at(i).toDouble());
        values.append(100.0 * i / (q.size() - 1));
    }
    QCPGraph* g = addGraph(plot, QObject::tr("P(delay ≤ x)"), colour(0));
    // Quantiles can repeat (many equal delays): keep the given order rather than sorting by key.
    g->setData(keys, values, true);
    g->setLineStyle(QCPGraph::lsStepLeft);
    plot->xAxis->setRange(0, std::max(keys.back(), 1e-9) * 1.03);
    plot->yAxis->setRange(0, 102);
    plot->replot();
}

QList<QString> failureReasons() {
    return {QStringLiteral("latency"),
            QStringLiteral("no_destination"),
            QStringLiteral("insufficient_resources"),
            QStringLiteral("mobility"),
            QStringLiteral("device_dead"),
            QStringLiteral("unfinished")};
}

void plotFailureReasons(QCustomPlot* plot, const QJsonObject& run) {
    prepare(plot, QObject::tr("Failure reasons — %1").arg(runLabel(run)), QString(), QObject::tr("tasks"));
    if (run.isEmpty()) {
        note(plot, QObject::tr("No run."));
        plot->replot();
        return;
    }
    const QJsonObject failures = run.value("failures").toObject();
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    QVector<double> keys, values;
    int i = 0;
    for (const QString& reason : failureReasons()) {
        ++i;
        keys.append(i);
        values.append(reason == QLatin1String("unfinished") ? run.value("unfinished").toDouble()
                                                            : failures.value(reason).toDouble());
        ticker->addTick(i, QString(reason).replace(QLatin1Char('_'), QLatin1Char(' ')));
    }
    auto* bars = new QCPBars(plot->xAxis, plot->yAxis);
    bars->setName(QObject::tr("of %1 tasks").arg(run.value("tasks").toInteger()));
    bars->setWidth(0.6);
    bars->setPen(QPen(colour(1).darker(130)));
    bars->setBrush(colour(1).lighter(130));
    bars->setData(keys, values, true);
    plot->xAxis->setTicker(ticker);
    fitRanges(plot, 1.0); // rescales x too: the category range is set after it
    plot->xAxis->setRange(0.4, i + 0.6);
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    plot->replot();
}

namespace {

struct Point {
    double devices = 0, mean = 0, ci95 = 0;
    long long replications = 0;
};

// Per (scenario, policy) in order of first appearance: points sorted by device count.
std::vector<std::pair<QString, std::vector<Point>>> sweep(const QJsonObject& document) {
    std::vector<std::pair<QString, std::vector<Point>>> lines;
    auto lineFor = [&lines](const QString& key) -> std::vector<Point>& {
        for (auto& l : lines)
            if (l.first == key)
                return l.second;
        lines.emplace_back(key, std::vector<Point>{});
        return lines.back().second;
    };
    const QJsonArray summaries = summariesOf(document);
    // Scenario names are shown only when the document mixes several.
    QSet<QString> scenarios;
    const QJsonArray source = summaries.isEmpty() ? runsOf(document) : summaries;
    for (const auto& v : source)
        scenarios.insert(v.toObject().value("scenario").toString());
    auto keyOf = [&](const QJsonObject& o) {
        const QString policy = o.value("policy").toString();
        return scenarios.size() > 1 ? o.value("scenario").toString() + QStringLiteral(" / ") + policy
                                    : policy;
    };
    if (!summaries.isEmpty()) {
        for (const auto& v : summaries) {
            const QJsonObject s = v.toObject();
            const QJsonObject rate = s.value("success_rate").toObject();
            lineFor(keyOf(s)).push_back({s.value("devices").toDouble(), rate.value("mean").toDouble(),
                                         rate.value("ci95").toDouble(), s.value("replications").toInteger()});
        }
    } else {
        // Still running: the mean over the runs finished so far, without an interval.
        std::map<std::pair<QString, double>, std::pair<double, long long>> sums;
        for (const auto& v : runsOf(document)) {
            const QJsonObject r = v.toObject();
            if (!r.contains(QLatin1String("success_rate"))) // the run still going
                continue;
            auto& [sum, n] = sums[{keyOf(r), r.value("devices").toDouble()}];
            sum += r.value("success_rate").toDouble();
            ++n;
            lineFor(keyOf(r));
        }
        for (auto& [key, line] : lines)
            for (const auto& [k, s] : sums)
                if (k.first == key)
                    line.push_back({k.second, s.first / static_cast<double>(s.second), 0, 1});
    }
    for (auto& l : lines)
        std::stable_sort(l.second.begin(), l.second.end(),
                         [](const Point& a, const Point& b) { return a.devices < b.devices; });
    return lines;
}

} // namespace

void plotSuccessRate(QCustomPlot* plot, const QList<ChartSource>& sources) {
    prepare(plot, QObject::tr("Success rate vs number of devices"), QObject::tr("devices"),
            QObject::tr("success rate (%)"));
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    QSet<double> ticks;
    int index = 0;
    const Qt::PenStyle styles[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine};
    const QCPScatterStyle::ScatterShape shapes[] = {QCPScatterStyle::ssCircle, QCPScatterStyle::ssSquare,
                                                    QCPScatterStyle::ssTriangle, QCPScatterStyle::ssDiamond,
                                                    QCPScatterStyle::ssCross};
    double lowest = 100, highestDevices = 0, lowestDevices = 0;
    bool anyPoint = false;
    for (int s = 0; s < sources.size(); ++s) {
        const auto lines = sweep(sources[s].document);
        for (const auto& [key, points] : lines) {
            const QColor c = colour(index);
            QCPGraph* g = addGraph(
                plot, sources[s].label.isEmpty() ? key : sources[s].label + QStringLiteral(": ") + key, c);
            QPen pen(c, 1.8, styles[s % 4]);
            g->setPen(pen);
            g->setScatterStyle(QCPScatterStyle(shapes[index % 5], c, Qt::white, 7));
            QVector<double> x, y, err;
            bool replicated = false;
            for (const Point& p : points) {
                x.append(p.devices);
                y.append(100 * p.mean);
                err.append(100 * p.ci95);
                replicated = replicated || p.replications > 1;
                if (!ticks.contains(p.devices)) {
                    ticks.insert(p.devices);
                    ticker->addTick(p.devices, QString::number(p.devices, 'g', 10));
                }
                lowest = std::min(lowest, 100 * (p.mean - p.ci95));
                lowestDevices = anyPoint ? std::min(lowestDevices, p.devices) : p.devices;
                highestDevices = anyPoint ? std::max(highestDevices, p.devices) : p.devices;
                anyPoint = true;
            }
            g->setData(x, y, true);
            if (replicated) {
                auto* bars = new QCPErrorBars(plot->xAxis, plot->yAxis);
                bars->removeFromLegend();
                bars->setDataPlottable(g);
                bars->setData(err);
                bars->setPen(QPen(c, 1.2));
                bars->setWhiskerWidth(8);
            }
            ++index;
        }
    }
    if (!anyPoint) {
        note(plot, QObject::tr("No runs yet."));
        plot->replot();
        return;
    }
    plot->xAxis->setTicker(ticker);
    const double span = std::max(highestDevices - lowestDevices, std::max(1.0, highestDevices * 0.2));
    plot->xAxis->setRange(lowestDevices - 0.08 * span, highestDevices + 0.08 * span);
    // From a little under the lowest point (interval included) to 100 %.
    const double bottom = std::max(0.0, std::floor(lowest / 5.0) * 5.0 - 5.0);
    plot->yAxis->setRange(bottom, 101);
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignLeft);
    plot->replot();
}

} // namespace iiot::ui
