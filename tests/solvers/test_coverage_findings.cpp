// Coverage findings (MODELS.md section 2): one test per finding code on small designs built in
// code, with the expected elements worked out by hand in the comments.
#include "model/capability_catalogue.h"
#include "model/type_library.h"
#include "solvers/coverage.h"

#include "coverage_test_support.h"

#include <QStringList>
#include <QtTest>

using namespace iiot;
using namespace iiot::test;

namespace {} // namespace

class TestCoverageFindings : public QObject {
    Q_OBJECT

private slots:
    // s1 - gw - ts - es reaches the edge server; s2 stands alone. Only s2 is unreachable, and the
    // TSN switch's connectivity 0.8 (level 2) is capped at 0.5 because of it.
    void unreachableDeviceAndConnectivityCap() {
        Design d;
        d.add("s1", "sensor");
        d.add("s2", "sensor");
        d.add("gw", "gateway");
        d.add("ts", "tsn-switch");
        d.add("es", "edge-server");
        d.link("l1", "s1", "gw");
        d.link("l2", "gw", "ts");
        d.link("l3", "ts", "es");
        const auto r = d.evaluate();
        const auto u = withCode(r, "unreachable");
        QCOMPARE(u.size(), std::size_t(1));
        QCOMPARE(q(u[0].elements), QStringList{"s2"});
        QCOMPARE(u[0].severity, model::Severity::Error);
        QVERIFY(u[0].message.find("'s2'") != std::string::npos);
        QVERIFY(near(rating(r, "network.inner.connectivity").rating, 0.5));
        QCOMPARE(q(rating(r, "network.inner.connectivity").evidence),
                 QStringList{"ts"}); // a cap keeps evidence
    }

    // Without any service element every device element is unreachable (the switch is not a device).
    void everyDeviceUnreachableWithoutService() {
        Design d;
        d.add("s1", "sensor");
        d.add("gw", "gateway");
        d.add("sw", "switch");
        d.link("l1", "s1", "gw");
        d.link("l2", "gw", "sw");
        const auto u = withCode(d.evaluate(), "unreachable");
        QCOMPARE(u.size(), std::size_t(2));
        QCOMPARE(q(u[0].elements), QStringList{"s1"});
        QCOMPARE(q(u[1].elements), QStringList{"gw"});
    }

    // es speaks mqtt/opc-ua/http/amqp/coap/dds. a (modbus, profinet, ethercat) reaches it but shares
    // nothing: mismatch. s (mqtt, coap, modbus) is understood. x declares no protocol: skipped.
    // g1 speaks only profinet and is alone with a2: a2 is understood by g1, but g1's own protocols
    // do not count for g1: mismatch. s3 reaches nothing: mismatch. g2 and g3 understand each other.
    void protocolMismatch() {
        Design d;
        d.add("es", "edge-server");
        d.add("sw", "switch");
        d.add("a", "actuator");
        d.add("s", "sensor");
        d.add("x", "sensor");
        d.last().protocols = std::vector<std::string>{};
        d.add("g1", "gateway");
        d.last().protocols = std::vector<std::string>{"profinet"};
        d.add("a2", "actuator");
        d.add("s3", "sensor");
        d.add("g2", "gateway");
        d.last().protocols = std::vector<std::string>{"lwm2m"};
        d.add("g3", "gateway");
        d.last().protocols = std::vector<std::string>{"lwm2m"};
        d.link("l1", "es", "sw");
        d.link("l2", "sw", "a");
        d.link("l3", "sw", "s");
        d.link("l4", "sw", "x");
        d.link("l5", "g1", "a2");
        d.link("l6", "g2", "g3");
        const auto m = withCode(d.evaluate(), "protocol-mismatch");
        QStringList got;
        for (const auto& f : m) {
            QCOMPARE(f.severity, model::Severity::Warning);
            got << q(f.elements);
        }
        QCOMPARE(got, (QStringList{"a", "g1", "s3"}));
    }

