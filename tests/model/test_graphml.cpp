// GraphML export and import: export -> import -> export is stable for every example, the
// Topology Zoo sample maps coordinates, labels and link speeds as documented, nodes without
// coordinates get the layered layout, and bad input gives errors with line and column.
#include <QtTest>

#include "export_test_support.h"
#include "file_bytes.h"
#include "model/capability_catalogue.h"
#include "model/effective_values.h"
#include "model/graphml_export.h"
#include "model/graphml_import.h"
#include "model/graphml_layout.h"
#include "model/type_library.h"
#include "model/validation.h"

#include <cmath>
#include <numbers>
#include <string>

using namespace iiot;

namespace {

const model::TypeLibrary& types() {
    return model::TypeLibrary::builtin();
}

model::GraphmlImport importText(const std::string& text, const model::KindMapping& mapping = {}) {
    return model::importGraphml(text, "in.graphml", types(), mapping);
}

std::string zooSample() {
    return test::readBytes(std::string(IIOT_TEST_DATA_DIR) + "/topology-zoo-sample.graphml");
}

const model::Diagnostic* find(const model::Diagnostics& ds, const std::string& part) {
    for (const auto& d : ds)
        if (d.message.find(part) != std::string::npos)
            return &d;
    return nullptr;
}

const model::Link* linkBetween(const model::Project& p, const std::string& a, const std::string& b,
                               const std::string& medium) {
    for (const auto& l : p.links)
        if (l.medium == medium && ((l.from == a && l.to == b) || (l.from == b && l.to == a)))
            return &l;
    return nullptr;
}

std::string graphml(const std::string& keysAndGraph) {
    return "<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n" +
           keysAndGraph + "</graphml>\n";
}

} // namespace

class TestGraphml : public QObject {
    Q_OBJECT

private slots:
    void exportImportExportIsStable() {
        for (const auto& file : test::exampleFiles()) {
            const auto project = test::loadExample(file);
            const auto first = model::writeGraphml(project, types());
            const auto imported = importText(first);
            QVERIFY2(imported.ok(), qPrintable(file));
            // Every element comes back field for field (elements without a position get one from
            // the layout); links keep ids, media and effective values.
            QCOMPARE(imported.project->elements.size(), project.elements.size());
            bool allPlaced = true;
            for (std::size_t i = 0; i < project.elements.size(); ++i) {
                auto back = imported.project->elements[i];
                QVERIFY(back.position);
                if (!project.elements[i].position) {
                    allPlaced = false;
                    back.position.reset();
                }
                QVERIFY2(back == project.elements[i],
                         qPrintable(file + ": " + QString::fromStdString(back.id)));
            }
            QCOMPARE(imported.project->links.size(), project.links.size());
            for (std::size_t i = 0; i < project.links.size(); ++i) {
                const auto& a = project.links[i];
                const auto& b = imported.project->links[i];
                QCOMPARE(b.id, a.id);
                QCOMPARE(b.medium, a.medium);
                QCOMPARE(model::effectiveBandwidthMbps(b, types()),
                         model::effectiveBandwidthMbps(a, types()));
                QCOMPARE(model::effectiveLatencyMs(b, types()), model::effectiveLatencyMs(a, types()));
            }
            QCOMPARE(imported.project->name, project.name);
            QCOMPARE(imported.project->description, project.description);
            const auto second = model::writeGraphml(*imported.project, types());
            if (allPlaced)
                QVERIFY2(second == first, qPrintable(file));
            const auto third = model::writeGraphml(*importText(second).project, types());
            QVERIFY2(third == second, qPrintable(file));
            const auto problems =
                model::validateProject(*imported.project, types(), model::CapabilityCatalogue::builtin());
            QVERIFY2(!model::hasErrors(problems), qPrintable(file));
        }
    }

    void exportDeclaresTypedKeys() {
        const auto project = test::loadExample(test::exampleFiles().front());
        const auto text = model::writeGraphml(project, types());
        QVERIFY(text.find("<key id=\"n_x\" for=\"node\" attr.name=\"x\" attr.type=\"double\"/>") !=
                std::string::npos);
        QVERIFY(text.find("<key id=\"n_kind\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>") !=
                std::string::npos);
        QVERIFY(text.find("<key id=\"e_bandwidth_mbps\" for=\"edge\" attr.name=\"bandwidth_mbps\" "
                          "attr.type=\"double\"/>") != std::string::npos);
        QVERIFY(
            text.find("<key id=\"e_wireless\" for=\"edge\" attr.name=\"wireless\" attr.type=\"boolean\"/>") !=
            std::string::npos);
    }

    void escapesMarkupInValues() {
        model::Project p;
        p.name = "A & <B>";
        model::Element e;
        e.id = "s1";
        e.kind = "switch";
        e.name = "\"quoted\" 'name'\tnew\nline";
        e.properties["note"] = "x < y & z";
        p.elements.push_back(e);
        const auto imported = importText(model::writeGraphml(p, types()));
        QVERIFY(imported.ok());
        QCOMPARE(imported.project->name, p.name);
        QCOMPARE(imported.project->elements[0].name, p.elements[0].name);
        QCOMPARE(imported.project->elements[0].properties.at("note"), std::string("x < y & z"));
    }

