// TOSCA export checked by OpenStack's tosca-parser through ../shared/tools/tosca-validate: every
// example's template and CSAR are accepted, and templates broken on purpose are rejected, so the
// check itself can fail. Without ../shared the test reports itself skipped (exit 77).
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "export_test_support.h"
#include "file_bytes.h"
#include "model/tosca_export.h"
#include "model/type_library.h"
#include "model/yaml_document.h"

#include <cstdio>
#include <string>
#include <variant>

using namespace iiot;

namespace {

QString validator() {
    return QString(IIOT_SHARED_DIR) + "/tools/tosca-validate";
}

// The validator's verdict on text written to a file of the given name.
test::ToolRun validate(const QTemporaryDir& dir, const QString& name, const std::string& bytes) {
    const QString path = dir.filePath(name);
    test::writeBytes(path.toStdString(), bytes);
    return test::runTool(validator(), {path});
}

// The node_templates map of an exported template.
const model::YamlNode* nodeTemplates(const model::YamlDocument& doc) {
    const auto& root = doc.root();
    for (std::size_t i = 0; i < root.size(); ++i)
        if (root.key(i).scalar() == "topology_template") {
            const auto& topo = root.value(i);
            for (std::size_t j = 0; j < topo.size(); ++j)
                if (topo.key(j).scalar() == "node_templates")
                    return &topo.value(j);
        }
    return nullptr;
}

const model::YamlNode* child(const model::YamlNode& map, std::string_view key) {
    for (std::size_t i = 0; i < map.size(); ++i)
        if (map.key(i).scalar() == key)
            return &map.value(i);
    return nullptr;
}

model::Project tiny() {
    model::Project p;
    p.name = "Tiny";
    p.zones.push_back({"cell", "Cell", "ot-field"});
    const auto element = [](const char* id, const char* kind) {
        model::Element e;
        e.id = id;
        e.kind = kind;
        return e;
    };
    model::Element plc = element("plc1", "plc");
    plc.zone = "cell";
    plc.compute = model::Compute{2, 1000.0, 512.0, 4096.0};
    const model::Element sw = element("sw1", "switch"), edge = element("edge1", "edge-server"),
                         db = element("db", "database");
    p.elements = {plc, sw, edge, db};
    p.links.push_back({std::string("l1"), "plc1", "sw1", "profinet", {}, {}, {}, {}, {}, {}, {}});
    p.links.push_back({std::string("l2"), "edge1", "sw1", "ethernet", 500.0, {}, {}, {}, {}, {}, {}});
    model::Application placed, open;
    placed.id = "monitor";
    placed.hosts = std::vector<std::string>{"edge1"};
    open.id = "analytics";
    open.hosts = std::vector<std::string>{"edge1", "db"};
    p.applications = {placed, open};
    return p;
}

} // namespace

class TestToscaExport : public QObject {
    Q_OBJECT

private slots:
    void everyExampleIsValidTosca() {
        QTemporaryDir dir;
        const auto files = test::exampleFiles();
        QVERIFY(files.size() >= 3);
        for (const auto& file : files) {
            const auto project = test::loadExample(file);
            const auto text = model::writeToscaTemplate(project, model::TypeLibrary::builtin());
            const auto r = validate(dir, QFileInfo(file).completeBaseName() + ".tosca.yaml", text);
            QVERIFY2(r.status == 0, qPrintable(file + ":\n" + r.output));
            QVERIFY(r.output.contains("valid"));
        }
    }

    void everyExampleCsarIsValid() {
        QTemporaryDir dir;
        for (const auto& file : test::exampleFiles()) {
            const auto project = test::loadExample(file);
            const auto bytes = model::writeToscaCsar(project, model::TypeLibrary::builtin());
            const auto r = validate(dir, QFileInfo(file).completeBaseName() + ".csar", bytes);
            QVERIFY2(r.status == 0, qPrintable(file + ":\n" + r.output));
        }
    }

