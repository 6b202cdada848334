// Capability-framework coverage (MODELS.md section 2) of the two coverage examples, checked against
// numbers worked out by hand from the YAML files. Level values: 0 -> 0, 1 -> 0.5, 2 -> 0.8, 3 -> 1.0.
//
// examples/capability-reference.yaml: 40 elements (17 device, 14 network, 9 service), every element
// with an explicit capability map and a unique identifier; two cores, two firewalls, a data diode,
// a resolver, a broker, storage and a database; cloud over the internet and a dedicated line.
// Expected: information fusion (score 3) in every layer, no error or warning finding.
//
// examples/capability-weak.yaml: the same factory (same capability maps) without core-2, idr and
// broker (37 elements: 17 device, 13 network, 7 service), a fibre gw-b -> cloud-1 past the
// firewalls, s-b2 speaking only lwm2m (gateways without lwm2m), the cloud over two internet links.
#include "model/capability_catalogue.h"
#include "model/project_io.h"
#include "model/type_library.h"
#include "solvers/coverage.h"

#include "coverage_test_support.h"

#include <QDir>
#include <QtTest>
#include <algorithm>
#include <cmath>
#include <set>
#include <string>
#include <vector>

using namespace iiot;
using namespace iiot::test;
using model::FrameworkLayer;
using model::FrameworkLevel;
using model::Severity;

namespace {

constexpr double kTol = 1e-9;

solvers::CoverageResult evaluateExample(const char* file) {
    const auto path = QDir(IIOT_EXAMPLES_DIR).filePath(file).toStdString();
    const auto loaded = model::loadProject(path);
    for (const auto& d : loaded.diagnostics)
        qWarning("%s", d.format().c_str());
    if (!loaded.ok())
        qFatal("%s does not load", path.c_str());
    return solvers::evaluateCoverage(*loaded.project, model::TypeLibrary::builtin(),
                                     model::CapabilityCatalogue::builtin());
}

const solvers::CoverageCell* findCell(const solvers::CoverageResult& r, FrameworkLayer layer,
                                      FrameworkLevel level) {
    for (const auto& c : r.cells)
        if (c.layer == layer && c.level == level)
            return &c;
    return nullptr;
}

const solvers::CapabilityRating* findRating(const solvers::CoverageResult& r, const std::string& id) {
    for (const auto& c : r.cells)
        for (const auto& cap : c.capabilities)
            if (cap.id == id)
                return &cap;
    return nullptr;
}

const solvers::LayerCoverage* findLayer(const solvers::CoverageResult& r, FrameworkLayer layer) {
    for (const auto& l : r.layers)
        if (l.layer == layer)
            return &l;
    return nullptr;
}

std::vector<const solvers::CoverageFinding*> findingsWithCode(const solvers::CoverageResult& r,
                                                              const std::string& code) {
    std::vector<const solvers::CoverageFinding*> out;
    for (const auto& f : r.findings)
        if (f.code == code)
            out.push_back(&f);
    return out;
}

std::set<std::string> asSet(const std::vector<std::string>& v) {
    return {v.begin(), v.end()};
}

std::string describe(const solvers::CoverageFinding& f) {
    std::string s = f.code + " [" + model::toString(f.severity) + "]";
    for (const auto& e : f.elements)
        s += " " + e;
    return s;
}

} // namespace

#define CHECK_RATING(result, id, expected)                                                                   \
    do {                                                                                                     \
        const auto* rating_ = findRating(result, id);                                                        \
        QVERIFY2(rating_, id);                                                                               \
        QVERIFY2(near(rating_->rating, expected), qPrintable(QStringLiteral("%1: %2, expected %3")           \
                                                                 .arg(id)                                    \
                                                                 .arg(rating_->rating, 0, 'g', 17)           \
                                                                 .arg(double(expected), 0, 'g', 17)));       \
    } while (0)