    void topologyZooSampleImports() {
        const auto r = importText(zooSample());
        QVERIFY(r.ok());
        const auto& p = *r.project;
        QCOMPARE(p.name, std::string("Sample Research Net"));
        QCOMPARE(p.elements.size(), std::size_t(6));
        QCOMPARE(p.links.size(),
                 std::size_t(7)); // the parallel Frankfurt-Paris link is kept on a second medium
        const auto* amsterdam = p.findElement("0");
        QVERIFY(amsterdam);
        QCOMPARE(amsterdam->kind, std::string("router")); // the default mapping
        QCOMPARE(*amsterdam->name, std::string("Amsterdam"));
        QCOMPARE(amsterdam->properties.at("Country"), std::string("Netherlands"));
        QCOMPARE(amsterdam->properties.at("Internal"), std::string("1"));
        QCOMPARE(amsterdam->properties.at("type"), std::string("PoP"));
        QCOMPARE(amsterdam->properties.at("Latitude"), std::string("52.37"));
        QVERIFY(!amsterdam->properties.count("label"));
        QCOMPARE(*p.findElement("5")->name, std::string("Peer & Partner"));

        // Link speeds: LinkSpeedRaw in bit/s, else LinkSpeed x LinkSpeedUnits; equal to the
        // medium's default (fibre 10 Gbps, ethernet 1 Gbps) means no explicit value.
        const auto* ams_fra = linkBetween(p, "0", "1", "fibre");
        QVERIFY(ams_fra && !ams_fra->bandwidth_mbps);
        QCOMPARE(model::effectiveBandwidthMbps(*ams_fra, types()), 10000.0);
        QCOMPARE(*linkBetween(p, "0", "3", "fibre")->bandwidth_mbps, 2.5 * 1000);
        QCOMPARE(*linkBetween(p, "1", "4", "fibre")->bandwidth_mbps, 622.0);
        QVERIFY(!linkBetween(p, "2", "3", "fibre")->bandwidth_mbps);
        const auto* parallel = linkBetween(p, "1", "2", "ethernet");
        QVERIFY(parallel && !parallel->bandwidth_mbps); // 1e9 bit/s = ethernet's 1000 Mbps
        QVERIFY(linkBetween(p, "1", "2", "fibre"));

        // Equirectangular projection, north up: longitudes shrink by cos(mid latitude); the wider
        // extent spans 1600 px from the 80 px margin.
        const double lonMin = -0.13, lonMax = 8.68, latMin = 47.38, latMax = 52.37;
        const double shrink = std::cos((latMin + latMax) / 2 * std::numbers::pi / 180);
        const double scale = 1600 / std::max((lonMax - lonMin) * shrink, latMax - latMin);
        QCOMPARE(amsterdam->position->x, 80 + (4.89 - lonMin) * shrink * scale);
        QCOMPARE(amsterdam->position->y, 80 + (latMax - 52.37) * scale);
        QCOMPARE(p.findElement("3")->position->x, 80.0); // London is the westernmost
        const double zurichY = 80 + (latMax - 47.38) * scale;
        QCOMPARE(p.findElement("4")->position->y, zurichY); // Zurich is the southernmost
        // The peer has no coordinates: layered layout two rows below everything placed.
        QCOMPARE(p.findElement("5")->position->x, 80.0);
        QCOMPARE(p.findElement("5")->position->y, zurichY + 2 * 120);

        // Edge attributes without a link field are kept as the link's properties, under their name;
        // the ones that became the bandwidth are not repeated there.
        QCOMPARE(ams_fra->properties, (std::map<std::string, std::string>{{"LinkLabel", "10 Gbps"}}));
        QCOMPARE(linkBetween(p, "1", "4", "fibre")->properties,
                 (std::map<std::string, std::string>{{"LinkType", "STM-4"}}));
        QVERIFY(linkBetween(p, "0", "3", "fibre")->properties.empty());
        QVERIFY(!find(r.diagnostics, "is not imported"));
        QVERIFY(!model::hasErrors(model::validateProject(p, types(), model::CapabilityCatalogue::builtin())));
    }

    void kindMappingChoosesKinds() {
        model::Diagnostics problems;
        const auto mapping = model::readKindMapping("values: {DataCentre: cloud}\ndefault: router\n",
                                                    "map.yaml", types(), problems);
        QVERIFY(mapping && problems.empty());
        const auto r = importText(zooSample(), *mapping);
        QVERIFY(r.ok());
        QCOMPARE(r.project->findElement("4")->kind, std::string("cloud"));
        QCOMPARE(r.project->findElement("1")->kind, std::string("router"));
        // cloud attaches over internet, dedicated-line and fibre: fibre is preferred.
        QVERIFY(linkBetween(*r.project, "1", "4", "fibre"));

        const auto bad =
            model::readKindMapping("values:\n  Hub: hub-switch\n", "map.yaml", types(), problems);
        QVERIFY(!bad);
        QCOMPARE(problems.size(), std::size_t(1));
        QCOMPARE(problems[0].location.line, 2);
        QCOMPARE(problems[0].location.column, 8);
        QVERIFY(problems[0].message.find("hub-switch") != std::string::npos);
        problems.clear();
        QVERIFY(!model::readKindMapping("kinds: {}\n", "map.yaml", types(), problems));
        QCOMPARE(problems[0].location.line, 1);
    }

