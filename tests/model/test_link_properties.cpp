// Free-text properties on links (GraphML import keeps a file's unknown edge attributes there): YAML
// read and write, the project file (schema 2) and a schema 1 file being migrated, the project JSON,
// and GraphML export -> import.
#include "model/graphml_export.h"
#include "model/graphml_import.h"
#include "model/project_file.h"
#include "model/project_json.h"
#include "model/schema_migration.h"
#include "model/table_csv.h"
#include "model/yaml_writer.h"

#include "file_bytes.h"
#include "yaml_test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using namespace iiot;

namespace {

using Properties = std::map<std::string, std::string>;

// Values that need YAML quoting (colon, hash, leading space, quote, number-like) and XML escaping
// (&, <), and a key with a space.
const Properties kOdd = {{"LinkLabel", "10 Gbps"},
                         {"note", "a: b # c"},
                         {"owner", " O'Brien & <Sons>"},
                         {"since", "2019"},
                         {"Link Type", "STM-4"}};

model::Project project() {
    const auto r = test::readYaml(std::string(test::kHeader) + R"(elements:
  - {id: r1, kind: router, position: [0, 0]}
  - {id: r2, kind: router, position: [100, 0]}
  - {id: r3, kind: router, position: [200, 0]}
links:
  - {id: a, from: r1, to: r2, medium: ethernet, properties: {LinkLabel: "10 Gbps", since: "2019"}}
  - {id: b, from: r2, to: r3, medium: ethernet}
)");
    if (!r.ok())
        qFatal("test project does not load");
    return *r.project;
}

} // namespace

class TestLinkProperties : public QObject {
    Q_OBJECT

private slots:
    void yamlReadsThem() {
        const auto p = project();
        QCOMPARE(p.links[0].properties, (Properties{{"LinkLabel", "10 Gbps"}, {"since", "2019"}}));
        QVERIFY(p.links[1].properties.empty());
    }

    void notAMapIsAnErrorWithItsPlace() {
        const auto r = test::readYaml(std::string(test::kHeader) + R"(elements:
  - {id: r1, kind: router}
  - {id: r2, kind: router}
links:
  - {from: r1, to: r2, medium: ethernet, properties: [a, b]}
)");
        QVERIFY(!r.ok());
        QVERIFY(std::any_of(r.diagnostics.begin(), r.diagnostics.end(), [](const model::Diagnostic& d) {
            return d.location.line == 7 && d.message.find("properties") != std::string::npos;
        }));
    }

    void yamlRoundTrip() {
        auto p = project();
        p.links[1].properties = kOdd;
        const std::string text = model::writeProjectYaml(p);
        const auto again = test::readYaml(text);
        QVERIFY2(again.ok(), text.c_str());
        QCOMPARE(again.project->links[1].properties, kOdd);
        QVERIFY(*again.project == p);
        QCOMPARE(model::writeProjectYaml(*again.project), text);
    }