#define CHECK_CELL(result, layer, level, expected)                                                           \
    do {                                                                                                     \
        const auto* cell_ = findCell(result, layer, level);                                                  \
        QVERIFY(cell_);                                                                                      \
        QVERIFY(cell_->score.has_value());                                                                   \
        QVERIFY2(near(*cell_->score, expected), qPrintable(QStringLiteral("%1/%2: %3, expected %4")          \
                                                               .arg(model::toString(layer))                  \
                                                               .arg(model::toString(level))                  \
                                                               .arg(*cell_->score, 0, 'g', 17)               \
                                                               .arg(double(expected), 0, 'g', 17)));         \
    } while (0)

#define CHECK_NA(result, layer, level)                                                                       \
    do {                                                                                                     \
        const auto* cell_ = findCell(result, layer, level);                                                  \
        QVERIFY(cell_);                                                                                      \
        QVERIFY(!cell_->score.has_value());                                                                  \
        QVERIFY(cell_->capabilities.empty());                                                                \
    } while (0)

class TestCoverageExamples : public QObject {
    Q_OBJECT

private slots:
    // ---------------------------------------------------------------------------------------------
    // Reference factory
    // ---------------------------------------------------------------------------------------------

    void referenceReachesInformationFusionEverywhere() {
        const auto r = evaluateExample("capability-reference.yaml");
        QCOMPARE(r.layers.size(), std::size_t(4));
        QCOMPARE(r.cells.size(), std::size_t(12));
        for (auto layer : {FrameworkLayer::Device, FrameworkLayer::Network, FrameworkLayer::Service,
                           FrameworkLayer::Trust}) {
            const auto* l = findLayer(r, layer);
            QVERIFY(l);
            QVERIFY2(l->reached == FrameworkLevel::InformationFusion, model::toString(layer));
            QVERIFY2(near(l->score, 3.0), model::toString(layer));
            QVERIFY(l->target == FrameworkLevel::InformationFusion);
        }
    }

    void referenceHasNoErrorOrWarningFinding() {
        const auto r = evaluateExample("capability-reference.yaml");
        for (const auto& f : r.findings)
            QVERIFY2(f.severity != Severity::Error && f.severity != Severity::Warning, describe(f).c_str());
        // Nothing is absent either: inter network, dedicated line, SDN controller, storage, resolver.
        for (const char* code :
             {"unreachable", "protocol-mismatch", "spof", "ot-exposed", "id-missing", "id-duplicate",
              "no-inter-network", "no-dedicated-line", "no-sdn-controller", "no-storage", "no-id-resolver"})
            QVERIFY2(findingsWithCode(r, code).empty(), code);
        // No rule of MODELS.md section 2 applies at all, so there is no finding of any severity.
        QCOMPARE(r.findings.size(), std::size_t(0));
    }

