// Capability ratings (MODELS.md section 2): aggregation, per-element zeroing, caps after
// aggregation, structural checks and evidence, on small designs whose numbers are worked out by hand
// in the comments (level values: 1 = 0.5, 2 = 0.8, 3 = 1.0).
#include "model/capability_catalogue.h"
#include "model/type_library.h"
#include "model/yaml_reader.h"
#include "solvers/coverage.h"

#include "coverage_test_support.h"

#include <QStringList>
#include <QtTest>

using namespace iiot;
using namespace iiot::test;

namespace {} // namespace

class TestCoverageRatings : public QObject {
    Q_OBJECT

private slots:
    // Service layer: es (edge-server), cl (cloud), db (database); no links, so no spof.
    //   scalability, each:          es 0.5, cl 1.0, db 0   -> 1.5 / 3 = 0.5
    //   resource-management, any:   es 0.5, cl 0.8, db 0   -> 0.8
    //   data-integration, each:     es 0.5, cl 0.8, db 0.5 -> 1.8 / 3 = 0.6
    //   ha-redundancy, each:        cl 0.8 only            -> 0.8 / 3
    // Empty scopes rate 0 with no evidence: edge-computing (no gateway or PC), network scopes.
    void eachVersusAnyAndEmptyScopes() {
        Design d;
        d.add("es", "edge-server");
        d.add("cl", "cloud");
        d.add("db", "database");
        const auto r = d.evaluate();
        QVERIFY(near(rating(r, "service.scalability").rating, 0.5));
        QCOMPARE(q(rating(r, "service.scalability").evidence), (QStringList{"es", "cl"}));
        QVERIFY(near(rating(r, "service.resource-management").rating, 0.8));
        QCOMPARE(q(rating(r, "service.resource-management").evidence), (QStringList{"es", "cl"}));
        QVERIFY(near(rating(r, "service.data-integration").rating, 0.6));
        QVERIFY(near(rating(r, "service.ha-redundancy").rating, 0.8 / 3));
        QCOMPARE(rating(r, "device.edge-computing").rating, 0.0);
        QVERIFY(rating(r, "device.edge-computing").evidence.empty());
        QCOMPARE(rating(r, "network.inner.connectivity").rating, 0.0);
    }

    // es - sw - {s1, a1}; s2 alone. a1 declares data-processing 3 but speaks nothing es speaks
    // (mismatch); s2 is unreachable. data-processing: s1 0.5, s2 0, a1 0 -> 0.5 / 3, evidence [s1].
    // Monitoring is not zeroed: s1 0.5, s2 0.5, a1 0 (its own map replaces the kind's) -> 1 / 3.
    void perElementZeroingOfDataProcessing() {
        Design d;
        d.add("es", "edge-server");
        d.add("sw", "switch");
        d.add("s1", "sensor");
        d.add("s2", "sensor");
        d.add("a1", "actuator");
        d.last().capabilities = std::map<std::string, int>{{"device.data-processing", 3}};
        d.link("l1", "es", "sw");
        d.link("l2", "sw", "s1");
        d.link("l3", "sw", "a1");
        const auto r = d.evaluate();
        QVERIFY(near(rating(r, "device.data-processing").rating, 0.5 / 3));
        QCOMPARE(q(rating(r, "device.data-processing").evidence), QStringList{"s1"});
        QVERIFY(near(rating(r, "device.monitoring").rating, 1.0 / 3));
        QCOMPARE(q(rating(r, "device.monitoring").evidence), (QStringList{"s1", "s2"}));
    }

    // r1 - sw - r2 - cl is a chain: spofs. networking: r1 0.8, sw declares 0, r2 0.8 -> 1.6 / 3 =
    // 0.533, then capped at 0.5 (capping each element first would give (0.5 + 0 + 0.5) / 3 = 0.333).
    // ha-redundancy: cl 0.8 -> capped at 0.5. Evidence is unchanged by a cap.
    void capsApplyAfterAggregation() {
        Design d;
        d.add("r1", "router");
        d.add("sw", "switch");
        d.last().capabilities = std::map<std::string, int>{{"network.inner.networking", 0}};
        d.add("r2", "router");
        d.add("cl", "cloud");
        d.link("l1", "r1", "sw");
        d.link("l2", "sw", "r2");
        d.link("l3", "r2", "cl");
        const auto r = d.evaluate();
        QVERIFY(near(rating(r, "network.inner.networking").rating, 0.5));
        QCOMPARE(q(rating(r, "network.inner.networking").evidence), (QStringList{"r1", "r2"}));
        QVERIFY(!rating(r, "network.inner.networking").note.empty());
        QVERIFY(near(rating(r, "service.ha-redundancy").rating, 0.5));
        QCOMPARE(q(rating(r, "service.ha-redundancy").evidence), QStringList{"cl"});
    }