    void projectFileRoundTrip() {
        QTemporaryDir dir;
        auto p = project();
        p.links[1].properties = kOdd;
        const std::string path = dir.filePath("p.iiotw").toStdString();
        QCOMPARE(model::saveProjectFile(p, path), std::string());
        const auto loaded = model::openProjectFile(path);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.project->links[1].properties, kOdd);
        QVERIFY(*loaded.project == p);
    }

    // A file of schema 1 has no link_properties table: it opens (migrated in memory) to the same
    // links without properties, and the file itself is left as it was.
    void schemaOneFileOpens() {
        QCOMPARE(model::kProjectSchemaVersion, 2);
        QTemporaryDir dir;
        auto p = project();
        p.links[0].properties.clear();
        const std::string path = dir.filePath("v1.iiotw").toStdString();
        QCOMPARE(model::saveProjectFile(p, path), std::string());
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(path.c_str(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "DROP TABLE link_properties; PRAGMA user_version = 1", nullptr, nullptr,
                              nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
        const std::string before = test::readBytes(path);

        const auto loaded = model::openProjectFile(path);
        QVERIFY2(loaded.ok(), loaded.diagnostics.empty() ? "" : loaded.diagnostics[0].message.c_str());
        QVERIFY(*loaded.project == p);
        QCOMPARE(test::readBytes(path), before);
    }

    void projectJsonHasThem() {
        auto p = project();
        const auto doc = QJsonDocument::fromJson(QByteArray::fromStdString(model::writeProjectJson(p)));
        const QJsonArray links = doc.object()["links"].toArray();
        QCOMPARE(links.size(), 2);
        const QJsonObject props = links[0].toObject()["properties"].toObject();
        QCOMPARE(props.size(), 2);
        QCOMPARE(props["LinkLabel"].toString(), QString("10 Gbps"));
        QCOMPARE(props["since"].toString(), QString("2019")); // text, never a number
        QVERIFY(!links[1].toObject().contains("properties"));
    }

    void linksCsvHasThem() {
        const auto csv = model::linksCsv(project(), model::TypeLibrary::builtin());
        const auto header = csv.substr(0, csv.find('\n'));
        QVERIFY(header.size() > 11 && header.compare(header.size() - 11, 11, ",properties") == 0);
        QVERIFY2(csv.find(",LinkLabel=10 Gbps;since=2019\n") != std::string::npos, csv.c_str());
    }

    // Own export: property.* edge keys, typed string; import gives the same properties back and
    // a second export the same bytes.
    void graphmlExportImport() {
        auto p = project();
        p.links[1].properties = kOdd;
        const auto& types = model::TypeLibrary::builtin();
        const std::string first = model::writeGraphml(p, types);
        QVERIFY(first.find("<key id=\"e_property.LinkLabel\" for=\"edge\" attr.name=\"property.LinkLabel\" "
                           "attr.type=\"string\"/>") != std::string::npos);
        QVERIFY(first.find("&amp; &lt;Sons&gt;") != std::string::npos);
        const auto imported = model::importGraphml(first, "p.graphml", types);
        QVERIFY(imported.ok());
        QCOMPARE(imported.project->links[0].properties, p.links[0].properties);
        QCOMPARE(imported.project->links[1].properties, kOdd);
        QCOMPARE(model::writeGraphml(*imported.project, types), first);
    }

    // A foreign file: every edge attribute without a link field is kept under its own name; the
    // ones that are link fields (LinkSpeed*, latency) are not repeated.
    void graphmlUnknownEdgeAttributes() {
        // (No namespace URL: Qt's moc reads the "//" in it as a comment, even inside a raw string.)
        const std::string file = R"(<?xml version="1.0"?>
<graphml>
  <key id="k0" for="edge" attr.name="LinkNote" attr.type="string"/>
  <key id="k1" for="edge" attr.name="LinkSpeedRaw" attr.type="double"/>
  <key id="k2" for="edge" attr.name="Operator" attr.type="string"/>
  <key id="k3" for="edge" attr.name="latency_ms" attr.type="double"/>
  <graph edgedefault="undirected">
    <node id="a"/><node id="b"/><node id="c"/>
    <edge source="a" target="b">
      <data key="k0">leased &amp; shared</data>
      <data key="k1">100000000</data>
      <data key="k2">Acme</data>
      <data key="k3">3</data>
    </edge>
    <edge source="b" target="c"/>
  </graph>
</graphml>
)";
        const auto r = model::importGraphml(file, "zoo.graphml", model::TypeLibrary::builtin());
        QVERIFY(r.ok());
        QCOMPARE(r.project->links.size(), std::size_t{2});
        const auto& l = r.project->links[0];
        QCOMPARE(l.properties, (Properties{{"LinkNote", "leased & shared"}, {"Operator", "Acme"}}));
        QCOMPARE(*l.bandwidth_mbps, 100.0); // 1e8 bit/s
        QCOMPARE(*l.latency_ms, 3.0);
        QVERIFY(r.project->links[1].properties.empty());
        // ... and they survive YAML.
        const auto again = test::readYaml(model::writeProjectYaml(*r.project));
        QVERIFY(again.ok());
        QCOMPARE(again.project->links[0].properties, l.properties);
    }
};

QTEST_GUILESS_MAIN(TestLinkProperties)
#include "test_link_properties.moc"
