// The simulation charts and the document they read: the workbench document keeps the contract
// fields of simulationJson() and adds series and delay distribution that match the engine's run;
// each chart plots exactly the document's numbers; charts export to PNG and PDF.

#include "simulation_test_support.h"

#include "widgets/simulation_chart_export.h"
#include "widgets/simulation_charts.h"
#include "widgets/simulation_document.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

using namespace iiot;

namespace {

// One direct engine call with the quick settings, delays kept.
sim::SimulationReport directReport(bool keepDelays) {
    sim::SimulationRequest request = ui::toRequest(test::quickSettings());
    request.keep_delays = keepDelays;
    std::string error;
    auto report = sim::simulate(test::smartFactory(), model::TypeLibrary::builtin(), request, {}, error);
    if (!report)
        qFatal("simulate failed: %s", error.c_str());
    return *report;
}

QVector<double> graphValues(const QCPGraph* graph) {
    QVector<double> out;
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
        out.append(it->value);
    return out;
}

QVector<double> graphKeys(const QCPGraph* graph) {
    QVector<double> out;
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
        out.append(it->key);
    return out;
}

} // namespace

class TestSimulationCharts : public QObject {
    Q_OBJECT

private:
    sim::SimulationReport report_;
    QJsonObject document_;

private slots:
    void initTestCase() {
        report_ = directReport(true);
        QCOMPARE(report_.runs.size(), std::size_t{8});
        document_ = ui::simulationDocument(report_);
    }

    void documentKeepsTheContractFields() {
        // Same runs without the delays: simulationJson is what `iiot-cli simulate --json` prints.
        const QJsonObject expected = test::contractPart(test::parsedJson(sim::simulationJson(report_)));
        QCOMPARE(test::contractPart(document_), expected);
    }

    void seriesAndDelaysMatchTheRun() {
        const QJsonArray runs = ui::runsOf(document_);
        for (int i = 0; i < runs.size(); ++i) {
            const sim::RunResult& run = report_.runs[static_cast<std::size_t>(i)];
            const QJsonObject doc = runs.at(i).toObject();
            const QJsonObject series = doc.value("series").toObject();
            QCOMPARE(series.value("time_s").toArray().size(), static_cast<qsizetype>(run.series.size()));
            QVERIFY(!run.series.empty());
            for (std::size_t k = 0; k < run.series.size(); ++k) {
                const auto at = static_cast<qsizetype>(k);
                QCOMPARE(series.value("time_s").toArray().at(at).toDouble(), run.series[k].time_s);
                QCOMPARE(series.value("cpu_edge").toArray().at(at).toDouble(), run.series[k].cpu[sim::kEdge]);
                QCOMPARE(series.value("wan").toArray().at(at).toDouble(), run.series[k].network[sim::kWan]);
                QCOMPARE(series.value("failed").toArray().at(at).toInteger(), run.series[k].failed);
            }
            // Every kept delay falls in one bin; the quantile curve runs from the least to the
            // largest delay.
            const QJsonObject histogram = doc.value("delay_histogram").toObject();
            long long total = 0;
            for (const auto& c : histogram.value("counts").toArray())
                total += c.toInteger();
            QCOMPARE(total, static_cast<long long>(run.delays_ms.size()));
            const auto [least, largest] = std::minmax_element(run.delays_ms.begin(), run.delays_ms.end());
            QCOMPARE(histogram.value("bin_ms").toDouble(), *largest / ui::kDelayBins);
            const QJsonArray q = doc.value("delay_quantiles_ms").toArray();
            QCOMPARE(q.size(), ui::kDelayQuantiles);
            QCOMPARE(q.first().toDouble(), *least);
            QCOMPARE(q.last().toDouble(), *largest);
            // The median point is the delay of rank round(0.5 (n - 1)) in sorted order.
            std::vector<double> sorted = run.delays_ms;
            std::sort(sorted.begin(), sorted.end());
            const auto mid =
                static_cast<std::size_t>(std::lround(0.5 * static_cast<double>(sorted.size() - 1)));
            QCOMPARE(q.at(50).toDouble(), sorted[mid]);
        }
    }