    // {cl, r} joined by internet link i1; {r2, cl2, x}: r2 - cl2 fibre and r2 - x internet. The x
    // link passes the path test (its component holds a cloud and a non-cloud element), so the
    // evidence is the endpoints of i1 and i2: cl, r, r2, x (project order). No dedicated line yet.
    void interNetworkAndDedicatedLine() {
        Design d;
        d.add("cl", "cloud");
        d.add("r", "router");
        d.add("r2", "router");
        d.add("x", "router");
        d.add("cl2", "cloud");
        d.link("i1", "r", "cl", "internet");
        d.link("f1", "r2", "cl2", "fibre");
        d.link("i2", "r2", "x", "internet");
        auto r = d.evaluate();
        QCOMPARE(rating(r, "network.inter.connectivity").rating, 1.0);
        QCOMPARE(q(rating(r, "network.inter.connectivity").evidence), (QStringList{"cl", "r", "r2", "x"}));
        QCOMPARE(rating(r, "network.inter.dedicated-lines").rating, 0.0);
        QCOMPARE(withCode(r, "no-dedicated-line").size(), std::size_t(1));
        QVERIFY(withCode(r, "no-inter-network").empty());

        d.link("d1", "cl", "r", "dedicated-line");
        r = d.evaluate();
        QCOMPARE(rating(r, "network.inter.dedicated-lines").rating, 1.0);
        QCOMPARE(q(rating(r, "network.inter.dedicated-lines").evidence), (QStringList{"cl", "r"}));
        QVERIFY(withCode(r, "no-dedicated-line").empty());
    }

    // Two clouds joined over the internet: no non-cloud element, so no inter network; both
    // absence codes are raised.
    void cloudsAloneAreNoInterNetwork() {
        Design d;
        d.add("c1", "cloud");
        d.add("c2", "cloud");
        d.link("i", "c1", "c2", "internet");
        const auto r = d.evaluate();
        QCOMPARE(rating(r, "network.inter.connectivity").rating, 0.0);
        QVERIFY(rating(r, "network.inter.connectivity").evidence.empty());
        QCOMPARE(withCode(r, "no-inter-network").size(), std::size_t(1));
        QCOMPARE(withCode(r, "no-dedicated-line").size(), std::size_t(1));
    }

    // sdn, each over switches and routers: sw 1.0, ts 0.8. Without a controller: 0, no evidence.
    // With one (whose own sdn declaration is outside the scope and ignored): 1.8 / 2 = 0.9.
    void sdnNeedsController() {
        Design d;
        d.add("sw", "switch");
        d.last().capabilities = std::map<std::string, int>{{"network.sdn", 3}};
        d.add("ts", "tsn-switch");
        d.last().capabilities = std::map<std::string, int>{{"network.sdn", 2}};
        auto r = d.evaluate();
        QCOMPARE(rating(r, "network.sdn").rating, 0.0);
        QVERIFY(rating(r, "network.sdn").evidence.empty());
        QCOMPARE(withCode(r, "no-sdn-controller").size(), std::size_t(1));

        d.add("ctl", "sdn-controller");
        d.last().capabilities = std::map<std::string, int>{{"network.sdn", 3}};
        r = d.evaluate();
        QVERIFY(near(rating(r, "network.sdn").rating, 0.9));
        QCOMPARE(q(rating(r, "network.sdn").evidence), (QStringList{"sw", "ts"}));
        QVERIFY(withCode(r, "no-sdn-controller").empty());
    }