    void missingCoordinatesGetALayeredLayout() {
        // A chain a-b-c-d-e: breadth-first rows from the best-connected element, ties to the first (b).
        std::string nodes, edges;
        const char* ids[] = {"a", "b", "c", "d", "e"};
        for (const char* id : ids)
            nodes += std::string("<node id=\"") + id + "\"/>";
        for (int i = 0; i + 1 < 5; ++i)
            edges += std::string("<edge source=\"") + ids[i] + "\" target=\"" + ids[i + 1] + "\"/>";
        const auto r = importText(graphml("<graph edgedefault=\"undirected\">" + nodes + edges + "</graph>"));
        QVERIFY(r.ok());
        const auto at = [&](const char* id) { return *r.project->findElement(id)->position; };
        QCOMPARE(at("b"), (model::Position{80, 80}));
        QCOMPARE(at("a"), (model::Position{80, 200}));
        QCOMPARE(at("c"), (model::Position{220, 200}));
        QCOMPARE(at("d"), (model::Position{80, 320}));
        QCOMPARE(at("e"), (model::Position{80, 440}));
        QCOMPARE(r.project->name, std::string("in")); // no graph name: the file's base name
    }

    void malformedXmlNamesLineAndColumn() {
        const auto r =
            importText("<?xml version=\"1.0\"?>\n<graphml>\n  <graph>\n    <node id=\"a\">\n  </graph>\n");
        QVERIFY(!r.ok() && !r.project);
        QCOMPARE(r.diagnostics.size(), std::size_t(1));
        const auto& d = r.diagnostics[0];
        QCOMPARE(d.location.line, 5);
        QCOMPARE(d.location.column, 3);
        QCOMPARE(d.format().rfind("in.graphml:5:3: error: malformed XML: </graph> does not match <node>", 0),
                 std::size_t(0));
    }

    void badGraphmlContentIsReported() {
        const std::string keys =
            "<key id=\"lat\" for=\"node\" attr.name=\"Latitude\" attr.type=\"double\"/>\n"
            "<key id=\"lon\" for=\"node\" attr.name=\"Longitude\" attr.type=\"double\"/>\n";
        auto r = importText(graphml(keys + "<graph>\n<node id=\"a\"><data key=\"lat\">north</data>"
                                           "<data key=\"lon\">1</data></node>\n</graph>\n"));
        QVERIFY(!r.ok());
        auto* d = find(r.diagnostics, "Latitude: 'north' is not a finite number");
        QVERIFY(d);
        QCOMPARE(d->location.line, 6); // after the declaration, <graphml>, two keys and <graph>
        QCOMPARE(d->location.column, 14);

        r = importText(graphml("<graph>\n<node id=\"a\"/>\n<edge source=\"a\" target=\"b\"/>\n</graph>\n"));
        d = find(r.diagnostics, "edge target 'b' is not a node of the graph");
        QVERIFY(d && d->location.line == 5 && d->location.column == 1);

        r = importText(graphml("<graph><node id=\"a\"><data key=\"nope\">1</data></node></graph>"));
        QVERIFY(find(r.diagnostics, "key 'nope', which no <key> declares"));

        r = importText(graphml("<graph><node id=\"a\"/><node id=\"a\"/></graph>"));
        QVERIFY(find(r.diagnostics, "node id 'a' is used twice"));

        r = importText("<?xml version=\"1.0\"?><svg/>");
        QVERIFY(find(r.diagnostics, "not <graphml>"));

        r = importText(graphml(""));
        QVERIFY(find(r.diagnostics, "no <graph>"));
    }

    void oddNodeIdsBecomeValidElementIds() {
        const auto r = importText(graphml("<graph><node id=\"n 1/x\"/><node id=\"n-1-x\"/>"
                                          "<edge source=\"n 1/x\" target=\"n-1-x\"/></graph>"));
        QVERIFY(r.ok());
        QCOMPARE(r.project->elements[0].id, std::string("n-1-x"));
        QCOMPARE(r.project->elements[0].properties.at("graphml_id"), std::string("n 1/x"));
        QCOMPARE(r.project->elements[1].id, std::string("n-1-x-2")); // the clean id was taken first
        QCOMPARE(r.project->links[0].from, std::string("n-1-x"));
        QCOMPARE(r.project->links[0].to, std::string("n-1-x-2"));
    }
};

QTEST_APPLESS_MAIN(TestGraphml)
#include "test_graphml.moc"
