// Coverage scoring and the JSON document (MODELS.md section 2, FORMAT.md section 5): weighted cell
// means, levels reached, fractional scores, gaps and their order, worked out by hand in comments.
#include "model/capability_catalogue.h"
#include "model/type_library.h"
#include "solvers/coverage.h"

#include "coverage_test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QtTest>

using namespace iiot;
using namespace iiot::test;

namespace {

const solvers::CoverageCell& cell(const solvers::CoverageResult& r, model::FrameworkLayer layer,
                                  model::FrameworkLevel level) {
    for (const auto& c : r.cells)
        if (c.layer == layer && c.level == level)
            return c;
    throw std::runtime_error("no cell");
}

QStringList gapIds(const solvers::CoverageResult& r) {
    QStringList out;
    for (const auto& g : r.gaps)
        out << QString::fromStdString(g.capability);
    return out;
}

// n elements all declaring trust.security 3 (1.0); the first is the id-resolver; the first
// `unique` elements get distinct identifiers, the rest none.
Design trustDesign(int n, int unique) {
    Design d;
    for (int i = 0; i < n; ++i) {
        d.add("e" + std::to_string(i), i == 0 ? "id-resolver" : "storage");
        d.last().capabilities = std::map<std::string, int>{{"trust.security", 3}};
        if (i < unique)
            d.last().identifier = "id-" + std::to_string(i);
    }
    return d;
}

} // namespace

using model::FrameworkLayer;
using model::FrameworkLevel;

class TestCoverageScoring : public QObject {
    Q_OBJECT

private slots:
    // Network integration cell: connectivity 1.0, exchange 1.0, networking 1.0 (sw declares 3 each;
    // the two parallel links sw - cl make no spof) and inter.connectivity 0 (no internet link).
    // Unweighted: 3 / 4 = 0.75. Weight 3 on the structural capability: 3 / (1 + 1 + 1 + 3) = 0.5.
    void weightedCellMeanIncludesStructural() {
        Design d;
        d.add("sw", "switch");
        d.last().capabilities = std::map<std::string, int>{{"network.inner.connectivity", 3},
                                                           {"network.inner.exchange", 3},
                                                           {"network.inner.networking", 3}};
        d.add("cl", "cloud");
        d.link("a", "sw", "cl", "fibre");
        d.link("b", "sw", "cl", "ethernet");
        auto r = d.evaluate();
        QVERIFY(near(*cell(r, FrameworkLayer::Network, FrameworkLevel::Integration).score, 0.75));
        d.p.capability_weights = std::map<std::string, long long>{{"network.inter.connectivity", 3}};
        r = d.evaluate();
        QVERIFY(near(*cell(r, FrameworkLayer::Network, FrameworkLevel::Integration).score, 0.5));
        QCOMPARE(r.layers[1].reached, std::nullopt);
        QVERIFY(near(r.layers[1].score, 0.5));
    }

    // s declares the five device.* capabilities at 3 and reaches es, which speaks its mqtt. The
    // edge-computing scope is empty and rates 0 but counts: 5 / 6 = 0.833 >= 0.8. The device layer
    // has no interconnection or information-fusion capabilities, so it reaches information-fusion
    // (score 3). With weight 2 on edge-computing: 5 / 7 = 0.714 -> none, score 0 + 0.714.
    void levelsWithoutCapabilitiesPass() {
        Design d;
        d.add("s", "sensor");
        d.last().capabilities = std::map<std::string, int>{{"device.access-management", 3},
                                                           {"device.data-processing", 3},
                                                           {"device.monitoring", 3},
                                                           {"device.control", 3},
                                                           {"device.identification", 3}};
        d.add("es", "edge-server");
        d.link("l", "s", "es");
        auto r = d.evaluate();
        QVERIFY(near(*cell(r, FrameworkLayer::Device, FrameworkLevel::Integration).score, 5.0 / 6));
        QVERIFY(!cell(r, FrameworkLayer::Device, FrameworkLevel::Interconnection).score);
        QVERIFY(cell(r, FrameworkLayer::Device, FrameworkLevel::InformationFusion).capabilities.empty());
        QCOMPARE(r.layers[0].reached, std::optional(FrameworkLevel::InformationFusion));
        QCOMPARE(r.layers[0].score, 3.0);

        d.p.capability_weights = std::map<std::string, long long>{{"device.edge-computing", 2}};
        r = d.evaluate();
        QCOMPARE(r.layers[0].reached, std::nullopt);
        QVERIFY(near(r.layers[0].score, 5.0 / 7));
    }

    // Eight elements with security 1.0 (integration passes), five of them with unique identifiers
    // and a resolver: identification 5 / 8 = 0.625 fails interconnection. Trust: reached
    // integration, score 1 + 0.625 = 1.625.
    void fractionalScore() {
        const auto r = trustDesign(8, 5).evaluate();
        QCOMPARE(r.layers[3].reached, std::optional(FrameworkLevel::Integration));
        QVERIFY(near(r.layers[3].score, 1.625));
        QCOMPARE(r.layers[3].target, FrameworkLevel::InformationFusion); // the default target
    }

