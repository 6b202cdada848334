// GraphML export read by networkx (an independent GraphML reader): the same node and edge counts,
// and every attribute with its declared type and value. Without python3-networkx the test
// reports itself skipped (exit 77).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include "export_test_support.h"
#include "file_bytes.h"
#include "model/effective_values.h"
#include "model/graphml_export.h"
#include "model/type_library.h"

#include <cstdio>

using namespace iiot;

namespace {

// Prints the graph networkx read as JSON: each attribute as [python type name, value].
const char* kReader = R"(
import json, sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
typed = lambda d: {k: [type(v).__name__, v] for k, v in d.items()}
print(json.dumps({
    "multigraph": g.is_multigraph(), "directed": g.is_directed(),
    "nodes": {n: typed(d) for n, d in g.nodes(data=True)},
    # A multigraph (parallel links) keys edges by their GraphML id; a simple graph keeps it as "id".
    "edges": [[u, v, k, typed(d)] for u, v, k, d in g.edges(keys=True, data=True)] if g.is_multigraph()
             else [[u, v, d.get("id"), typed(d)] for u, v, d in g.edges(data=True)],
    "graph": typed(g.graph)}))
)";

QJsonObject readWithNetworkx(const std::string& graphml) {
    QTemporaryDir dir;
    const QString path = dir.filePath("g.graphml");
    test::writeBytes(path.toStdString(), graphml);
    const auto r = test::runTool("python3", {"-c", kReader, path});
    if (r.status != 0)
        qWarning("%s", qPrintable(r.output));
    return QJsonDocument::fromJson(r.output.toUtf8()).object();
}

// Asserts attribute `name` has python type `type` and the given value.
void expectAttr(const QJsonObject& attrs, const char* name, const char* type, const QJsonValue& value) {
    const auto a = attrs[name].toArray();
    QVERIFY2(a.size() == 2, name);
    QVERIFY2(a[0].toString() == type, qPrintable(QString(name) + " is " + a[0].toString()));
    QVERIFY2(a[1] == value, qPrintable(QString(name) + " = " + a[1].toVariant().toString()));
}

} // namespace

class TestGraphmlNetworkx : public QObject {
    Q_OBJECT

private slots:
    void everyExampleReadsWithTheSameGraph() {
        const auto& types = model::TypeLibrary::builtin();
        for (const auto& file : test::exampleFiles()) {
            const auto project = test::loadExample(file);
            const auto g = readWithNetworkx(model::writeGraphml(project, types));
            QVERIFY2(!g.isEmpty(), qPrintable(file));
            QCOMPARE(g["directed"].toBool(), false);
            const auto nodes = g["nodes"].toObject();
            const auto edges = g["edges"].toArray();
            QCOMPARE(nodes.size(), qsizetype(project.elements.size()));
            QCOMPARE(edges.size(), qsizetype(project.links.size()));
            expectAttr(g["graph"].toObject(), "name", "str", QString::fromStdString(project.name));
            for (const auto& e : project.elements) {
                const auto attrs = nodes[QString::fromStdString(e.id)].toObject();
                QVERIFY2(!attrs.isEmpty(), e.id.c_str());
                expectAttr(attrs, "kind", "str", QString::fromStdString(e.kind));
                expectAttr(attrs, "layer", "str", QString(model::toString(types.kind(e.kind)->layer)));
                if (e.name)
                    expectAttr(attrs, "name", "str", QString::fromStdString(*e.name));
                if (e.position) {
                    expectAttr(attrs, "x", "float", e.position->x);
                    expectAttr(attrs, "y", "float", e.position->y);
                }
                if (e.zone)
                    expectAttr(attrs, "zone", "str", QString::fromStdString(*e.zone));
                if (e.compute && e.compute->cores)
                    expectAttr(attrs, "cores", "int", double(*e.compute->cores));
                if (e.capabilities)
                    for (const auto& [c, level] : *e.capabilities)
                        expectAttr(attrs, ("capability." + c).c_str(), "int", level);
                if (e.capacity)
                    for (const auto& [r, v] : *e.capacity)
                        expectAttr(attrs, ("capacity." + r).c_str(), "float", v);
                for (const auto& [k, v] : e.properties)
                    expectAttr(attrs, ("property." + k).c_str(), "str", QString::fromStdString(v));
            }
            // Edges by their GraphML id.
            QMap<QString, QJsonObject> byId;
            for (const auto& item : edges) {
                const QJsonArray a = item.toArray();
                byId[a.at(2).toString()] = a.at(3).toObject();
            }
            QCOMPARE(byId.size(), qsizetype(project.links.size())); // ids are unique
            for (const auto& l : project.links) {
                const auto attrs = byId.value(QString::fromStdString(*l.id));
                QVERIFY2(!attrs.isEmpty(), l.id->c_str());
                expectAttr(attrs, "medium", "str", QString::fromStdString(l.medium));
                expectAttr(attrs, "bandwidth_mbps", "float", model::effectiveBandwidthMbps(l, types));
                expectAttr(attrs, "latency_ms", "float", model::effectiveLatencyMs(l, types));
                expectAttr(attrs, "wireless", "bool", model::isWireless(l, types));
            }
        }
    }
};

int main(int argc, char** argv) {
    if (!test::pythonHas("networkx")) {
        std::printf("SKIP: python3 with networkx is not available (apt-get install python3-networkx)\n");
        return 77;
    }
    TestGraphmlNetworkx t;
    return QTest::qExec(&t, argc, argv);
}

#include "test_graphml_networkx.moc"