    void summariesGroupLikeTheEngine() {
        const auto grouped = ui::summariesOf(report_.runs);
        QCOMPARE(grouped.size(), report_.summaries.size());
        for (std::size_t i = 0; i < grouped.size(); ++i) {
            QCOMPARE(grouped[i].devices, report_.summaries[i].devices);
            QCOMPARE(grouped[i].policy, report_.summaries[i].policy);
            QCOMPARE(grouped[i].success_rate.mean, report_.summaries[i].success_rate.mean);
            QCOMPARE(grouped[i].success_rate.ci95, report_.summaries[i].success_rate.ci95);
        }
    }

    void timeSeriesChartsPlotTheSeries() {
        const QJsonObject run = ui::runsOf(document_).at(3).toObject();
        const sim::RunResult& expected = report_.runs[3];
        QCustomPlot cpu, network;
        ui::plotCpuUtilisation(&cpu, run);
        ui::plotNetworkUtilisation(&network, run);
        QCOMPARE(cpu.graphCount(), 3);
        QCOMPARE(network.graphCount(), 2);
        QCOMPARE(cpu.graph(1)->name(), QStringLiteral("edge"));
        QCOMPARE(network.graph(1)->name(), QStringLiteral("WAN"));
        for (int tier = 0; tier < 3; ++tier) {
            const QVector<double> values = graphValues(cpu.graph(tier));
            QCOMPARE(values.size(), static_cast<qsizetype>(expected.series.size()));
            for (qsizetype k = 0; k < values.size(); ++k)
                QCOMPARE(
                    values[k],
                    100.0 * expected.series[static_cast<std::size_t>(k)].cpu[static_cast<std::size_t>(tier)]);
        }
        const QVector<double> wan = graphValues(network.graph(1));
        const QVector<double> time = graphKeys(network.graph(1));
        for (qsizetype k = 0; k < wan.size(); ++k) {
            QCOMPARE(time[k], expected.series[static_cast<std::size_t>(k)].time_s);
            QCOMPARE(wan[k], 100.0 * expected.series[static_cast<std::size_t>(k)].network[sim::kWan]);
        }
        QCOMPARE(cpu.xAxis->label(), QStringLiteral("time (s)"));
        QCOMPARE(cpu.yAxis->label(), QStringLiteral("CPU utilisation (%)"));
        QVERIFY(cpu.legend->visible());
    }

    void successRateHasOneGraphPerPolicyWithIntervals() {
        QCustomPlot plot;
        ui::plotSuccessRate(&plot, document_);
        QCOMPARE(plot.graphCount(), 2);
        QCOMPARE(plot.graph(0)->name(), QStringLiteral("edge-cloud"));
        QCOMPARE(plot.graph(1)->name(), QStringLiteral("cloud-only"));
        // Summaries in engine order: devices 10 (edge-cloud, cloud-only), devices 20 (...).
        for (int g = 0; g < 2; ++g) {
            QCOMPARE(graphKeys(plot.graph(g)), (QVector<double>{10, 20}));
            const QVector<double> values = graphValues(plot.graph(g));
            QCOMPARE(values[0], 100 * report_.summaries[static_cast<std::size_t>(g)].success_rate.mean);
            QCOMPARE(values[1], 100 * report_.summaries[static_cast<std::size_t>(2 + g)].success_rate.mean);
        }
        // Two replications per point: 95 % intervals as error bars on each graph.
        QList<QCPErrorBars*> bars;
        for (int i = 0; i < plot.plottableCount(); ++i)
            if (auto* b = qobject_cast<QCPErrorBars*>(plot.plottable(i)))
                bars.append(b);
        QCOMPARE(bars.size(), 2);
        QCOMPARE(bars[0]->dataPlottable(), plot.graph(0));
        QCOMPARE(bars[0]->dataCount(), 2);
        QCOMPARE(bars[0]->data()->at(1).errorPlus, 100 * report_.summaries[2].success_rate.ci95);
    }