    void brokenTemplatesAreRejected() {
        QTemporaryDir dir;
        const auto good = model::writeToscaTemplate(tiny(), model::TypeLibrary::builtin());
        QCOMPARE(validate(dir, "good.yaml", good).status, 0);
        // A requirement naming a template that does not exist.
        std::string dangling = good;
        const std::string binding = "- binding: {node: \"plc1\"";
        QVERIFY(dangling.find(binding) != std::string::npos);
        dangling.replace(dangling.find(binding), binding.size(), "- binding: {node: \"nowhere\"");
        auto r = validate(dir, "dangling.yaml", dangling);
        QCOMPARE(r.status, 1);
        QVERIFY2(r.output.contains("nowhere"), qPrintable(r.output));
        // A property value breaking its constraint (bandwidth must be > 0).
        std::string negative = good;
        const std::string bandwidth = "bandwidth_mbps: 500.0";
        QVERIFY(negative.find(bandwidth) != std::string::npos);
        negative.replace(negative.find(bandwidth), bandwidth.size(), "bandwidth_mbps: -5.0");
        r = validate(dir, "negative.yaml", negative);
        QCOMPARE(r.status, 1);
        QVERIFY2(r.output.contains("bandwidth_mbps"), qPrintable(r.output));
        // An unsupported definitions version.
        std::string version = good;
        version.replace(0, version.find('\n'), "tosca_definitions_version: tosca_simple_yaml_9_9");
        QCOMPARE(validate(dir, "version.yaml", version).status, 1);
    }

    void templatesMirrorTheTopology() {
        const auto text = model::writeToscaTemplate(tiny(), model::TypeLibrary::builtin());
        auto parsed = model::parseYamlDocument(text, 64);
        QVERIFY(std::holds_alternative<model::YamlDocument>(parsed));
        const auto& doc = std::get<model::YamlDocument>(parsed);
        const auto* nodes = nodeTemplates(doc);
        QVERIFY(nodes);
        // 4 elements + per link one network and two ports + 2 applications.
        QCOMPARE(nodes->size(), std::size_t(4 + 2 * 3 + 2));
        const auto typeOf = [&](std::string_view name) {
            const auto* n = child(*nodes, name);
            return n ? std::string(child(*n, "type")->scalar()) : std::string();
        };
        QCOMPARE(typeOf("plc1"), std::string("iiot.nodes.Plc"));
        QCOMPARE(typeOf("edge1"), std::string("iiot.nodes.EdgeServer"));
        QCOMPARE(typeOf("link/l1"), std::string("iiot.nodes.network.Link"));
        QCOMPARE(typeOf("port/l2/from"), std::string("tosca.nodes.network.Port"));
        // Compute sizes in the host capability: 1000 MIPS per core = 1000 MHz at one instruction per cycle.
        const auto* plc = child(*nodes, "plc1");
        const auto* host = child(*child(*child(*plc, "capabilities"), "host"), "properties");
        QCOMPARE(std::string(child(*host, "num_cpus")->scalar()), std::string("2"));
        QCOMPARE(std::string(child(*host, "cpu_frequency")->scalar()), std::string("1000 MHz"));
        QCOMPARE(std::string(child(*host, "mem_size")->scalar()), std::string("512 MB"));
        // The link's bandwidth: profinet's default (100 Mbps) where the project gives none.
        const auto* l1 = child(*child(*nodes, "link/l1"), "properties");
        QCOMPARE(std::string(child(*l1, "bandwidth_mbps")->scalar()), std::string("100.0"));
        // One host is a placement (HostedOn), several are candidates.
        QVERIFY(text.find("- host: {node: \"edge1\", relationship: tosca.relationships.HostedOn}") !=
                std::string::npos);
        QVERIFY(
            text.find("- candidate_host: {node: \"db\", relationship: iiot.relationships.CandidateHost}") !=
            std::string::npos);
        // Base types by layer: a PLC is compute, a database software, a switch a network element.
        QVERIFY(text.find("iiot.nodes.Plc:\n    derived_from: iiot.nodes.ComputeElement") !=
                std::string::npos);
        QVERIFY(text.find("iiot.nodes.Database:\n    derived_from: iiot.nodes.ServiceElement") !=
                std::string::npos);
        QVERIFY(text.find("iiot.nodes.Switch:\n    derived_from: iiot.nodes.NetworkElement") !=
                std::string::npos);
    }

