// End-to-end tests of `iiot-cli offload`: the JSON fields of FORMAT.md section 5 and their
// consistency, the readable table, determinism, and the exit codes.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include "cli/cli_runner.h"

using iiot::test::cli;

namespace {

QString example() {
    return QDir(IIOT_EXAMPLES_DIR).filePath("fog-cms-feasible.yaml");
}

QJsonObject parse(const QString& text) {
    return iiot::test::parseJsonObject(text);
}

} // namespace

class TestCliOffload : public QObject {
    Q_OBJECT

private slots:
    void jsonHasEveryField() {
        for (const char* method : {"astp", "ascm", "rstp", "rscm"}) {
            const auto r = cli({"offload", example(), "--method", method, "--json"});
            QCOMPARE(r.status, 0);
            const auto doc = parse(r.out);
            QCOMPARE(doc["method"].toString(), QString(method));
            for (const char* k : {"total_delay_ms", "average_delay_ms", "reliability", "satisfaction"})
                QVERIFY2(doc[k].isDouble(), k);
            const bool adaptive = QString(method).startsWith('a');
            QCOMPARE(doc["converged"].isBool(), adaptive);
            const auto tasks = doc["tasks"].toArray();
            QCOMPARE(tasks.size(), 50);
            double total = 0;
            int met = 0;
            for (const auto& v : tasks) {
                const auto t = v.toObject();
                QVERIFY(t["element"].isString() && t["application"].isString() && t["host"].isString());
                QVERIFY(QSet<QString>({"local", "edge", "cloud"}).contains(t["mode"].toString()));
                QVERIFY(t["delay_ms"].isDouble() && t["met"].isBool());
                QCOMPARE(t["met"].toBool(), t["delay_ms"].toDouble() <= t["max_latency_ms"].toDouble());
                if (t["mode"].toString() == "local")
                    QCOMPARE(t["host"].toString(), t["element"].toString());
                else if (t["mode"].toString() == "edge")
                    QCOMPARE(t["host"].toString(), QString("fog-1"));
                else
                    QCOMPARE(t["host"].toString(), QString("cloud-1"));
                total += t["delay_ms"].toDouble();
                met += t["met"].toBool();
            }
            QVERIFY(std::fabs(doc["total_delay_ms"].toDouble() - total) <= 1e-6 * total);
            QVERIFY(std::fabs(doc["average_delay_ms"].toDouble() - total / 50) <= 1e-6 * total);
            QCOMPARE(doc["reliability"].toDouble(), met / 50.0);
        }
    }

    void sameSeedSameDocument() {
        const auto a = cli({"offload", example(), "--method", "rscm", "--seed", "5", "--json"});
        const auto b = cli({"offload", example(), "--method", "rscm", "--seed", "5", "--json"});
        QCOMPARE(a.status, 0);
        QCOMPARE(a.out, b.out);
        QCOMPARE(parse(a.out)["seed"].toInt(), 5);
    }

    void readableTable() {
        const auto r = cli({"offload", example()});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains("method astp"));
        QVERIFY(r.out.contains("reliability"));
        QVERIFY(r.out.contains("dev-001"));
        QVERIFY(r.err.isEmpty()); // progress only on a terminal
    }

    void usageErrors() {
        auto r = cli({"offload", example(), "--method", "fastest"});
        QCOMPARE(r.status, 2);
        QVERIFY(r.err.contains("astp"));
        r = cli({"offload", example(), "--seed", "-1"});
        QCOMPARE(r.status, 2);
        r = cli({"offload"});
        QCOMPARE(r.status, 2);
    }

    void fileErrors() {
        const auto r = cli({"offload", QDir(IIOT_EXAMPLES_DIR).filePath("no-such-file.yaml")});
        QCOMPARE(r.status, 3);
    }

    // No generating element: nothing to decide, exit 1 and the JSON says why.
    void noTasksIsAnInvalidProblem() {
        QTemporaryDir dir;
        const QString path = dir.filePath("empty.yaml");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("format: iiot-workbench/1\nname: Empty\nelements:\n  - {id: s1, kind: sensor}\n");
        f.close();
        const auto r = cli({"offload", path, "--json"});
        QCOMPARE(r.status, 1);
        QVERIFY(parse(r.out)["error"].toString().contains("no tasks"));
        QVERIFY(r.err.contains("error"));
    }
};

QTEST_GUILESS_MAIN(TestCliOffload)
#include "test_cli_offload.moc"
