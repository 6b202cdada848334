#include "simulation_document.h"

#include "simulation/simulation_json.h"

#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace iiot::ui {

namespace {

QJsonObject parsed(const std::string& json) {
    return QJsonDocument::fromJson(QByteArray::fromStdString(json)).object();
}

QJsonObject seriesColumns(const std::vector<sim::Sample>& series) {
    QJsonArray time, cpuLocal, cpuEdge, cpuCloud, lan, wan, generated, finished, failed;
    for (const auto& s : series) {
        time.append(s.time_s);
        cpuLocal.append(s.cpu[sim::kLocal]);
        cpuEdge.append(s.cpu[sim::kEdge]);
        cpuCloud.append(s.cpu[sim::kCloud]);
        lan.append(s.network[sim::kLan]);
        wan.append(s.network[sim::kWan]);
        generated.append(static_cast<qint64>(s.generated));
        finished.append(static_cast<qint64>(s.finished));
        failed.append(static_cast<qint64>(s.failed));
    }
    return {{"time_s", time},
            {"cpu_local", cpuLocal},
            {"cpu_edge", cpuEdge},
            {"cpu_cloud", cpuCloud},
            {"lan", lan},
            {"wan", wan},
            {"generated", generated},
            {"finished", finished},
            {"failed", failed}};
}

// Equal-width bins from 0 to the largest delay; every delay falls in exactly one bin, so the
// counts add up to the number of finished tasks.
QJsonObject histogram(const std::vector<double>& sorted) {
    const double top = sorted.back();
    const double width = top > 0 ? top / kDelayBins : 1.0;
    std::vector<qint64> counts(kDelayBins, 0);
    for (double d : sorted) {
        auto bin = static_cast<std::size_t>(d / width);
        counts[std::min<std::size_t>(bin, kDelayBins - 1)] += 1;
    }
    QJsonArray array;
    for (qint64 c : counts)
        array.append(c);
    return {{"bin_ms", width}, {"counts", array}};
}

// Nearest-rank quantiles at 0 %, 1 %, ... 100 %: the delay below which that share of finished
// tasks completed.
QJsonArray quantiles(const std::vector<double>& sorted) {
    QJsonArray q;
    const double last = static_cast<double>(sorted.size() - 1);
    for (int i = 0; i < kDelayQuantiles; ++i) {
        const auto index = static_cast<std::size_t>(std::lround(last * i / (kDelayQuantiles - 1)));
        q.append(sorted[index]);
    }
    return q;
}

} // namespace

QJsonObject runDocument(const sim::RunResult& run) {
    sim::SimulationReport one;
    one.runs.push_back(run);
    one.runs.back().series.clear();
    one.runs.back().delays_ms.clear();
    QJsonObject doc = parsed(sim::simulationJson(one, false)).value("runs").toArray().at(0).toObject();
    doc.insert("series", seriesColumns(run.series));
    if (!run.delays_ms.empty()) {
        std::vector<double> sorted = run.delays_ms;
        std::sort(sorted.begin(), sorted.end());
        doc.insert("delay_histogram", histogram(sorted));
        doc.insert("delay_quantiles_ms", quantiles(sorted));
    }
    return doc;
}

QJsonObject simulationDocument(const sim::SimulationReport& report) {
    sim::SimulationReport summariesOnly;
    summariesOnly.summaries = report.summaries;
    QJsonObject doc = parsed(sim::simulationJson(summariesOnly, false));
    QJsonArray runs;
    for (const auto& r : report.runs)
        runs.append(runDocument(r));
    doc.insert("runs", runs);
    return doc;
}

std::vector<sim::RunSummary> summariesOf(const std::vector<sim::RunResult>& runs) {
    std::vector<sim::RunSummary> out;
    std::vector<bool> used(runs.size(), false);
    for (std::size_t i = 0; i < runs.size(); ++i) {
        if (used[i])
            continue;
        std::vector<const sim::RunResult*> group;
        for (std::size_t k = i; k < runs.size(); ++k)
            if (!used[k] && runs[k].scenario == runs[i].scenario && runs[k].devices == runs[i].devices &&
                runs[k].policy == runs[i].policy) {
                used[k] = true;
                group.push_back(&runs[k]);
            }
        out.push_back(sim::summarize(group));
    }
    return out;
}

QByteArray documentText(const QJsonObject& document) {
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

QJsonArray runsOf(const QJsonObject& document) {
    return document.value("runs").toArray();
}

QJsonArray summariesOf(const QJsonObject& document) {
    return document.value("summaries").toArray();
}

QString runLabel(const QJsonObject& run) {
    return QStringLiteral("%1 · %2 devices · seed %3")
        .arg(run.value("policy").toString())
        .arg(run.value("devices").toInteger())
        .arg(run.value("seed").toInteger());
}

} // namespace iiot::ui