    void referenceDeviceIntegrationByHand() {
        const auto r = evaluateExample("capability-reference.yaml");
        // 17 device-layer elements, declared levels (access, processing, monitoring, control, ident.):
        //   plc-a 3 3 3 3 3   robot-a1 3 3 3 3 2   hmi-a 3 2 3 2 3   act-a1 2 2 3 3 2
        //   gw-a 3 3 3 2 3    cam-a 3 3 3 2 3      s-a1 2 3 3 2 3    s-a2 2 3 3 2 3
        //   agv-1 3 3 3 3 3   agv-2 3 3 3 3 3      cnc-b1 3 3 3 3 3  cnc-b2 3 3 3 3 3
        //   ipc-b 3 3 3 2 3   rfid-b 3 3 3 2 3     gw-b 3 3 3 2 3    s-b1 2 3 3 2 3   s-b2 2 3 3 2 3
        // access-management: twelve 3s + five 2s (act-a1, s-a1, s-a2, s-b1, s-b2)
        //   = (12 x 1.0 + 5 x 0.8) / 17 = 16.0 / 17 = 0.941176...
        CHECK_RATING(r, "device.access-management", 16.0 / 17.0);
        // data-processing: fifteen 3s + two 2s (hmi-a, act-a1); all reachable, no mismatch
        //   = (15 + 1.6) / 17 = 16.6 / 17 = 0.976470...
        CHECK_RATING(r, "device.data-processing", 16.6 / 17.0);
        // monitoring: all seventeen 3s = 1.0
        CHECK_RATING(r, "device.monitoring", 1.0);
        // control: seven 3s (plc-a, robot-a1, act-a1, agv-1, agv-2, cnc-b1, cnc-b2) + ten 2s
        //   = (7 + 8.0) / 17 = 15 / 17 = 0.882352...
        CHECK_RATING(r, "device.control", 15.0 / 17.0);
        // identification: fifteen 3s + two 2s (robot-a1, act-a1) = 16.6 / 17
        CHECK_RATING(r, "device.identification", 16.6 / 17.0);
        // edge-computing over gateways and industrial PCs only: gw-a 3, ipc-b 2, gw-b 3
        //   = (1.0 + 0.8 + 1.0) / 3 = 2.8 / 3 = 0.933333...
        CHECK_RATING(r, "device.edge-computing", 2.8 / 3.0);
        // cell = (16.0/17 + 16.6/17 + 17/17 + 15/17 + 16.6/17 + 2.8/3) / 6
        //      = (81.2/17 + 2.8/3) / 6 = (243.6 + 47.6) / 51 / 6 = 291.2 / 306 = 0.951633...
        CHECK_CELL(r, FrameworkLayer::Device, FrameworkLevel::Integration, 291.2 / 306.0);
        // the device layer has capabilities only at integration: the other cells are n/a and pass.
        CHECK_NA(r, FrameworkLayer::Device, FrameworkLevel::Interconnection);
        CHECK_NA(r, FrameworkLayer::Device, FrameworkLevel::InformationFusion);
        // evidence of edge-computing: the three scope elements, project order.
        QCOMPARE(findRating(r, "device.edge-computing")->evidence,
                 (std::vector<std::string>{"gw-a", "ipc-b", "gw-b"}));
    }

    void referenceNetworkByHand() {
        const auto r = evaluateExample("capability-reference.yaml");
        // 14 network-layer elements (connectivity, exchange, networking):
        //   sw-a 3 2 3  core-1 3 3 3  core-2 3 3 3  ap-1 3 2 2  bs-1 3 3 2  sdn-1 3 3 3  sw-b 3 2 3
        //   fw-1 3 2 3  fw-2 3 2 3    dd-1 2 1 2    ent-sw-1 3 3 3  ent-sw-2 3 3 3  rtr-1 3 3 3  rtr-2 3 3 3
        // connectivity: 13 x 1.0 + dd-1 0.8 = 13.8 / 14 = 0.985714...
        CHECK_RATING(r, "network.inner.connectivity", 13.8 / 14.0);
        // exchange: eight 3s (cores, sdn-1, bs-1, ent switches, routers) + five 2s (sw-a, sw-b, ap-1,
        //   fw-1, fw-2) + dd-1 1 = (8 + 4.0 + 0.5) / 14 = 12.5 / 14 = 0.892857...
        CHECK_RATING(r, "network.inner.exchange", 12.5 / 14.0);
        // networking: eleven 3s + three 2s (ap-1, bs-1, dd-1) = (11 + 2.4) / 14 = 13.4 / 14; no spof
        CHECK_RATING(r, "network.inner.networking", 13.4 / 14.0);
        // inter connectivity: rtr-1 -internet- cloud-1 and rtr-2 -dedicated-line- cloud-1 = 1
        CHECK_RATING(r, "network.inter.connectivity", 1.0);
        QCOMPARE(findRating(r, "network.inter.connectivity")->evidence,
                 (std::vector<std::string>{"cloud-1", "rtr-1", "rtr-2"}));
        // integration cell = (13.8/14 + 12.5/14 + 13.4/14 + 1) / 4 = (39.7/14 + 1) / 4 = 53.7 / 56
        //   = 0.958928...
        CHECK_CELL(r, FrameworkLayer::Network, FrameworkLevel::Integration, 53.7 / 56.0);
        // multi-service: any over gw-a 3, gw-b 2, fw-1 3, fw-2 3, rtr-1 3, rtr-2 3 = 1.0; OT-IT path
        //   exists (cell-a .. core-1 - fw-1 - ent-sw-1), so no cap
        CHECK_RATING(r, "network.inner.multi-service", 1.0);
        // dedicated lines: wan-dedicated = 1; evidence its two ends
        CHECK_RATING(r, "network.inter.dedicated-lines", 1.0);
        QCOMPARE(findRating(r, "network.inter.dedicated-lines")->evidence,
                 (std::vector<std::string>{"cloud-1", "rtr-2"}));
        // sdn over switches, TSN switches and routers (8): sw-a 2, core-1 3, core-2 3, sw-b 2,
        //   ent-sw-1 3, ent-sw-2 3, rtr-1 3, rtr-2 3 = (6 + 1.6) / 8 = 7.6 / 8 = 0.95; sdn-1 exists
        CHECK_RATING(r, "network.sdn", 0.95);
        // interconnection cell = (1 + 1 + 0.95) / 3 = 2.95 / 3 = 0.983333...
        CHECK_CELL(r, FrameworkLayer::Network, FrameworkLevel::Interconnection, 2.95 / 3.0);
        CHECK_NA(r, FrameworkLayer::Network, FrameworkLevel::InformationFusion);
    }