    void overlayNamesEachRun() {
        QCustomPlot plot;
        ui::plotSuccessRate(&plot, QList<ui::ChartSource>{{QStringLiteral("#1"), document_},
                                                          {QStringLiteral("#2"), document_}});
        QCOMPARE(plot.graphCount(), 4);
        QCOMPARE(plot.graph(2)->name(), QStringLiteral("#2: edge-cloud"));
        QCOMPARE(plot.graph(2)->pen().style(), Qt::DashLine); // the second run is dashed
    }

    void delayAndFailureCharts() {
        const QJsonObject run = ui::runsOf(document_).at(0).toObject();
        const sim::RunResult& expected = report_.runs[0];
        QCustomPlot histogram, cdf, failures;
        ui::plotDelayHistogram(&histogram, run);
        ui::plotDelayCdf(&cdf, run);
        ui::plotFailureReasons(&failures, run);
        auto* bars = qobject_cast<QCPBars*>(histogram.plottable(0));
        QVERIFY(bars);
        QCOMPARE(bars->dataCount(), ui::kDelayBins);
        double total = 0;
        for (int i = 0; i < bars->dataCount(); ++i)
            total += bars->data()->at(i)->value;
        QCOMPARE(total, static_cast<double>(expected.delays_ms.size()));
        QCOMPARE(cdf.graph(0)->dataCount(), ui::kDelayQuantiles);
        QCOMPARE(cdf.graph(0)->data()->at(100)->value, 100.0);
        auto* reasons = qobject_cast<QCPBars*>(failures.plottable(0));
        QVERIFY(reasons);
        QCOMPARE(reasons->dataCount(), 6);
        QCOMPARE(reasons->data()->at(0)->value, static_cast<double>(expected.failures.latency));
        QCOMPARE(reasons->data()->at(5)->value, static_cast<double>(expected.unfinished));
    }

    void aRunWithoutSeriesShowsANote() {
        // A document of `iiot-cli simulate --json` has no series: the chart stays empty, no crash.
        const QJsonObject cli = test::parsedJson(sim::simulationJson(report_));
        QCustomPlot plot;
        ui::plotCpuUtilisation(&plot, ui::runsOf(cli).at(0).toObject());
        QCOMPARE(plot.graphCount(), 0);
        QCOMPARE(plot.itemCount(), 1);
        ui::plotSuccessRate(&plot, cli); // summaries are enough for the sweep
        QCOMPARE(plot.graphCount(), 2);
        QCOMPARE(plot.itemCount(), 0);
    }

    void exportsPngAndPdf() {
        QTemporaryDir dir;
        QCustomPlot plot;
        ui::plotSuccessRate(&plot, document_);
        const QString png = dir.filePath(QStringLiteral("rate.png"));
        const QString pdf = dir.filePath(QStringLiteral("rate.pdf"));
        QVERIFY(ui::exportChart(&plot, png));
        QVERIFY(ui::exportChart(&plot, pdf));
        QFile a(png), b(pdf);
        QVERIFY(a.open(QIODevice::ReadOnly));
        QVERIFY(b.open(QIODevice::ReadOnly));
        QVERIFY(a.read(8).startsWith("\x89PNG"));
        QVERIFY(b.read(4) == "%PDF");
        QVERIFY(b.size() > 1000);
        // The never-shown plot is written at the file size, at twice the resolution for PNG.
        QCOMPARE(QImage(png).size(), QSize(2 * ui::kChartFileWidth, 2 * ui::kChartFileHeight));
        QString error;
        QVERIFY(!ui::exportChart(&plot, dir.filePath(QStringLiteral("rate.svg")), &error));
        QVERIFY(error.contains(QStringLiteral(".png or .pdf")));
    }
};

QTEST_MAIN(TestSimulationCharts)
#include "test_simulation_charts.moc"
