// End-to-end tests of iiot-cli: exit codes, FILE:LINE:COL messages, JSON fields, conversions,
// the factory generator, and that the program links no Qt.
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

QString example(const char* name) {
    return QDir(IIOT_EXAMPLES_DIR).filePath(name);
}

void write(const QString& path, const QByteArray& text) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private slots:
    void validateExample() {
        const auto r = cli({"validate", example("smart-factory.yaml")});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains("valid (33 elements, 38 links"));
    }

    void validateReportsPlaces() {
        QTemporaryDir dir;
        const auto path = dir.filePath("bad.yaml");
        write(path, "format: iiot-workbench/1\nname: x\nelements:\n  - {id: a, kind: swich}\n");
        const auto r = cli({"validate", path});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(path +
                                ":4:19: error: unknown kind 'swich' of element 'a' (did you mean 'switch'?)"),
                 qPrintable(r.err));
        const auto j = cli({"validate", path, "--json"});
        QCOMPARE(j.status, 1);
        const auto doc = QJsonDocument::fromJson(j.out.toUtf8()).object();
        QCOMPARE(doc["valid"].toBool(), false);
        QCOMPARE(doc["errors"].toInt(), 1);
        QCOMPARE(doc["diagnostics"].toArray()[0].toObject()["line"].toInt(), 4);
        QCOMPARE(doc["diagnostics"].toArray()[0].toObject()["column"].toInt(), 19);
    }

    void exitCodes() {
        QCOMPARE(cli({}).status, 2);
        QCOMPARE(cli({"frobnicate"}).status, 2);
        QCOMPARE(cli({"info"}).status, 2);
        QCOMPARE(cli({"info", example("smart-factory.yaml"), "--bogus"}).status, 2);
        QCOMPARE(cli({"validate", "/nonexistent/x.yaml"}).status, 3);
        QCOMPARE(cli({"generate", "factory", "--elements", "ten", "-o", "x.yaml"}).status, 2);
        QTemporaryDir dir;
        QCOMPARE(cli({"convert", example("smart-factory.yaml"), dir.filePath("out.txt")}).status, 2);
        QCOMPARE(cli({"convert", example("smart-factory.yaml"), "/nonexistent/dir/out.yaml"}).status, 3);
    }

    void infoJsonCountsWhatTheFileHolds() {
        const auto r = cli({"info", example("smart-factory.yaml"), "--json"});
        QCOMPARE(r.status, 0);
        QJsonParseError error;
        const auto j = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        // Count the YAML's entries independently of the program: "  - id:" and "  - {id:" lines per section.
        QFile f(example("smart-factory.yaml"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QMap<QString, int> counts;
        QString section;
        for (const auto& line : QString::fromUtf8(f.readAll()).split('\n')) {
            if (!line.isEmpty() && line[0].isLetter())
                section = line.section(':', 0, 0);
            else if (line.startsWith("  - "))
                ++counts[section];
        }
        for (const char* key : {"elements", "links", "zones", "subsystems", "applications", "vnf_types",
                                "services", "scenarios"})
            QCOMPARE(j[key].toInt(), counts[key]);
        QCOMPARE(j["name"].toString(), QString("Smart factory"));
        QCOMPARE(j["format"].toString(), QString("iiot-workbench/1"));
        const auto layers = j["by_layer"].toObject();
        QCOMPARE(layers["device"].toInt() + layers["network"].toInt() + layers["service"].toInt(),
                 counts["elements"]);
        int kinds = 0, media = 0;
        for (const auto& v : j["by_kind"].toObject())
            kinds += v.toInt();
        for (const auto& v : j["by_medium"].toObject())
            media += v.toInt();
        QCOMPARE(kinds, counts["elements"]);
        QCOMPARE(media, counts["links"]);
        QCOMPARE(j["by_kind"].toObject()["sensor"].toInt(), 4);
        QCOMPARE(j["by_medium"].toObject()["fibre"].toInt(), 14);
        QCOMPARE(j["components"].toInt(), 1);
    }

    void convertRoundTrip() {
        QTemporaryDir dir;
        const auto a = dir.filePath("a.iiotw"), b = dir.filePath("b.yaml"), c = dir.filePath("c.iiotw"),
                   d = dir.filePath("d.yaml");
        QCOMPARE(cli({"convert", example("smart-factory.yaml"), a}).status, 0);
        QCOMPARE(cli({"convert", a, b}).status, 0);
        QCOMPARE(cli({"convert", b, c}).status, 0);
        QCOMPARE(cli({"convert", c, d}).status, 0);
        QFile fb(b), fd(d);
        QVERIFY(fb.open(QIODevice::ReadOnly) && fd.open(QIODevice::ReadOnly));
        QCOMPARE(fb.readAll(), fd.readAll());
        QCOMPARE(cli({"info", a, "--json"}).out, cli({"info", example("smart-factory.yaml"), "--json"}).out);
    }

    void generateFactory() {
        QTemporaryDir dir;
        const auto path = dir.filePath("f.yaml");
        const auto g = cli({"generate", "factory", "--elements", "500", "--seed", "3", "-o", path});
        QCOMPARE(g.status, 0);
        QCOMPARE(cli({"validate", path}).status, 0);
        const auto j = QJsonDocument::fromJson(cli({"info", path, "--json"}).out.toUtf8()).object();
        QVERIFY(std::abs(j["elements"].toInt() - 500) <= 10);
        QCOMPARE(j["components"].toInt(), 1);
        for (const char* kind : {"gateway", "switch", "edge-server", "cloud"})
            QVERIFY2(j["by_kind"].toObject()[kind].toInt() > 0, kind);
        QVERIFY(j["zones"].toInt() > 0);
        // Same seed, same file.
        const auto again = dir.filePath("g.yaml");
        QCOMPARE(cli({"generate", "factory", "--elements", "500", "--seed", "3", "-o", again}).status, 0);
        QFile f1(path), f2(again);
        QVERIFY(f1.open(QIODevice::ReadOnly) && f2.open(QIODevice::ReadOnly));
        QCOMPARE(f1.readAll(), f2.readAll());
    }

    void linksNoQt() {
        QProcess ldd;
        ldd.start("ldd", {IIOT_CLI_PATH});
        QVERIFY(ldd.waitForFinished());
        const auto libs = QString::fromUtf8(ldd.readAllStandardOutput());
        QVERIFY(libs.contains("libyaml-cpp"));
        QVERIFY2(!libs.contains("Qt", Qt::CaseInsensitive), qPrintable(libs));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