    // Storage, any over storage/database/cloud: none -> 0 with no-storage; db 0.8 and st 1.0 -> 1.0.
    void storageNeedsAStore() {
        Design d;
        d.add("es", "edge-server");
        auto r = d.evaluate();
        QCOMPARE(rating(r, "service.storage").rating, 0.0);
        QCOMPARE(withCode(r, "no-storage").size(), std::size_t(1));
        d.add("db", "database");
        d.add("st", "storage");
        d.last().capabilities = std::map<std::string, int>{{"service.storage", 3}};
        r = d.evaluate();
        QCOMPARE(rating(r, "service.storage").rating, 1.0);
        QCOMPARE(q(rating(r, "service.storage").evidence), (QStringList{"db", "st"}));
        QVERIFY(withCode(r, "no-storage").empty());
    }

    // information-sharing, any: app 1.0, capped at 0.5 without a broker; with mb (0.8) max 1.0.
    void informationSharingNeedsBroker() {
        Design d;
        d.add("app", "application-server");
        d.last().capabilities = std::map<std::string, int>{{"service.information-sharing", 3}};
        auto r = d.evaluate();
        QVERIFY(near(rating(r, "service.information-sharing").rating, 0.5));
        QCOMPARE(q(rating(r, "service.information-sharing").evidence), QStringList{"app"});
        d.add("mb", "message-broker");
        r = d.evaluate();
        QCOMPARE(rating(r, "service.information-sharing").rating, 1.0);
        QVERIFY(rating(r, "service.information-sharing").note.empty());
    }

    // multi-service, any: g 0.5, r 1.0 -> 1.0, capped at 0.5 while no path joins the OT zone and
    // the IT zone; a link g - r lifts the cap. With no IT zone at all it stays capped.
    void multiServiceNeedsOtItPath() {
        Design d;
        d.zone("f", "ot-field");
        d.zone("it", "it-enterprise");
        d.add("g", "gateway", "f");
        d.add("r", "router", "it");
        d.last().capabilities = std::map<std::string, int>{{"network.inner.multi-service", 3}};
        QVERIFY(near(rating(d.evaluate(), "network.inner.multi-service").rating, 0.5));
        d.link("l", "g", "r");
        QCOMPARE(rating(d.evaluate(), "network.inner.multi-service").rating, 1.0);
        d.p.elements[1].zone = "f";
        QVERIFY(near(rating(d.evaluate(), "network.inner.multi-service").rating, 0.5));
    }

    // Read from YAML: s1 keeps the sensor defaults (monitoring 1, data-processing 1, identification
    // 1); s2's map replaces them (control 2 only); s3's empty map declares nothing; s4 declares
    // monitoring 3 and network.sdn 3, which is outside the sdn scope (a warning) and ignored.
    //   monitoring:     0.5 + 0 + 0 + 1.0 = 1.5 / 4 = 0.375, evidence s1, s4
    //   control:        0.8 / 4 = 0.2, evidence s2
    //   identification: 0.5 / 4 = 0.125, evidence s1
    //   sdn:            empty scope -> 0
    void elementCapabilitiesReplaceKindDefaults() {
        const auto load = model::readProjectYaml(
            "format: iiot-workbench/1\nname: T\nelements:\n"
            "  - {id: s1, kind: sensor}\n"
            "  - {id: s2, kind: sensor, capabilities: {device.control: 2}}\n"
            "  - {id: s3, kind: sensor, capabilities: {}}\n"
            "  - {id: s4, kind: sensor, capabilities: {network.sdn: 3, "
            "device.monitoring: 3}}\n",
            "t.yaml", model::TypeLibrary::builtin(), model::CapabilityCatalogue::builtin());
        QVERIFY(load.ok());
        QVERIFY(load.project->elements[2].capabilities.has_value());
        const auto r = solvers::evaluateCoverage(*load.project, model::TypeLibrary::builtin(),
                                                 model::CapabilityCatalogue::builtin());
        QVERIFY(near(rating(r, "device.monitoring").rating, 0.375));
        QCOMPARE(q(rating(r, "device.monitoring").evidence), (QStringList{"s1", "s4"}));
        QVERIFY(near(rating(r, "device.control").rating, 0.2));
        QCOMPARE(q(rating(r, "device.control").evidence), QStringList{"s2"});
        QVERIFY(near(rating(r, "device.identification").rating, 0.125));
        QCOMPARE(rating(r, "network.sdn").rating, 0.0);
        QVERIFY(rating(r, "network.sdn").evidence.empty());
    }
};

QTEST_APPLESS_MAIN(TestCoverageRatings)
#include "test_coverage_ratings.moc"