    // r1 - sw - es: sw is an articulation point, both links are bridges. A gateway joining r1 and es
    // is device-layer, so it does not close the cycle in the network + service subgraph.
    void articulationPointsAndBridges() {
        Design d;
        d.add("r1", "router");
        d.add("sw", "switch");
        d.add("es", "edge-server");
        d.add("gw", "gateway");
        d.link("L1", "r1", "sw");
        d.link("L2", "sw", "es");
        d.link("L3", "gw", "r1");
        d.link("L4", "gw", "es");
        const auto s = withCode(d.evaluate(), "spof");
        QCOMPARE(s.size(), std::size_t(3));
        QCOMPARE(q(s[0].elements), QStringList{"sw"}); // articulation points first, then bridges
        QVERIFY(s[0].links.empty());
        QCOMPARE(q(s[1].links), QStringList{"L1"});
        QCOMPARE(q(s[1].elements), (QStringList{"r1", "sw"}));
        QCOMPARE(q(s[2].links), QStringList{"L2"});
        QCOMPARE(q(s[2].elements), (QStringList{"sw", "es"}));
        QCOMPARE(s[0].severity, model::Severity::Warning);
    }

    // A second, parallel link sw-es makes L2 no bridge; L1 and the articulation point sw remain.
    void parallelLinksMakeNoBridge() {
        Design d;
        d.add("r1", "router");
        d.add("sw", "switch");
        d.add("es", "edge-server");
        d.link("L1", "r1", "sw");
        d.link("L2", "sw", "es");
        d.link("L3", "es", "sw", "fibre");
        const auto s = withCode(d.evaluate(), "spof");
        QCOMPARE(s.size(), std::size_t(2));
        QCOMPARE(q(s[0].elements), QStringList{"sw"});
        QCOMPARE(q(s[1].links), QStringList{"L1"});
    }

    // A triangle has no single point of failure: networking keeps its aggregated value
    // (switch level 1 = 0.5, router level 2 = 0.8, es not in scope: (0.5 + 0.8) / 2 = 0.65).
    void triangleHasNoSpof() {
        Design d;
        d.add("sw", "switch");
        d.add("r", "router");
        d.add("es", "edge-server");
        d.link("a", "sw", "r");
        d.link("b", "r", "es");
        d.link("c", "es", "sw");
        const auto r = d.evaluate();
        QVERIFY(withCode(r, "spof").empty());
        QVERIFY(near(rating(r, "network.inner.networking").rating, 0.65));
        QVERIFY(rating(r, "network.inner.networking").note.empty());
    }

    // Exposers: cl (kind cloud), r (wan), app and swi (IT zone), fww (a firewall in the wan zone),
    // cl2 (kind cloud but in an OT zone, alone). OT: sw, plc (behind fw), fwf, hmi, dd, cam, sw2,
    // plc2, cl2.
    //   cl, r: reach fw, which blocks; no OT element -> no finding.
    //   app, swi: reach fwf and dd (OT blockers at the end of the path) but not hmi or cam behind them.
    //   fww: a firewall at the start does not block: reaches sw2 and plc2.
    //   cl2: never exposed to itself.
    void otExposed() {
        Design d;
        d.zone("f", "ot-field");
        d.zone("w", "ot-workshop");
        d.zone("it", "it-enterprise");
        d.zone("dz", "dmz");
        d.zone("wan", "inter-network");
        d.add("cl", "cloud");
        d.add("r", "router", "wan");
        d.add("fw", "firewall", "dz");
        d.add("sw", "switch", "w");
        d.add("plc", "plc", "f");
        d.add("app", "application-server", "it");
        d.add("swi", "switch", "it");
        d.add("fwf", "firewall", "f");
        d.add("hmi", "hmi", "f");
        d.add("dd", "data-diode", "w");
        d.add("cam", "camera", "f");
        d.add("cl2", "cloud", "f");
        d.add("fww", "firewall", "wan");
        d.add("sw2", "switch", "w");
        d.add("plc2", "plc", "f");
        d.link("l1", "cl", "r", "internet");
        d.link("l2", "r", "fw");
        d.link("l3", "fw", "sw");
        d.link("l4", "sw", "plc");
        d.link("l5", "app", "swi");
        d.link("l6", "swi", "fwf");
        d.link("l7", "fwf", "hmi");
        d.link("l8", "swi", "dd");
        d.link("l9", "dd", "cam");
        d.link("l10", "fww", "sw2");
        d.link("l11", "sw2", "plc2");
        const auto x = withCode(d.evaluate(), "ot-exposed");
        QCOMPARE(x.size(), std::size_t(3));
        QCOMPARE(q(x[0].elements), (QStringList{"app", "fwf", "dd"}));
        QCOMPARE(q(x[1].elements), (QStringList{"swi", "fwf", "dd"}));
        QCOMPARE(q(x[2].elements), (QStringList{"fww", "sw2", "plc2"}));
        QCOMPARE(x[0].severity, model::Severity::Error);
    }

