// Slicing over a shared wireless channel (MODELS.md section 1 and 4): wireless links attached to
// one access point share a channel whose capacity is the largest bandwidth among them, consumed by
// every traversal of any of them in either direction. Worked out by hand:
//
//     cam1 ~~w1~~ ap ---e1--- sw ---e2--- srv       ~~: Wi-Fi, w1 50 Mbps, w2 40 Mbps -> channel 50
//     cam2 ~~w2~~/                                  --: Ethernet 1000 Mbps; sw hosts VNFs (4 cores)
//
// Services of chain [f] (1 core on sw) in project order:
//   v1 cam1 -> srv 30 Mbps: channel 30 of 50, w1 alone 30 of 50: admitted.
//   v2 cam2 -> srv 30 Mbps: w2 alone carries it (30 <= 40) but the channel has 20 left: rejected.
//   v3 cam2 -> srv 20 Mbps: exactly the 20 left: admitted.
// Counting each link direction alone (the rule for wired links) would admit v2 as well.
// A service cam1 -> cam2 crosses the channel twice (w1 then w2): 2 x 25 = 50 fits an empty
// channel, 2 x 26 = 52 does not, although each link carries only 25 or 26.
#include "model/project.h"
#include "model/type_library.h"
#include "solvers/slicing.h"
#include "solvers/slicing_checker.h"

#include <QtTest>
#include <string>
#include <vector>

using namespace iiot;
using solvers::SlicingMethod;

namespace {

constexpr SlicingMethod kMethods[] = {SlicingMethod::Stnra, SlicingMethod::Dnso, SlicingMethod::Ffpa,
                                      SlicingMethod::Exact};

model::Link link(const char* id, const char* from, const char* to, const char* medium, double bandwidth) {
    model::Link l;
    l.id = id;
    l.from = from;
    l.to = to;
    l.medium = medium;
    l.bandwidth_mbps = bandwidth;
    l.latency_ms = 1;
    l.cost_per_mbps = 1;
    return l;
}

model::Element element(const char* id, const char* kind, long long cores = 0) {
    model::Element e;
    e.id = id;
    e.kind = kind;
    if (cores > 0) {
        model::Vnf v;
        v.cores = cores;
        e.vnf = v;
    }
    return e;
}

model::Service service(const char* id, const char* from, const char* to, double bandwidth) {
    model::Service s;
    s.id = id;
    s.source = from;
    s.destination = to;
    s.chain = std::vector<std::string>{"f"};
    s.bandwidth_mbps = bandwidth;
    s.max_delay_ms = 100;
    return s;
}

model::Project cell() {
    model::Project p;
    p.name = "one wireless cell";
    p.elements = {element("cam1", "camera"), element("cam2", "camera"), element("ap", "access-point"),
                  element("sw", "switch", 4), element("srv", "application-server")};
    p.links = {link("w1", "cam1", "ap", "wifi", 50), link("w2", "cam2", "ap", "wifi", 40),
               link("e1", "ap", "sw", "ethernet", 1000), link("e2", "sw", "srv", "ethernet", 1000)};
    p.vnf_types = {model::VnfType{"f", 1, 0.0}};
    return p;
}

solvers::SlicingResult run(const model::Project& p, SlicingMethod m) {
    auto r = solvers::runSlicing(p, model::TypeLibrary::builtin(), m);
    const auto problems = solvers::checkSlicing(p, model::TypeLibrary::builtin(), r);
    for (const auto& problem : problems)
        qWarning("%s: %s", solvers::toString(m), problem.c_str());
    if (r.ok() && !problems.empty())
        r.error = "checker failed";
    return r;
}

} // namespace

class TestSlicingChannels : public QObject {
    Q_OBJECT

private slots:
    void methods_data() {
        QTest::addColumn<int>("method");
        for (auto m : kMethods)
            QTest::newRow(solvers::toString(m)) << int(m);
    }

    void two_services_share_the_channel_data() { methods_data(); }
    void two_services_share_the_channel() {
        QFETCH(int, method);
        auto p = cell();
        p.services = {service("v1", "cam1", "srv", 30), service("v2", "cam2", "srv", 30),
                      service("v3", "cam2", "srv", 20)};
        const auto r = run(p, SlicingMethod(method));
        QVERIFY2(r.ok(), r.error.c_str());
        QVERIFY(r.services[0].admitted);
        QVERIFY(!r.services[1].admitted);
        QVERIFY(r.services[2].admitted);
        // v1: w1, e1 (to sw, where f runs), e2; 3 links x 30 Mbps x 1 + 1 core x 1.
        QCOMPARE(r.services[0].links, (std::vector<std::string>{"w1", "e1", "e2"}));
        QCOMPARE(r.services[0].cost, 3 * 30.0 + 1);
        QCOMPARE(r.services[2].cost, 3 * 20.0 + 1);
    }

    // One service crossing two links of the channel uses it twice.
    void one_service_crosses_it_twice_data() { methods_data(); }
    void one_service_crosses_it_twice() {
        QFETCH(int, method);
        auto p = cell();
        p.services = {service("fits", "cam1", "cam2", 25)};
        auto r = run(p, SlicingMethod(method));
        QVERIFY2(r.ok(), r.error.c_str());
        QVERIFY(r.services[0].admitted);
        // cam1 > ap > sw (f) > ap > cam2: w1, e1, e1, w2 at 25 Mbps, plus one core.
        QCOMPARE(r.services[0].links, (std::vector<std::string>{"w1", "e1", "e1", "w2"}));
        QCOMPARE(r.services[0].cost, 4 * 25.0 + 1);

        p.services = {service("too-much", "cam1", "cam2", 26)};
        r = run(p, SlicingMethod(method));
        QVERIFY2(r.ok(), r.error.c_str());
        QVERIFY(!r.services[0].admitted);
    }

    // The checker counts the channel too: a result that over-uses it is reported.
    void checker_counts_the_channel() {
        auto p = cell();
        p.services = {service("v1", "cam1", "srv", 30), service("v3", "cam2", "srv", 20)};
        const auto good = run(p, SlicingMethod::Stnra);
        QVERIFY2(good.ok(), good.error.c_str());
        QVERIFY(good.services[0].admitted && good.services[1].admitted);
        auto heavier = p;
        heavier.services[1].bandwidth_mbps = 21; // 30 + 21 > 50; w2 alone would carry 21
        auto tampered = good;
        tampered.services[1].cost = 3 * 21.0 + 1;
        tampered.averageCost = (good.services[0].cost + tampered.services[1].cost) / 2;
        const auto problems = solvers::checkSlicing(heavier, model::TypeLibrary::builtin(), tampered);
        QCOMPARE(problems.size(), std::size_t(1));
        QVERIFY(problems[0].find("wireless channel of ap") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestSlicingChannels)
#include "test_slicing_channels.moc"