    // A lone sensor declaring nothing, every target at integration: the gaps are the fifteen
    // integration capabilities (all rated 0). Weights 3 on device.monitoring and 2 on trust.security
    // put them first (priority 3 and 2); the thirteen at priority 1 follow by id in byte order.
    void gapsFollowTargetsWeightsAndIds() {
        Design d;
        d.add("s", "sensor");
        d.last().capabilities = std::map<std::string, int>{};
        const auto integration = FrameworkLevel::Integration;
        d.p.targets = model::LayerTargets{integration, integration, integration, integration};
        d.p.capability_weights =
            std::map<std::string, long long>{{"device.monitoring", 3}, {"trust.security", 2}};
        const auto r = d.evaluate();
        QCOMPARE(gapIds(r), (QStringList{"device.monitoring", "trust.security", "device.access-management",
                                         "device.control", "device.data-processing", "device.edge-computing",
                                         "device.identification", "network.inner.connectivity",
                                         "network.inner.exchange", "network.inner.networking",
                                         "network.inter.connectivity", "service.data-integration",
                                         "service.ha-redundancy", "service.scalability", "service.storage"}));
        QCOMPARE(r.gaps[0].priority, 3.0);
        QCOMPARE(r.gaps[1].priority, 2.0);
        QCOMPARE(r.gaps[2].rating, 0.0);
        QCOMPARE(r.layers[0].target, integration);
    }

    // Nine elements: security 0.5 on the first four and 0.8 on the other five, in that order, so
    // the mean is 5.2 / 9 and its priority 1 - 5.2 / 9 = 0.3333333333333335; identification 6 / 9
    // gives 1 - 6 / 9 = 0.33333333333333337. The priorities differ by less than 1e-9: they are equal,
    // so trust.identification (smaller id) comes first although its exact value is smaller.
    void nearEqualPrioritiesOrderById() {
        auto d = trustDesign(9, 6);
        for (int i = 0; i < 9; ++i)
            d.p.elements[static_cast<std::size_t>(i)].capabilities =
                std::map<std::string, int>{{"trust.security", i < 4 ? 1 : 2}};
        const auto r = d.evaluate();
        const auto ids = gapIds(r);
        const auto id = ids.indexOf("trust.identification"), sec = ids.indexOf("trust.security");
        QVERIFY(id >= 0 && sec >= 0);
        QVERIFY(r.gaps[static_cast<std::size_t>(sec)].priority >
                r.gaps[static_cast<std::size_t>(id)].priority);
        QVERIFY(near(r.gaps[static_cast<std::size_t>(sec)].priority,
                     r.gaps[static_cast<std::size_t>(id)].priority));
        QCOMPARE(sec, id + 1);
    }

    // The document of FORMAT.md section 5 for the fractional-score design.
    void jsonDocument() {
        const auto d = trustDesign(8, 5);
        const auto text = solvers::coverageJson(d.evaluate());
        QCOMPARE(text, solvers::coverageJson(d.evaluate())); // deterministic
        QJsonParseError error;
        const auto doc = QJsonDocument::fromJson(QByteArray::fromStdString(text), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const auto layers = doc["layers"].toObject();
        QCOMPARE(layers.keys(), (QStringList{"device", "network", "service", "trust"}));
        QCOMPARE(layers["trust"].toObject()["reached"].toString(), QString("integration"));
        QCOMPARE(layers["trust"].toObject()["score"].toDouble(), 1.625);
        QCOMPARE(layers["trust"].toObject()["target"].toString(), QString("information-fusion"));
        QCOMPARE(layers["device"].toObject()["reached"].toString(), QString("none"));
        const auto cells = doc["cells"].toArray();
        QCOMPARE(cells.size(), 12);
        const auto na = cells[1].toObject(); // device x interconnection
        QCOMPARE(na["layer"].toString(), QString("device"));
        QCOMPARE(na["level"].toString(), QString("interconnection"));
        QVERIFY(na["score"].isNull());
        QVERIFY(na["capabilities"].toArray().isEmpty());
        const auto trustIds = cells[10].toObject()["capabilities"].toArray()[0].toObject();
        QCOMPARE(trustIds["id"].toString(), QString("trust.identification"));
        QCOMPARE(trustIds["rating"].toDouble(), 0.625);
        QCOMPARE(trustIds["evidence"].toArray().size(), 5);
        const auto finding = doc["findings"].toArray()[0].toObject();
        for (const char* key : {"code", "severity", "elements", "links", "message"})
            QVERIFY2(finding.contains(key), key);
        const auto gap = doc["gaps"].toArray()[0].toObject();
        for (const char* key : {"capability", "rating", "priority"})
            QVERIFY2(gap.contains(key), key);
    }
};

QTEST_APPLESS_MAIN(TestCoverageScoring)
#include "test_coverage_scoring.moc"
