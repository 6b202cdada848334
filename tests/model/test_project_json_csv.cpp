// JSON of the whole project and CSV tables: a JSON parser reads the export with every example's
// counts and values; stored results are embedded as JSON (or as text when damaged); CSV quoting
// follows RFC 4180; the CRC-32 and ZIP writer give archives Python's zipfile accepts.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include "export_test_support.h"
#include "file_bytes.h"
#include "model/effective_values.h"
#include "model/json_syntax.h"
#include "model/project_json.h"
#include "model/table_csv.h"
#include "model/type_library.h"
#include "model/zip_writer.h"

using namespace iiot;

namespace {

QJsonObject parse(const std::string& text) {
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(QByteArray::fromStdString(text), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("%s at %d", qPrintable(error.errorString()), error.offset);
    return doc.object();
}

int lines(const std::string& text) {
    return static_cast<int>(std::count(text.begin(), text.end(), '\n'));
}

} // namespace

class TestProjectJsonCsv : public QObject {
    Q_OBJECT

private slots:
    void projectJsonOfEveryExample() {
        for (const auto& file : test::exampleFiles()) {
            const auto p = test::loadExample(file);
            const auto doc = parse(model::writeProjectJson(p));
            QVERIFY2(!doc.isEmpty(), qPrintable(file));
            QCOMPARE(doc["format"].toString(), QString("iiot-workbench/1"));
            QCOMPARE(doc["name"].toString(), QString::fromStdString(p.name));
            QCOMPARE(doc["elements"].toArray().size(), qsizetype(p.elements.size()));
            QCOMPARE(doc["links"].toArray().size(), qsizetype(p.links.size()));
            QCOMPARE(doc["zones"].toArray().size(), qsizetype(p.zones.size()));
            QCOMPARE(doc["applications"].toArray().size(), qsizetype(p.applications.size()));
            QCOMPARE(doc["services"].toArray().size(), qsizetype(p.services.size()));
            QCOMPARE(doc["scenarios"].toArray().size(), qsizetype(p.scenarios.size()));
            QCOMPARE(doc["results"].toArray().size(), 0);
            for (qsizetype i = 0; i < doc["elements"].toArray().size(); ++i) {
                const auto e = doc["elements"].toArray()[i].toObject();
                const auto& want = p.elements[std::size_t(i)];
                QCOMPARE(e["id"].toString(), QString::fromStdString(want.id));
                QCOMPARE(e["kind"].toString(), QString::fromStdString(want.kind));
                if (want.position) {
                    QCOMPARE(e["position"].toArray()[0].toDouble(), want.position->x);
                    QCOMPARE(e["position"].toArray()[1].toDouble(), want.position->y);
                }
            }
        }
    }

    void storedResultsAreEmbedded() {
        model::Project p;
        p.name = "R";
        p.results.push_back(
            {7, "coverage", "default", "{\"seed\": 3}", "2026-01-01T00:00:00Z", "{\"layers\": [1, 2]}"});
        p.results.push_back({8, "slice", "stnra", "", "2026-01-02T00:00:00Z", "{broken"});
        const auto doc = parse(model::writeProjectJson(p));
        const auto results = doc["results"].toArray();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results[0].toObject()["id"].toInt(), 7);
        QCOMPARE(results[0].toObject()["parameters"].toObject()["seed"].toInt(), 3);
        QCOMPARE(results[0].toObject()["result"].toObject()["layers"].toArray().size(), 2);
        QCOMPARE(results[1].toObject()["result"].toString(), QString("{broken")); // damaged: kept as text
        QVERIFY(results[1].toObject()["parameters"].toObject().isEmpty());
    }

    void jsonSyntaxCheck() {
        for (const char* good : {"{}", "[]", "0", "-0.5e+3", "\"a\\u00e9\\n\"",
                                 "{\"a\": [true, false, null]}", " [1, {\"b\": {}}] "})
            QVERIFY2(model::isJsonDocument(good), good);
        for (const char* bad : {"", "{", "[1,]", "{\"a\" 1}", "01", "1.", "\"\\x\"", "[1] 2", "{a: 1}", "tru",
                                "\"unterminated", "[\"\x01\"]", "{\"a\":1,}"})
            QVERIFY2(!model::isJsonDocument(bad), bad);
        QVERIFY(!model::isJsonDocument(std::string(300, '[') + std::string(300, ']')));
        QVERIFY(model::isJsonDocument(std::string(200, '[') + std::string(200, ']')));
    }

    void csvTables() {
        QCOMPARE(model::csvField("plain"), std::string("plain"));
        QCOMPARE(model::csvField("a,b"), std::string("\"a,b\""));
        QCOMPARE(model::csvField("say \"hi\""), std::string("\"say \"\"hi\"\"\""));
        QCOMPARE(model::csvRow({"a", "b\nc", ""}), std::string("a,\"b\nc\",\n"));
        const auto& types = model::TypeLibrary::builtin();
        for (const auto& file : test::exampleFiles()) {
            const auto p = test::loadExample(file);
            const auto elements = model::elementsCsv(p, types);
            const auto links = model::linksCsv(p, types);
            QCOMPARE(
                elements.substr(0, elements.find('\n')),
                std::string("id,kind,layer,name,zone,subsystem,x,y,identifier,interfaces,protocols,cores,"
                            "mips_per_core,ram_mb,storage_mb,vnf_cores,power_idle_w,power_max_w,properties"));
            // One row per element and link, plus the header, when no value holds a line break.
            QCOMPARE(lines(elements), int(p.elements.size()) + 1);
            QCOMPARE(lines(links), int(p.links.size()) + 1);
            if (!p.links.empty()) {
                const auto& l = p.links.front();
                const auto second = links.substr(links.find('\n') + 1);
                const auto row = second.substr(0, second.find('\n'));
                QVERIFY2(row.find("," + l.medium + ",") != std::string::npos, row.c_str());
                char bw[64];
                std::snprintf(bw, sizeof bw, ",%g,", model::effectiveBandwidthMbps(l, types));
                QVERIFY2(row.find(bw) != std::string::npos, row.c_str());
            }
        }
    }

    void crc32AndZipArchive() {
        QCOMPARE(model::crc32("123456789"), 0xCBF43926u); // the standard check value
        QCOMPARE(model::crc32(""), 0u);
        model::ZipWriter zip;
        zip.add("a/one.txt", "first\n");
        zip.add("two.bin", std::string("\0\xff\x10", 3));
        const auto bytes = zip.finish();
        QCOMPARE(bytes.substr(0, 4), std::string("PK\x03\x04"));
        QTemporaryDir dir;
        const QString path = dir.filePath("t.zip");
        test::writeBytes(path.toStdString(), bytes);
        const auto r = test::runTool(
            "python3", {"-c",
                        "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; "
                        "print(z.namelist(), z.read('a/one.txt'), z.read('two.bin'))",
                        path});
        QCOMPARE(r.status, 0);
        QCOMPARE(r.output.trimmed(), QString("['a/one.txt', 'two.bin'] b'first\\n' b'\\x00\\xff\\x10'"));
    }
};

QTEST_APPLESS_MAIN(TestProjectJsonCsv)
#include "test_project_json_csv.moc"
