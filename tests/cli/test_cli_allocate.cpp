// End-to-end tests of `iiot-cli allocate`: the JSON fields of FORMAT.md section 5 on the SDRM
// factory example, greedy and exact, the readable table and the exit codes.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "cli/cli_runner.h"

using iiot::test::cli;

namespace {

QString example() {
    return QDir(IIOT_EXAMPLES_DIR).filePath("sdrm-factory.yaml");
}

void write(const QString& path, const QByteArray& text) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

QJsonObject parse(const QString& out) {
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(out.toUtf8(), &error);
    return error.error == QJsonParseError::NoError ? doc.object() : QJsonObject();
}

// Checks the contract fields and the totals that follow from the lists.
void checkDocument(const QJsonObject& doc, const QString& method) {
    QCOMPARE(doc["method"].toString(), method);
    for (const char* k :
         {"admitted", "rejected", "admission_rate", "satisfaction", "active_hosts", "solve_ms"})
        QVERIFY2(doc[k].isDouble(), k);
    QVERIFY(doc["optimal"].isBool());
    const auto allocations = doc["allocations"].toArray();
    const auto rejections = doc["rejections"].toArray();
    QCOMPARE(doc["admitted"].toInt(), allocations.size());
    QCOMPARE(doc["rejected"].toInt(), rejections.size());
    QCOMPARE(allocations.size() + rejections.size(), 16); // Table 2's sixteen applications
    QCOMPARE(doc["admission_rate"].toDouble(), allocations.size() / 16.0);
    QSet<QString> hosts;
    for (const auto& a : allocations) {
        const auto o = a.toObject();
        QVERIFY(o["application"].isString() && o["host"].isString());
        const auto amounts = o["amounts"].toObject();
        QCOMPARE(amounts.keys(),
                 QStringList({"downlink_kbps", "memory_gb", "power_w", "storage_mb", "uplink_kbps"}));
        hosts.insert(o["host"].toString());
    }
    for (const auto& r : rejections)
        QVERIFY(r.toObject()["application"].isString() && !r.toObject()["reason"].toString().isEmpty());
    QCOMPARE(doc["active_hosts"].toInt(), hosts.size());
    QCOMPARE(doc["hosts"].toArray().size(), 3);
    const double s = doc["satisfaction"].toDouble();
    QVERIFY(s >= 0 && s <= 1);
}

} // namespace

class TestCliAllocate : public QObject {
    Q_OBJECT

private slots:
    void exampleIsValid() {
        const auto r = cli({"validate", example()});
        QVERIFY2(r.status == 0, qPrintable(r.err));
    }

    void greedyJson() {
        const auto r = cli({"allocate", example(), "--json"});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const auto doc = parse(r.out);
        checkDocument(doc, "greedy");
        QCOMPARE(doc["optimal"].toBool(), false);
        // Every committed amount fits in the three hosts together, so the peak-hungry lowest
        // priorities are the ones that can lose out; the highest priority is always admitted.
        bool fireAlarm = false;
        for (const auto& a : doc["allocations"].toArray())
            fireAlarm = fireAlarm || a.toObject()["application"].toString() == "fire-alarm";
        QVERIFY(fireAlarm);
    }

    void exactJsonIsProvenAndNotWorse() {
        if (QStandardPaths::findExecutable("cbc").isEmpty() &&
            QStandardPaths::findExecutable("glpsol").isEmpty())
            QSKIP("no MILP solver installed");
        const auto greedy = parse(cli({"allocate", example(), "--json"}).out);
        // A generous limit: proving takes about 3 s of processor time, far more wall time on a busy machine.
        const auto r = cli({"allocate", example(), "--method", "exact", "--time-limit", "300", "--json"});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const auto doc = parse(r.out);
        checkDocument(doc, "exact");
        QCOMPARE(doc["optimal"].toBool(), true);
        QVERIFY(doc["admitted_priority"].toDouble() >= greedy["admitted_priority"].toDouble());
    }

    void readableTable() {
        const auto r = cli({"allocate", example()});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains("priority allocation (greedy)"));
        QVERIFY(r.out.contains("fire-alarm"));
        QVERIFY(r.out.contains("edge-1"));
    }

    void usageAndInvalidInput() {
        QCOMPARE(cli({"allocate", example(), "--method", "best"}).status, 2);
        QCOMPARE(cli({"allocate", example(), "--time-limit", "-1"}).status, 2);
        QCOMPARE(cli({"allocate"}).status, 2);
        QCOMPARE(cli({"allocate", "/nonexistent/project.yaml"}).status, 3);
    }

    void noneAdmittedExitsWithOne() {
        QTemporaryDir dir;
        const QString path = dir.filePath("tight.yaml");
        write(path, "format: iiot-workbench/1\nname: tight\n"
                    "elements:\n  - {id: e1, kind: edge-server, capacity: {cpu: 2}}\n"
                    "applications:\n  - {id: a, demands: {cpu: [3, 4]}}\n");
        const auto r = cli({"allocate", path, "--json"});
        QCOMPARE(r.status, 1);
        const auto doc = parse(r.out);
        QCOMPARE(doc["admitted"].toInt(), 0);
        QCOMPARE(doc["rejections"].toArray()[0].toObject()["reason"].toString(),
                 QString("committed demand does not fit"));
        QVERIFY(r.err.contains("no application could be admitted"));

        const QString empty = dir.filePath("empty.yaml");
        write(empty, "format: iiot-workbench/1\nname: empty\n");
        const auto e = cli({"allocate", empty, "--json"});
        QCOMPARE(e.status, 1);
        QVERIFY(parse(e.out)["error"].toString().contains("no application has demands"));
    }
};

QTEST_GUILESS_MAIN(TestCliAllocate)
#include "test_cli_allocate.moc"
