// End-to-end tests of `iiot-cli slice` and `iiot-cli generate slicing`: the JSON fields of
// FORMAT.md section 5, consistency of the summary with the services, the readable table, the
// same output for the same seed, and the exit codes (0 done, 1 invalid input, 2 usage, 3 file).
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

#include "cli/cli_runner.h"

using iiot::test::cli;

namespace {

QString testbed() {
    return QDir(IIOT_EXAMPLES_DIR).filePath("slicing-testbed.yaml");
}

QJsonObject parse(const QString& text) {
    return iiot::test::parseJsonObject(text);
}

// solve_ms differs between runs; everything else must not.
QJsonObject withoutTiming(QJsonObject o) {
    o.remove("solve_ms");
    return o;
}

} // namespace

class TestCliSlice : public QObject {
    Q_OBJECT

private slots:
    void jsonHasEveryField_data() {
        QTest::addColumn<QString>("method");
        for (const char* m : {"stnra", "dnso", "ffpa", "exact"})
            QTest::newRow(m) << QString(m);
    }
    void jsonHasEveryField() {
        QFETCH(QString, method);
        const auto r = cli({"slice", testbed(), "--method", method, "--json"});
        QCOMPARE(r.status, 0);
        const auto doc = parse(r.out);
        QCOMPARE(doc["method"].toString(), method);
        for (const char* key :
             {"admitted_rate", "average_cost", "average_delay_ms", "cpu_utilization_variance", "solve_ms"})
            QVERIFY2(doc[key].isDouble(), key);
        const auto services = doc["services"].toArray();
        QCOMPARE(services.size(), 6);
        int admitted = 0;
        double cost = 0;
        for (const auto& v : services) {
            const auto s = v.toObject();
            QVERIFY(s["id"].isString());
            QVERIFY(s["admitted"].isBool());
            QVERIFY(s["path"].isArray() && s["links"].isArray() && s["placement"].isArray());
            QVERIFY(s["cost"].isDouble() && s["delay_ms"].isDouble());
            if (s["admitted"].toBool()) {
                ++admitted;
                cost += s["cost"].toDouble();
                QCOMPARE(s["links"].toArray().size() + 1, s["path"].toArray().size());
                QVERIFY(s["delay_ms"].toDouble() > 0);
                if (method == "stnra")
                    QVERIFY(s["lower_bound"].toDouble() <= s["cost"].toDouble() + 1e-9);
            } else {
                QVERIFY(!s["reason"].toString().isEmpty());
            }
        }
        QCOMPARE(doc["admitted_rate"].toDouble(), admitted / 6.0);
        if (admitted > 0)
            QVERIFY(std::abs(doc["average_cost"].toDouble() - cost / admitted) < 1e-9);
        QCOMPARE(services[0].toObject()["id"].toString(), QString("ro-1"));
        QCOMPARE(services[0].toObject()["path"].toArray().first().toString(), QString("hmi1"));
        QCOMPARE(services[0].toObject()["path"].toArray().last().toString(), QString("robot1"));
        QCOMPARE(services[0].toObject()["placement"].toArray().size(), 3);
    }

    void sameSeedSameJson() {
        const auto a = cli({"slice", testbed(), "--method", "dnso", "--seed", "5", "--json"});
        const auto b = cli({"slice", testbed(), "--method", "dnso", "--seed", "5", "--json"});
        QCOMPARE(a.status, 0);
        QCOMPARE(withoutTiming(parse(a.out)), withoutTiming(parse(b.out)));
        QCOMPARE(parse(a.out)["parameters"].toObject()["seed"].toInt(), 5);
    }

    void readableTable() {
        const auto r = cli({"slice", testbed()});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains("method stnra"));
        QVERIFY(r.out.contains("ro-1"));
        QVERIFY(r.out.contains("admitted rate"));
        QVERIFY(r.err.isEmpty()); // no progress when standard error is not a terminal
    }

    void generateSlicing() {
        QTemporaryDir dir;
        const auto path = dir.filePath("study.yaml");
        const auto g =
            cli({"generate", "slicing", "--nodes", "30", "--services", "40", "--seed", "2", "-o", path});
        QCOMPARE(g.status, 0);
        QCOMPARE(cli({"validate", path}).status, 0);
        const auto info = parse(cli({"info", path, "--json"}).out);
        QCOMPARE(info["elements"].toInt(), 30);
        QCOMPARE(info["services"].toInt(), 40);
        const auto again = dir.filePath("again.yaml");
        QCOMPARE(cli({"generate", "slicing", "--nodes", "30", "--services", "40", "--seed", "2", "-o", again})
                     .status,
                 0);
        QFile f1(path), f2(again);
        QVERIFY(f1.open(QIODevice::ReadOnly) && f2.open(QIODevice::ReadOnly));
        QCOMPARE(f1.readAll(), f2.readAll());
        const auto r = cli({"slice", path, "--json"});
        QCOMPARE(r.status, 0);
        QVERIFY(parse(r.out)["admitted_rate"].toDouble() > 0);
    }

    void exitCodes() {
        QCOMPARE(cli({"slice", testbed(), "--method", "greedy"}).status, 2);
        QCOMPARE(cli({"slice", testbed(), "--seed", "x"}).status, 2);
        QCOMPARE(cli({"slice"}).status, 2);
        QCOMPARE(cli({"generate", "slicing", "--nodes", "1", "--services", "3", "-o", "x.yaml"}).status, 2);
        QCOMPARE(cli({"generate", "slicing", "--nodes", "5", "-o", "x.yaml"}).status, 2);
        QCOMPARE(cli({"slice", "/nonexistent/file.yaml"}).status, 3);
        QTemporaryDir dir;
        const auto bad = dir.filePath("bad.yaml");
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("format: iiot-workbench/1\nname: x\nservices:\n  - {id: s, source: nowhere, destination: n, "
                "bandwidth_mbps: 1, max_delay_ms: 1}\n");
        f.close();
        QCOMPARE(cli({"slice", bad}).status, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliSlice)
#include "test_cli_slice.moc"
