// End-to-end tests of `iiot-cli simulate`: the JSON fields of FORMAT.md section 5, the CSV time
// series of --out, option handling and exit codes (0 done, 1 invalid input, 2 usage).
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include "cli/cli_runner.h"

using iiot::test::cli;

namespace {

// Two sensors on one access point, an edge server and a cloud; Poisson tasks; 60 s with samples
// every 2 s.
const char* kProject = R"(format: iiot-workbench/1
name: Simulate test
elements:
  - {id: s1, kind: sensor}
  - {id: s2, kind: sensor}
  - {id: ap, kind: access-point}
  - {id: edge, kind: edge-server, compute: {cores: 2, mips_per_core: 2000}, power: {idle_w: 10, max_w: 40}}
  - {id: gw, kind: router}
  - {id: dc, kind: cloud, compute: {cores: 8, mips_per_core: 10000}}
links:
  - {from: s1, to: ap, medium: wifi}
  - {from: s2, to: ap, medium: wifi}
  - {from: ap, to: edge, medium: ethernet}
  - {from: edge, to: gw, medium: ethernet}
  - {from: gw, to: dc, medium: internet}
applications:
  - id: monitor
    generated_by: {kinds: [sensor]}
    arrival: {type: poisson, rate_per_s: 5}
    data_kb: {dist: uniform, min: 10, max: 50}
    result_kb: 1
    instructions_mi: {dist: exponential, mean: 200}
    max_latency_ms: 200
scenarios:
  - id: base
    duration_s: 60
    seed: 4
    policy: edge-cloud
    sample_interval_s: 2
)";

QString writeProject(const QTemporaryDir& dir) {
    const QString path = dir.filePath("sim.yaml");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write test project");
    f.write(kProject);
    return path;
}

QJsonObject parse(const QString& text) {
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("not JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

} // namespace

class TestCliSimulate : public QObject {
    Q_OBJECT

private slots:
    void jsonHasEveryField() {
        QTemporaryDir dir;
        const auto r = cli({"simulate", writeProject(dir), "--json"});
        QCOMPARE(r.status, 0);
        const auto runs = parse(r.out)["runs"].toArray();
        QCOMPARE(runs.size(), 1);
        const auto run = runs[0].toObject();
        QCOMPARE(run["policy"].toString(), QString("edge-cloud"));
        QCOMPARE(run["devices"].toInt(), 2);
        QCOMPARE(run["seed"].toInt(), 4);
        // About 2 x 5 x 60 = 600 Poisson tasks.
        QVERIFY(run["tasks"].toInt() > 450 && run["tasks"].toInt() < 750);
        QVERIFY(run["success_rate"].toDouble() >= 0 && run["success_rate"].toDouble() <= 1);
        const auto failures = run["failures"].toObject();
        long long failed = 0;
        for (const char* k :
             {"latency", "no_destination", "insufficient_resources", "mobility", "device_dead"}) {
            QVERIFY2(failures[k].isDouble(), k);
            failed += failures[k].toInt();
        }
        // Every task ends in exactly one outcome.
        QCOMPARE(run["succeeded"].toInt() + failed + run["unfinished"].toInt(), run["tasks"].toInt());
        const auto delay = run["delay_ms"].toObject();
        for (const char* k : {"mean", "p50", "p95", "p99"})
            QVERIFY2(delay[k].toDouble() > 0, k);
        QVERIFY(delay["p50"].toDouble() <= delay["p95"].toDouble());
        QVERIFY(delay["p95"].toDouble() <= delay["p99"].toDouble());
        for (const char* k : {"local", "edge", "cloud"}) {
            const double u = run["cpu_utilization"].toObject()[k].toDouble(-1);
            QVERIFY2(u >= 0 && u <= 1, k);
        }
        for (const char* k : {"lan", "wan"})
            QVERIFY2(run["network_utilization"].toObject()[k].toDouble(-1) >= 0, k);
        // The edge server idles at 10 W for 60 s at least.
        QVERIFY(run["energy_j"].toDouble() >= 600);
        QVERIFY(run["events"].toInt() > 0 && run["wall_s"].isDouble());
        QCOMPARE(run["applications"].toArray().size(), 1);
        QCOMPARE(parse(r.out)["summaries"].toArray().size(), 1);
        QVERIFY(r.err.isEmpty()); // progress only on a terminal
    }

    // --devices 2,4 x --policy edge-only,cloud-only x --replications 2 = 8 runs, one CSV each with
    // a header and 60 / 2 = 30 samples.
    void sweepAndCsvTimeSeries() {
        QTemporaryDir dir;
        const QString out = dir.filePath("series");
        const auto r = cli({"simulate", writeProject(dir), "--json", "--devices", "2,4", "--policy",
                            "edge-only,cloud-only", "--replications", "2", "--duration", "60", "--out", out});
        QCOMPARE(r.status, 0);
        const auto doc = parse(r.out);
        QCOMPARE(doc["runs"].toArray().size(), 8);
        QCOMPARE(doc["summaries"].toArray().size(), 4);
        const auto files = QDir(out).entryList({"*.csv"}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 8);
        QFile f(QDir(out).filePath(files[0]));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto lines = QString::fromUtf8(f.readAll()).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines[0], QString("time_s,cpu_local,cpu_edge,cpu_cloud,lan,wan,generated,finished,failed"));
        QCOMPARE(lines.size(), 31);
        QCOMPARE(lines[1].split(',')[0], QString("2"));
        QCOMPARE(lines[30].split(',').size(), 9);
    }

    void sameSeedSameOutput() {
        QTemporaryDir dir;
        const QString path = writeProject(dir);
        const QRegularExpression wall("\"wall_s\": [^,\\n]*");
        auto a = cli({"simulate", path, "--json"}).out.remove(wall);
        auto b = cli({"simulate", path, "--json"}).out.remove(wall);
        QCOMPARE(a, b);
        auto c = cli({"simulate", path, "--json", "--seed", "5"}).out.remove(wall);
        QVERIFY(a != c);
    }

    void readableTable() {
        QTemporaryDir dir;
        const auto r = cli({"simulate", writeProject(dir), "--policy", "edge-only"});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains("edge-only"));
        QVERIFY(r.out.contains("success"));
    }

    void badOptionsAreUsageErrors() {
        QTemporaryDir dir;
        const QString path = writeProject(dir);
        QCOMPARE(cli({"simulate", path, "--policy", "fastest"}).status, 2);
        QCOMPARE(cli({"simulate", path, "--devices", "0"}).status, 2);
        QCOMPARE(cli({"simulate", path, "--duration", "-1"}).status, 2);
        QCOMPARE(cli({"simulate", path, "--replications", "x"}).status, 2);
        const auto unknown = cli({"simulate", path, "--scenario", "nope", "--json"});
        QCOMPARE(unknown.status, 1);
        QVERIFY(unknown.err.contains("unknown scenario 'nope'"));
        QVERIFY(parse(unknown.out)["error"].isString());
    }
};

QTEST_GUILESS_MAIN(TestCliSimulate)
#include "test_cli_simulate.moc"
