// End-to-end tests of `iiot-cli export` and `iiot-cli import`: every format written, the files
// readable by the matching reader, the GraphML round trip through the command line, the Topology
// Zoo sample imported and valid, and the exit codes (0 done, 1 invalid input, 2 usage, 3 file).
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include "cli/cli_runner.h"
#include "file_bytes.h"

using iiot::test::cli;

namespace {

QString example() {
    return QDir(IIOT_EXAMPLES_DIR).filePath("smart-factory.yaml");
}

QString zooSample() {
    return QDir(IIOT_TEST_DATA_DIR).filePath("topology-zoo-sample.graphml");
}

QByteArray bytes(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject info(const QString& project) {
    const auto r = cli({"info", project, "--json"});
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

} // namespace

class TestCliExport : public QObject {
    Q_OBJECT

private slots:
    void everyFormatIsWritten() {
        QTemporaryDir dir;
        const auto counts = info(example());
        const int elements = counts["elements"].toInt(), links = counts["links"].toInt();
        QVERIFY(elements > 0 && links > 0);

        auto r = cli({"export", example(), "--to", "tosca", "-o", dir.filePath("t.yaml")});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains("wrote"));
        QVERIFY(
            bytes(dir.filePath("t.yaml")).startsWith("tosca_definitions_version: tosca_simple_yaml_1_2\n"));

        r = cli({"export", example(), "--to", "tosca", "--csar", "-o", dir.filePath("t.csar")});
        QCOMPARE(r.status, 0);
        QVERIFY(bytes(dir.filePath("t.csar")).startsWith("PK\x03\x04"));

        r = cli({"export", example(), "--to", "graphml", "-o", dir.filePath("g.graphml")});
        QCOMPARE(r.status, 0);
        QCOMPARE(bytes(dir.filePath("g.graphml")).count("<node id="), elements);
        QCOMPARE(bytes(dir.filePath("g.graphml")).count("<edge "), links);

        r = cli({"export", example(), "--to", "json", "-o", dir.filePath("p.json")});
        QCOMPARE(r.status, 0);
        const auto doc = QJsonDocument::fromJson(bytes(dir.filePath("p.json"))).object();
        QCOMPARE(doc["elements"].toArray().size(), elements);
        QCOMPARE(doc["links"].toArray().size(), links);

        r = cli({"export", example(), "--to", "csv", "-o", dir.filePath("tables")});
        QCOMPARE(r.status, 0);
        QCOMPARE(bytes(dir.filePath("tables/elements.csv")).count('\n'), elements + 1);
        QCOMPARE(bytes(dir.filePath("tables/links.csv")).count('\n'), links + 1);
        QVERIFY(!QFile::exists(dir.filePath("tables/results.csv"))); // a YAML project stores no results
    }

    void graphmlRoundTripThroughTheCommandLine() {
        QTemporaryDir dir;
        QCOMPARE(cli({"export", example(), "--to", "graphml", "-o", dir.filePath("a.graphml")}).status, 0);
        const auto r = cli({"import", dir.filePath("a.graphml"), "-o", dir.filePath("a.yaml")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QCOMPARE(cli({"validate", dir.filePath("a.yaml")}).status, 0);
        QCOMPARE(cli({"export", dir.filePath("a.yaml"), "--to", "graphml", "-o", dir.filePath("b.graphml")})
                     .status,
                 0);
        QCOMPARE(bytes(dir.filePath("b.graphml")), bytes(dir.filePath("a.graphml")));
    }

    void topologyZooImport() {
        QTemporaryDir dir;
        auto r = cli({"import", zooSample(), "-o", dir.filePath("zoo.yaml")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("6 elements, 7 links"));
        QVERIFY(!r.err.contains("is not imported")); // unknown edge attributes are link properties
        auto counts = info(dir.filePath("zoo.yaml"));
        QCOMPARE(counts["by_kind"].toObject()["router"].toInt(), 6);

        const QString map = dir.filePath("kinds.yaml");
        iiot::test::writeBytes(map.toStdString(), "attribute: type\nvalues: {DataCentre: cloud}\n");
        r = cli({"import", zooSample(), "-o", dir.filePath("mapped.yaml"), "--kind-map", map});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        counts = info(dir.filePath("mapped.yaml"));
        QCOMPARE(counts["by_kind"].toObject()["router"].toInt(), 5);
        QCOMPARE(counts["by_kind"].toObject()["cloud"].toInt(), 1);
    }

    void badInput() {
        QTemporaryDir dir;
        const QString bad = dir.filePath("bad.graphml");
        iiot::test::writeBytes(bad.toStdString(), "<graphml>\n  <graph>\n    <node id=\"a\">\n</graphml>\n");
        auto r = cli({"import", bad, "-o", dir.filePath("out.yaml")});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(bad + ":4:1: error: malformed XML"), qPrintable(r.err));
        QVERIFY(!QFile::exists(dir.filePath("out.yaml")));

        const QString map = dir.filePath("kinds.yaml");
        iiot::test::writeBytes(map.toStdString(), "values: {Hub: teleporter}\n");
        r = cli({"import", zooSample(), "-o", dir.filePath("out.yaml"), "--kind-map", map});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains("kinds.yaml:1:15: error:"), qPrintable(r.err));
        QVERIFY(!QFile::exists(dir.filePath("out.yaml")));

        QCOMPARE(cli({"import", dir.filePath("missing.graphml"), "-o", dir.filePath("out.yaml")}).status, 3);
        QCOMPARE(cli({"export", dir.filePath("missing.yaml"), "--to", "json", "-o", dir.filePath("x.json")})
                     .status,
                 3);
        QCOMPARE(cli({"export", example(), "--to", "json", "-o", dir.filePath("no/such/dir/x.json")}).status,
                 3);
        const QString invalid = dir.filePath("invalid.yaml");
        iiot::test::writeBytes(invalid.toStdString(), "format: iiot-workbench/1\nname: X\nelements:\n"
                                                      "  - {id: a, kind: teleporter}\n");
        QCOMPARE(cli({"export", invalid, "--to", "tosca", "-o", dir.filePath("x.yaml")}).status, 1);
        QVERIFY(!QFile::exists(dir.filePath("x.yaml")));
    }

    void sliceConfigurationFollowsTheSlicingRun() {
        QTemporaryDir dir;
        const QString project = QDir(IIOT_EXAMPLES_DIR).filePath("slicing-testbed.yaml");
        const QString out = dir.filePath("slices.json");
        auto r = cli({"export", project, "--to", "slices", "--method", "stnra", "--seed", "1", "-o", out});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const auto doc = QJsonDocument::fromJson(bytes(out)).object();
        QCOMPARE(doc["format"].toString(), QString("iiot-workbench/slices/1"));
        // The same run as `iiot-cli slice`: the admitted services with the same paths.
        const auto sliced =
            QJsonDocument::fromJson(
                cli({"slice", project, "--method", "stnra", "--seed", "1", "--json"}).out.toUtf8())
                .object();
        QMap<QString, QJsonArray> paths;
        int admitted = 0;
        for (const auto& s : sliced["services"].toArray())
            if (s.toObject()["admitted"].toBool()) {
                paths[s.toObject()["id"].toString()] = s.toObject()["path"].toArray();
                ++admitted;
            }
        QVERIFY(admitted > 0);
        QCOMPARE(doc["admitted"].toInt(), admitted);
        const auto slices = doc["slices"].toArray();
        QCOMPARE(slices.size(), admitted);
        QMap<QString, double> totals; // link|from|to -> Mbps, summed from the hops
        for (const auto& item : slices) {
            const auto s = item.toObject();
            const auto path = s["path"].toArray();
            QCOMPARE(path, paths[s["service"].toString()]);
            const auto hops = s["hops"].toArray();
            QCOMPARE(hops.size(), path.size() - 1);
            for (qsizetype i = 0; i < hops.size(); ++i) {
                const auto h = hops[i].toObject();
                QCOMPARE(h["from"], path[i]); // hops follow the walk
                QCOMPARE(h["to"], path[i + 1]);
                QCOMPARE(h["reserve_mbps"].toDouble(), s["bandwidth_mbps"].toDouble());
                QVERIFY(h["direction"] == "forward" || h["direction"] == "reverse");
                totals[h["link"].toString() + "|" + h["from"].toString() + "|" + h["to"].toString()] +=
                    h["reserve_mbps"].toDouble();
            }
            // Queue class from the delay budget (docs/slices-schema.md).
            const double budget = s["max_delay_ms"].toDouble();
            const int pcp = budget <= 1 ? 7 : budget <= 10 ? 5 : budget <= 100 ? 3 : 1;
            QCOMPARE(s["qos"].toObject()["priority"].toInt(), pcp);
        }
        const auto reservations = doc["link_reservations"].toArray();
        QCOMPARE(reservations.size(), totals.size());
        for (const auto& item : reservations) {
            const auto res = item.toObject();
            const QString key =
                res["link"].toString() + "|" + res["from"].toString() + "|" + res["to"].toString();
            QVERIFY(qAbs(res["reserved_mbps"].toDouble() - totals.value(key)) < 1e-9);
            QVERIFY(res["reserved_mbps"].toDouble() <= res["capacity_mbps"].toDouble() + 1e-9);
        }
        QCOMPARE(doc["rejections"].toArray().size(), doc["rejected"].toInt());
        // Deterministic: the same run again gives the same bytes.
        QCOMPARE(cli({"export", project, "--to", "slices", "-o", dir.filePath("again.json")}).status, 0);
        QCOMPARE(bytes(dir.filePath("again.json")), bytes(out));
    }

    void usageErrors() {
        QTemporaryDir dir;
        const QString out = dir.filePath("x");
        auto r = cli({"export", example(), "--to", "pdf", "-o", out});
        QCOMPARE(r.status, 2);
        QVERIFY(r.err.contains("unknown format 'pdf'"));
        QCOMPARE(cli({"export", example(), "-o", out}).status, 2);
        QCOMPARE(cli({"export", example(), "--to", "json"}).status, 2);
        r = cli({"export", example(), "--to", "graphml", "--csar", "-o", out});
        QCOMPARE(r.status, 2);
        QVERIFY(r.err.contains("--csar"));
        r = cli({"export", example(), "--to", "json", "--seed", "3", "-o", out});
        QCOMPARE(r.status, 2);
        QVERIFY(r.err.contains("--to slices"));
        QCOMPARE(cli({"export", example(), "--to", "slices", "--method", "magic", "-o", out}).status, 2);
        QCOMPARE(cli({"import", zooSample()}).status, 2);
        QCOMPARE(cli({"import", zooSample(), "-o", dir.filePath("x.txt")}).status, 2); // not .yaml/.iiotw
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "test_cli_export.moc"