    void referenceServiceAndTrustByHand() {
        const auto r = evaluateExample("capability-reference.yaml");
        // 9 service-layer elements (ha-redundancy, scalability, data-integration):
        //   edge-1 2 2 3  edge-2 2 2 3  fog-1 2 2 2  store-1 3 3 2  idr 3 2 2  broker 3 3 3
        //   mes 2 2 3     db 3 2 3      cloud-1 3 3 3
        // ha: five 3s + four 2s = (5 + 3.2) / 9 = 8.2 / 9 = 0.911111...
        CHECK_RATING(r, "service.ha-redundancy", 8.2 / 9.0);
        // scalability: three 3s (store-1, broker, cloud-1) + six 2s = (3 + 4.8) / 9 = 7.8 / 9
        CHECK_RATING(r, "service.scalability", 7.8 / 9.0);
        // data-integration: six 3s + three 2s (fog-1, store-1, idr) = (6 + 2.4) / 9 = 8.4 / 9
        CHECK_RATING(r, "service.data-integration", 8.4 / 9.0);
        // storage: any over store-1 3, db 3, cloud-1 3 = 1.0
        CHECK_RATING(r, "service.storage", 1.0);
        // integration cell = (8.2/9 + 7.8/9 + 8.4/9 + 1) / 4 = (24.4/9 + 1) / 4 = 33.4 / 36 = 0.927777...
        CHECK_CELL(r, FrameworkLayer::Service, FrameworkLevel::Integration, 33.4 / 36.0);
        // resource-management: any, edge-1/edge-2/cloud-1 3 = 1.0
        CHECK_CELL(r, FrameworkLayer::Service, FrameworkLevel::Interconnection, 1.0);
        // cloud-management any (edge 3, cloud 3) 1.0; data-modelling any (mes, db, cloud 3) 1.0;
        // information-sharing any (broker 3) 1.0, broker present: cell = 1.0
        CHECK_RATING(r, "service.information-sharing", 1.0);
        CHECK_CELL(r, FrameworkLayer::Service, FrameworkLevel::InformationFusion, 1.0);

        // trust.security over all 40 elements: 2s are act-a1, s-a1, s-a2, s-b1, s-b2 and ap-1 (six),
        //   the other 34 are 3s = (34 + 6 x 0.8) / 40 = 38.8 / 40 = 0.97; nothing exposed
        CHECK_RATING(r, "trust.security", 0.97);
        CHECK_CELL(r, FrameworkLayer::Trust, FrameworkLevel::Integration, 0.97);
        // identification: idr exists, 40 of 40 identifiers unique = 1.0
        CHECK_RATING(r, "trust.identification", 1.0);
        QCOMPARE(findRating(r, "trust.identification")->evidence.size(), std::size_t(40));
        // privacy: any over service, mes 3 / db 3 = 1.0
        CHECK_CELL(r, FrameworkLayer::Trust, FrameworkLevel::InformationFusion, 1.0);
    }