    // The latest stored allocation (by creation time, whatever its position in the list) decides
    // the hosts: its placements become HostedOn requirements instead of candidates, and the
    // template stays valid.
    void storedAllocationPlacesApplications() {
        QTemporaryDir dir;
        auto p = tiny();
        const model::StoredResult latest{
            7,
            "allocate",
            "exact",
            "{}",
            "2026-02-01T10:00:00Z",
            R"({"method": "exact", "admitted": 2, "rejected": 0, "allocations": [)"
            R"({"application": "analytics", "host": "db", "amounts": {"cpu": 1.5}, "priority": 5, "satisfaction": 1},)"
            R"({"application": "monitor", "host": "edge1", "amounts": {"cpu": 1}, "priority": 5, "satisfaction": 0}],)"
            R"( "rejections": [], "hosts": []})"};
        const model::StoredResult older{
            3,
            "allocate",
            "greedy",
            "{}",
            "2026-01-01T10:00:00Z",
            R"({"allocations": [{"application": "analytics", "host": "edge1"}]})"};
        const model::StoredResult slicing{9, "slice", "stnra", "{}", "2026-03-01T10:00:00Z", "{}"};
        p.results = {latest, older, slicing};
        const auto text = model::writeToscaTemplate(p, model::TypeLibrary::builtin());
        const auto analytics = text.substr(text.find("\"app/analytics\":"));
        const auto own = analytics.substr(0, analytics.find("\n    \"", 1)); // up to the next template
        QVERIFY2(own.find("- host: {node: \"db\", relationship: tosca.relationships.HostedOn}") !=
                     std::string::npos,
                 own.c_str());
        QVERIFY(own.find("candidate_host") == std::string::npos);
        QVERIFY(own.find("# placed by stored allocation result 7 (exact, 2026-02-01T10:00:00Z)") !=
                std::string::npos);
        const auto r = validate(dir, "placed.yaml", text);
        QVERIFY2(r.status == 0, qPrintable(r.output));

        // A placement on an element that cannot host (a switch) or an unreadable document leaves the
        // candidates as they were.
        p.results = {{7, "allocate", "exact", "{}", "2026-02-01T10:00:00Z",
                      R"({"allocations": [{"application": "analytics", "host": "sw1"}]})"}};
        const auto onSwitch = model::writeToscaTemplate(p, model::TypeLibrary::builtin());
        QVERIFY(onSwitch.find("- candidate_host: {node: \"db\"") != std::string::npos);
        QVERIFY(onSwitch.find("{node: \"sw1\", relationship: tosca.relationships.HostedOn}") ==
                std::string::npos);
        p.results = {{7, "allocate", "exact", "{}", "2026-02-01T10:00:00Z", "{\"allocations\": [{\"appl"}};
        QCOMPARE(model::writeToscaTemplate(p, model::TypeLibrary::builtin()),
                 model::writeToscaTemplate(tiny(), model::TypeLibrary::builtin()));
    }

    void emptyProjectStillExportsValidly() {
        QTemporaryDir dir;
        model::Project p;
        p.name = "Empty";
        const auto r =
            validate(dir, "empty.yaml", model::writeToscaTemplate(p, model::TypeLibrary::builtin()));
        QVERIFY2(r.status == 0, qPrintable(r.output));
    }
};

int main(int argc, char** argv) {
    if (!QFileInfo(validator()).isExecutable()) {
        std::printf("SKIP: %s not found (the shared material is absent)\n", qPrintable(validator()));
        return 77;
    }
    TestToscaExport test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_tosca_export.moc"