    // A diode in the IT zone exposes the PLC it touches. trust.security: dd level 3 = 1.0, p declares
    // level 3 = 1.0: mean 1.0, capped at 0.5 after aggregation; the evidence stays [dd, p].
    void exposureCapsSecurity() {
        Design d;
        d.zone("it", "it-enterprise");
        d.zone("f", "ot-field");
        d.add("dd", "data-diode", "it");
        d.add("p", "plc", "f");
        d.last().capabilities = std::map<std::string, int>{{"trust.security", 3}};
        d.link("l", "dd", "p");
        const auto r = d.evaluate();
        QCOMPARE(withCode(r, "ot-exposed").size(), std::size_t(1));
        QVERIFY(near(rating(r, "trust.security").rating, 0.5));
        QCOMPARE(q(rating(r, "trust.security").evidence), (QStringList{"dd", "p"}));
    }

    // A lone sensor: unreachable and reaching no gateway or service element (mismatch), then every
    // absence code once, in the fixed code order, listing no elements.
    void absenceCodesAndOrder() {
        Design d;
        d.add("s", "sensor");
        const auto r = d.evaluate();
        QCOMPARE(codes(r),
                 (QStringList{"unreachable", "protocol-mismatch", "no-inter-network", "no-dedicated-line",
                              "no-sdn-controller", "no-storage", "no-id-resolver"}));
        for (std::size_t i = 2; i < r.findings.size(); ++i) {
            QCOMPARE(r.findings[i].severity, model::Severity::Info);
            QVERIFY(r.findings[i].elements.empty());
        }
    }

    // With a resolver: idr "A", s1 "B", s2 "b" (case-sensitive: unique), s3 "B", s4 "" (missing),
    // s5 none. Unique: idr, s2 -> 2 / 6. id-missing per element, id-duplicate per identifier.
    void identification() {
        Design d;
        d.add("idr", "id-resolver");
        d.last().identifier = "A";
        d.add("s1", "sensor");
        d.last().identifier = "B";
        d.add("s2", "sensor");
        d.last().identifier = "b";
        d.add("s3", "sensor");
        d.last().identifier = "B";
        d.add("s4", "sensor");
        d.last().identifier = "";
        d.add("s5", "sensor");
        const auto r = d.evaluate();
        const auto missing = withCode(r, "id-missing");
        QCOMPARE(missing.size(), std::size_t(2));
        QCOMPARE(q(missing[0].elements), QStringList{"s4"});
        QCOMPARE(q(missing[1].elements), QStringList{"s5"});
        const auto dup = withCode(r, "id-duplicate");
        QCOMPARE(dup.size(), std::size_t(1));
        QCOMPARE(q(dup[0].elements), (QStringList{"s1", "s3"}));
        QCOMPARE(dup[0].severity, model::Severity::Warning);
        QVERIFY(withCode(r, "no-id-resolver").empty());
        QVERIFY(near(rating(r, "trust.identification").rating, 2.0 / 6.0));
        QCOMPARE(q(rating(r, "trust.identification").evidence), (QStringList{"idr", "s2"}));
        // id-missing comes before id-duplicate in the fixed code order.
        QVERIFY(codes(r).indexOf("id-missing") < codes(r).indexOf("id-duplicate"));
    }

    // Without a resolver the same identifiers raise neither id-missing nor id-duplicate, and the
    // rating is 0 with no evidence.
    void identificationNeedsResolver() {
        Design d;
        d.add("st", "storage");
        d.last().identifier = "A";
        d.add("s1", "sensor");
        d.last().identifier = "A";
        d.add("s2", "sensor");
        const auto r = d.evaluate();
        QCOMPARE(withCode(r, "no-id-resolver").size(), std::size_t(1));
        QVERIFY(withCode(r, "id-missing").empty());
        QVERIFY(withCode(r, "id-duplicate").empty());
        QCOMPARE(rating(r, "trust.identification").rating, 0.0);
        QVERIFY(rating(r, "trust.identification").evidence.empty());
    }
};

QTEST_APPLESS_MAIN(TestCoverageFindings)
#include "test_coverage_findings.moc"
