// End-to-end tests of `iiot-cli coverage`: the JSON fields of FORMAT.md section 5, the readable
// table, and the exit codes (0 done, 1 invalid input, 2 usage, 3 file error).
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "cli/cli_runner.h"

using iiot::test::cli;

namespace {

QString example() {
    return QDir(IIOT_EXAMPLES_DIR).filePath("smart-factory.yaml");
}

void write(const QString& path, const QByteArray& text) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

} // namespace

class TestCliCoverage : public QObject {
    Q_OBJECT

private slots:
    void jsonHasEveryField() {
        const auto r = cli({"coverage", example(), "--json"});
        QCOMPARE(r.status, 0);
        QJsonParseError error;
        const auto doc = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const auto layers = doc["layers"].toObject();
        for (const char* layer : {"device", "network", "service", "trust"}) {
            const auto l = layers[layer].toObject();
            QVERIFY2(l["reached"].isString() && l["score"].isDouble() && l["target"].isString(), layer);
        }
        QCOMPARE(layers["network"].toObject()["target"].toString(), QString("interconnection"));
        const auto cells = doc["cells"].toArray();
        QCOMPARE(cells.size(), 12);
        int capabilities = 0;
        for (const auto& c : cells) {
            const auto cell = c.toObject();
            QVERIFY(cell["layer"].isString() && cell["level"].isString());
            QVERIFY(cell["score"].isDouble() || cell["score"].isNull());
            for (const auto& cap : cell["capabilities"].toArray()) {
                const auto o = cap.toObject();
                QVERIFY(o["id"].isString() && o["rating"].isDouble() && o["evidence"].isArray());
                ++capabilities;
            }
        }
        QCOMPARE(capabilities, 24); // the whole catalogue
        QVERIFY(doc["findings"].isArray() && doc["gaps"].isArray());
        for (const auto& f : doc["findings"].toArray()) {
            const auto o = f.toObject();
            QVERIFY(o["code"].isString() && o["severity"].isString() && o["elements"].isArray() &&
                    o["links"].isArray() && o["message"].isString());
        }
        for (const auto& g : doc["gaps"].toArray()) {
            const auto o = g.toObject();
            QVERIFY(o["capability"].isString() && o["rating"].isDouble() && o["priority"].isDouble());
        }
    }

    void tableNamesLayersFindingsAndGaps() {
        const auto r = cli({"coverage", example()});
        QCOMPARE(r.status, 0);
        for (const char* part :
             {"reached", "matrix", "capabilities", "findings", "gaps", "trust.identification"})
            QVERIFY2(r.out.contains(part), part);
    }

    void exitCodes() {
        QCOMPARE(cli({"coverage"}).status, 2);
        QCOMPARE(cli({"coverage", example(), "--bogus"}).status, 2);
        QCOMPARE(cli({"coverage", "/nonexistent/x.yaml"}).status, 3);
        QTemporaryDir dir;
        const auto bad = dir.filePath("bad.yaml");
        write(bad, "format: iiot-workbench/1\nname: x\nelements:\n  - {id: a, kind: swich}\n");
        const auto r = cli({"coverage", bad, "--json"});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains("unknown kind 'swich'"), qPrintable(r.err));
        // A design with problems is still rated: findings are not input errors.
        const auto lone = dir.filePath("lone.yaml");
        write(lone, "format: iiot-workbench/1\nname: x\nelements:\n  - {id: s, kind: sensor}\n");
        const auto ok = cli({"coverage", lone, "--json"});
        QCOMPARE(ok.status, 0);
        const auto findings = QJsonDocument::fromJson(ok.out.toUtf8()).object()["findings"].toArray();
        QCOMPARE(findings[0].toObject()["code"].toString(), QString("unreachable"));
        QCOMPARE(findings[0].toObject()["severity"].toString(), QString("error"));
    }
};

QTEST_GUILESS_MAIN(TestCliCoverage)
#include "test_cli_coverage.moc"