    void referenceGapsByHand() {
        const auto r = evaluateExample("capability-reference.yaml");
        // Every capability below 1 (targets: information fusion), priority = 1 x (1 - rating):
        //   service.scalability        1 - 7.8/9   = 0.133333
        //   device.control             1 - 15/17   = 0.117647
        //   network.inner.exchange     1 - 12.5/14 = 0.107143
        //   service.ha-redundancy      1 - 8.2/9   = 0.088889
        //   device.edge-computing      1 - 2.8/3   = 0.066667  } equal within 1e-9: by id
        //   service.data-integration   1 - 8.4/9   = 0.066667  }
        //   device.access-management   1 - 16/17   = 0.058824
        //   network.sdn                1 - 0.95    = 0.05
        //   network.inner.networking   1 - 13.4/14 = 0.042857
        //   trust.security             1 - 0.97    = 0.03
        //   device.data-processing     1 - 16.6/17 = 0.023529  } equal: by id
        //   device.identification     1 - 16.6/17 = 0.023529  }
        //   network.inner.connectivity 1 - 13.8/14 = 0.014286
        const std::vector<std::pair<std::string, double>> expected = {
            {"service.scalability", 1.2 / 9},        {"device.control", 2.0 / 17},
            {"network.inner.exchange", 1.5 / 14},    {"service.ha-redundancy", 0.8 / 9},
            {"device.edge-computing", 0.2 / 3},      {"service.data-integration", 0.6 / 9},
            {"device.access-management", 1.0 / 17},  {"network.sdn", 0.05},
            {"network.inner.networking", 0.6 / 14},  {"trust.security", 0.03},
            {"device.data-processing", 0.4 / 17},    {"device.identification", 0.4 / 17},
            {"network.inner.connectivity", 0.2 / 14}};
        QCOMPARE(r.gaps.size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(r.gaps[i].capability, expected[i].first);
            QVERIFY2(near(r.gaps[i].priority, expected[i].second), expected[i].first.c_str());
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Weak variant
    // ---------------------------------------------------------------------------------------------

    void weakSpofIsTheSingleCore() {
        const auto r = evaluateExample("capability-weak.yaml");
        // Network + service subgraph: core-1 joins the blocks {core-1, sw-a, ap-1} (sw-a - ap-1
        // closes the cycle), {core-1, X} for X in edge-1, edge-2, fog-1, store-1, sdn-1, bs-1, sw-b
        // (two parallel links each: no bridge) and the DMZ/enterprise/cloud block (fw-1, fw-2 and
        // dd-1 - db all lead into it). Only core-1 is an articulation point; there is no bridge
        // (gw-b - cloud-1 does not count: gw-b is a device-layer element).
        const auto spof = findingsWithCode(r, "spof");
        QCOMPARE(spof.size(), std::size_t(1));
        QCOMPARE(spof[0]->elements, std::vector<std::string>{"core-1"});
        QVERIFY(spof[0]->links.empty());
        QVERIFY(spof[0]->severity == Severity::Warning);
    }

    void weakOtExposedThroughTheCloudConnector() {
        const auto r = evaluateExample("capability-weak.yaml");
        // Exposing candidates: zones enterprise (ent-sw-1, ent-sw-2, mes, db), wan (rtr-1, rtr-2),
        // cloud (cloud-1). cloud-1 - gw-b reaches cell B with no inner element at all, and from gw-b
        // sw-b - core-1 reaches every other OT element; the routers and the enterprise reach cloud-1
        // without a firewall (ent-sw - rtr - cloud-1), so all seven expose the same 27 OT elements.
        const std::set<std::string> ot = {
            // cell-a (9)
            "sw-a", "plc-a", "robot-a1", "hmi-a", "act-a1", "gw-a", "cam-a", "s-a1", "s-a2",
            // workshop (10)
            "edge-1", "edge-2", "fog-1", "store-1", "core-1", "ap-1", "bs-1", "sdn-1", "agv-1", "agv-2",
            // cell-b (8)
            "sw-b", "cnc-b1", "cnc-b2", "ipc-b", "rfid-b", "gw-b", "s-b1", "s-b2"};
        QCOMPARE(ot.size(), std::size_t(27));
        const auto exposed = findingsWithCode(r, "ot-exposed");
        std::set<std::string> exposers;
        for (const auto* f : exposed) {
            QVERIFY(f->severity == Severity::Error);
            QVERIFY(!f->elements.empty());
            exposers.insert(f->elements.front());
            const std::vector<std::string> reached(f->elements.begin() + 1, f->elements.end());
            QCOMPARE(reached.size(), ot.size());
            QCOMPARE(asSet(reached), ot);
        }
        QCOMPARE(exposed.size(), std::size_t(7));
        QCOMPARE(exposers,
                 (std::set<std::string>{"cloud-1", "rtr-1", "rtr-2", "ent-sw-1", "ent-sw-2", "mes", "db"}));
    }

    void weakProtocolMismatchAndAbsences() {
        const auto r = evaluateExample("capability-weak.yaml");
        // s-b2 speaks only lwm2m; the reachable gateways gw-a, gw-b declare protocols without it and
        // no service kind speaks it (rfid-b's lwm2m does not count: not a gateway or a service).
        const auto mismatch = findingsWithCode(r, "protocol-mismatch");
        QCOMPARE(mismatch.size(), std::size_t(1));
        QCOMPARE(mismatch[0]->elements, std::vector<std::string>{"s-b2"});
        QVERIFY(mismatch[0]->severity == Severity::Warning);

        const auto noResolver = findingsWithCode(r, "no-id-resolver");
        QCOMPARE(noResolver.size(), std::size_t(1));
        QVERIFY(noResolver[0]->elements.empty());
        QVERIFY(noResolver[0]->severity == Severity::Info);
        // Only internet links to the cloud.
        const auto noDedicated = findingsWithCode(r, "no-dedicated-line");
        QCOMPARE(noDedicated.size(), std::size_t(1));
        QVERIFY(noDedicated[0]->elements.empty());
        QVERIFY(noDedicated[0]->severity == Severity::Info);

        // Everything reaches a service; id checks need a resolver; the rest is present.
        for (const char* code : {"unreachable", "id-missing", "id-duplicate", "no-inter-network",
                                 "no-sdn-controller", "no-storage"})
            QVERIFY2(findingsWithCode(r, code).empty(), code);
        // The missing broker has no absence code (MODELS.md names none): it only caps
        // information-sharing. Total: 1 spof + 7 ot-exposed + 1 protocol-mismatch + 2 absences.
        for (const auto& f : r.findings)
            qDebug("%s", describe(f).c_str());
        QCOMPARE(r.findings.size(), std::size_t(11));
    }

    void weakCappedAndZeroedRatings() {
        const auto r = evaluateExample("capability-weak.yaml");
        // device.data-processing: as in the reference (16.6 over 17) but s-b2 (a 3) counts 0 for its
        // protocol mismatch: (16.6 - 1.0) / 17 = 15.6 / 17 = 0.917647...; s-b2 leaves the evidence
        CHECK_RATING(r, "device.data-processing", 15.6 / 17.0);
        const auto& dpEvidence = findRating(r, "device.data-processing")->evidence;
        QCOMPARE(dpEvidence.size(), std::size_t(16));
        QVERIFY(std::find(dpEvidence.begin(), dpEvidence.end(), "s-b2") == dpEvidence.end());
        // network.inner.networking: 13 elements (reference minus core-2 at 3):
        //   (13.4 - 1.0) / 13 = 12.4 / 13 = 0.953846 -> spof cap 0.5; evidence unchanged (13)
        CHECK_RATING(r, "network.inner.networking", 0.5);
        QCOMPARE(findRating(r, "network.inner.networking")->evidence.size(), std::size_t(13));
        // service.ha-redundancy: cloud-1 3, edge-1 2, edge-2 2, fog-1 2, store-1 3, db 3, mes 2
        //   = (3 + 3.2) / 7 = 6.2 / 7 = 0.885714 -> spof cap 0.5
        CHECK_RATING(r, "service.ha-redundancy", 0.5);
        // service.information-sharing: any = max(edge 0.5, mes 0.8, cloud 0.8) = 0.8 -> no broker,
        //   cap 0.5; evidence edge-1, edge-2, mes, cloud-1 (project order)
        CHECK_RATING(r, "service.information-sharing", 0.5);
        QCOMPARE(findRating(r, "service.information-sharing")->evidence,
                 (std::vector<std::string>{"edge-1", "edge-2", "mes", "cloud-1"}));
        // trust.security: 37 elements, six 2s (act-a1, s-a1, s-a2, s-b1, s-b2, ap-1), 31 3s
        //   = (31 + 4.8) / 37 = 35.8 / 37 = 0.967568 -> ot-exposed cap 0.5
        CHECK_RATING(r, "trust.security", 0.5);
        // trust.identification: no id-resolver -> 0, no evidence
        CHECK_RATING(r, "trust.identification", 0.0);
        QVERIFY(findRating(r, "trust.identification")->evidence.empty());
        // network.inter.connectivity 1 (rtr-1, rtr-2 internet to cloud-1); dedicated lines 0
        CHECK_RATING(r, "network.inter.connectivity", 1.0);
        QCOMPARE(findRating(r, "network.inter.connectivity")->evidence,
                 (std::vector<std::string>{"cloud-1", "rtr-1", "rtr-2"}));
        CHECK_RATING(r, "network.inter.dedicated-lines", 0.0);
        QVERIFY(findRating(r, "network.inter.dedicated-lines")->evidence.empty());
    }

    void weakLevelsByHand() {
        const auto r = evaluateExample("capability-weak.yaml");
        // Device: (16.0 + 15.6 + 17 + 15 + 16.6) / 17 + 2.8/3 = 80.2/17 + 2.8/3
        //   = (240.6 + 47.6) / 51 = 288.2 / 51; cell = 288.2 / 306 = 0.941830 >= 0.8
        //   -> information fusion (the other device cells are n/a), score 3.
        CHECK_CELL(r, FrameworkLayer::Device, FrameworkLevel::Integration, 288.2 / 306.0);
        // Network integration: connectivity (13.8 - 1) / 13 = 12.8/13, exchange (12.5 - 1) / 13 =
        //   11.5/13, networking 0.5 (capped), inter connectivity 1
        //   = (24.3/13 + 1.5) / 4 = (24.3 + 19.5) / 52 = 43.8 / 52 = 0.842308 >= 0.8: reached.
        CHECK_CELL(r, FrameworkLayer::Network, FrameworkLevel::Integration, 43.8 / 52.0);
        // Network interconnection: multi-service 1.0 (gw-a/fw/rtr 3; OT-IT path exists), dedicated
        //   lines 0, sdn over sw-a 2, core-1 3, sw-b 2, ent-sw-1 3, ent-sw-2 3, rtr-1 3, rtr-2 3
        //   = (5 + 1.6) / 7 = 6.6/7; cell = (1 + 0 + 6.6/7) / 3 = 13.6 / 21 = 0.647619 < 0.8.
        CHECK_RATING(r, "network.sdn", 6.6 / 7.0);
        CHECK_CELL(r, FrameworkLayer::Network, FrameworkLevel::Interconnection, 13.6 / 21.0);
        // Service integration: ha 0.5 (capped), scalability (cloud 3, store 3; edge 2, edge 2, fog 2,
        //   db 2, mes 2) = (2 + 4.0) / 7 = 6/7, data-integration (cloud, edge-1, edge-2, db, mes 3;
        //   fog, store 2) = (5 + 1.6) / 7 = 6.6/7, storage 1
        //   = (0.5 + 6/7 + 6.6/7 + 1) / 4 = (1.5 + 1.8) / 4 = 0.825 >= 0.8: reached.
        CHECK_RATING(r, "service.scalability", 6.0 / 7.0);
        CHECK_RATING(r, "service.data-integration", 6.6 / 7.0);
        CHECK_CELL(r, FrameworkLayer::Service, FrameworkLevel::Integration, 0.825);
        // Service interconnection: resource-management any = 1.0 (cloud-1, edges 3).
        CHECK_CELL(r, FrameworkLayer::Service, FrameworkLevel::Interconnection, 1.0);
        // Service fusion: cloud-management 1.0, data-modelling 1.0, information-sharing 0.5
        //   = 2.5 / 3 = 0.833333 >= 0.8: reached.
        CHECK_CELL(r, FrameworkLayer::Service, FrameworkLevel::InformationFusion, 2.5 / 3.0);
        // Trust: security 0.5 (capped) < 0.8 -> none; identification 0; privacy 1.0 (mes, db 3).
        CHECK_CELL(r, FrameworkLayer::Trust, FrameworkLevel::Integration, 0.5);
        CHECK_CELL(r, FrameworkLayer::Trust, FrameworkLevel::Interconnection, 0.0);
        CHECK_CELL(r, FrameworkLayer::Trust, FrameworkLevel::InformationFusion, 1.0);

        const auto* device = findLayer(r, FrameworkLayer::Device);
        const auto* network = findLayer(r, FrameworkLayer::Network);
        const auto* service = findLayer(r, FrameworkLayer::Service);
        const auto* trust = findLayer(r, FrameworkLayer::Trust);
        QVERIFY(device && network && service && trust);
        QVERIFY(device->reached == FrameworkLevel::InformationFusion);
        QVERIFY(near(device->score, 3.0));
        // Network: integration reached, interconnection not: 1 + 13.6/21 = 1.647619
        QVERIFY(network->reached == FrameworkLevel::Integration);
        QVERIFY2(near(network->score, 1.0 + 13.6 / 21.0),
                 qPrintable(QString::number(network->score, 'g', 17)));
        QVERIFY(service->reached == FrameworkLevel::InformationFusion);
        QVERIFY(near(service->score, 3.0));
        // Trust: none reached: 0 + 0.5
        QVERIFY(!trust->reached.has_value());
        QVERIFY2(near(trust->score, 0.5), qPrintable(QString::number(trust->score, 'g', 17)));
    }

    void weakGapsByHand() {
        const auto r = evaluateExample("capability-weak.yaml");
        // Priority 1 x (1 - rating), ties within 1e-9 by id:
        //   network.inter.dedicated-lines 1, trust.identification 1,
        //   network.inner.networking 0.5, service.ha-redundancy 0.5, service.information-sharing 0.5,
        //   trust.security 0.5,
        //   service.scalability 1 - 6/7 = 0.142857, device.control 1 - 15/17 = 0.117647,
        //   network.inner.exchange 1 - 11.5/13 = 0.115385, device.data-processing 1 - 15.6/17 =
        //   0.082353, device.edge-computing 0.066667, device.access-management 0.058824,
        //   network.sdn 1 - 6.6/7 = 0.057143 = service.data-integration 1 - 6.6/7,
        //   device.identification 0.023529, network.inner.connectivity 1 - 12.8/13 = 0.015385.
        const std::vector<std::pair<std::string, double>> expected = {
            {"network.inter.dedicated-lines", 1.0},
            {"trust.identification", 1.0},
            {"network.inner.networking", 0.5},
            {"service.ha-redundancy", 0.5},
            {"service.information-sharing", 0.5},
            {"trust.security", 0.5},
            {"service.scalability", 1.0 / 7},
            {"device.control", 2.0 / 17},
            {"network.inner.exchange", 1.5 / 13},
            {"device.data-processing", 1.4 / 17},
            {"device.edge-computing", 0.2 / 3},
            {"device.access-management", 1.0 / 17},
            {"network.sdn", 0.4 / 7},
            {"service.data-integration", 0.4 / 7},
            {"device.identification", 0.4 / 17},
            {"network.inner.connectivity", 0.2 / 13}};
        QCOMPARE(r.gaps.size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(r.gaps[i].capability, expected[i].first);
            QVERIFY2(near(r.gaps[i].priority, expected[i].second), expected[i].first.c_str());
            QVERIFY(near(r.gaps[i].rating, 1.0 - expected[i].second));
        }
    }
};

QTEST_APPLESS_MAIN(TestCoverageExamples)
#include "test_coverage_examples.moc"
