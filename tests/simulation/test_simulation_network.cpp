// Transfers (MODELS.md sections 1 and 6): a lone transfer takes size / bandwidth + latency; equal
// transfers sharing a link each get half; wireless links on one access point share one channel.
// Tasks here need no computing (0 MI), so every delay is pure network time worked out by hand.
#include "simulation/engine.h"

#include "model/type_library.h"
#include "simulation/sim_test_support.h"

#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace iiot;
using namespace iiot::test;

namespace {

sim::RunResult runOnce(const model::Project& p, sim::Policy policy = sim::Policy::EdgeOnly) {
    sim::RunConfig c;
    c.policy = policy;
    c.duration_s = 100;
    c.sample_interval_s = 0;
    c.keep_delays = true;
    std::string error;
    auto r = sim::simulateRun(p, model::TypeLibrary::builtin(), c, {}, error);
    if (!r)
        qFatal("simulation failed: %s", error.c_str());
    return *r;
}

// `devices` sensors, each with one task of `dataKb` up and `resultKb` back released at time 0.
model::Project fanIn(int devices, double dataKb, double resultKb) {
    model::Project p;
    p.name = "fan-in";
    std::vector<std::string> ids;
    for (int i = 1; i <= devices; ++i)
        ids.push_back("d" + std::to_string(i));
    for (const auto& id : ids)
        p.elements.push_back(simElement(id, "sensor"));
    auto a = simApp("upload", ids, model::ArrivalType::Once, 0);
    a.data_kb = model::Quantity::number(dataKb);
    a.result_kb = model::Quantity::number(resultKb);
    p.applications.push_back(a);
    return p;
}

bool near(double a, double b) {
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

} // namespace

class TestSimulationNetwork : public QObject {
    Q_OBJECT

private slots:
    // 500 kb = 4 Mbit at 10 Mbps = 0.4 s, plus 5 ms latency; 20 kb = 0.16 Mbit back = 16 ms plus
    // 5 ms: delay = 0.4 + 0.005 + 0.016 + 0.005 = 0.426 s.
    void singleTransferIsSizeOverBandwidthPlusLatency() {
        auto p = fanIn(1, 500, 20);
        p.elements.push_back(simServer("e", "edge-server", 1, 1000));
        p.links.push_back(simLink("d1", "e", "ethernet", 10, 5));
        p.ensureLinkIds();
        const auto r = runOnce(p);
        QCOMPARE(r.finished, 1LL);
        QVERIFY2(near(r.delays_ms[0], 426), qPrintable(QString::number(r.delays_ms[0], 'g', 17)));
    }

    // Path d1 -> s -> e: latencies add (1 + 4 ms each way), the slowest link (8 Mbps) sets the rate:
    // 100 kb = 0.8 Mbit / 8 Mbps = 0.1 s; no result: delay = 0.1 + 0.005 + 0.005 = 0.11 s.
    void multiHopPathTakesBottleneckAndSummedLatency() {
        auto p = fanIn(1, 100, 0);
        p.elements.push_back(simElement("s", "switch"));
        p.elements.push_back(simServer("e", "edge-server", 1, 1000));
        p.links.push_back(simLink("d1", "s", "ethernet", 100, 1));
        p.links.push_back(simLink("s", "e", "ethernet", 8, 4));
        p.ensureLinkIds();
        const auto r = runOnce(p);
        QVERIFY2(near(r.delays_ms[0], 110), qPrintable(QString::number(r.delays_ms[0], 'g', 17)));
    }

    // Two devices upload 1,000 kb (8 Mbit) at the same time over the shared 10 Mbps link s -> e:
    // each gets 5 Mbps, so both take 1.6 s (twice the 0.8 s one alone would take).
    void twoEqualTransfersShareALinkEqually() {
        auto p = fanIn(2, 1000, 0);
        p.elements.push_back(simElement("s", "switch"));
        p.elements.push_back(simServer("e", "edge-server", 2, 1000));
        p.links.push_back(simLink("d1", "s", "ethernet", 1000, 0));
        p.links.push_back(simLink("d2", "s", "ethernet", 1000, 0));
        p.links.push_back(simLink("s", "e", "ethernet", 10, 0));
        p.ensureLinkIds();
        const auto r = runOnce(p);
        QCOMPARE(r.finished, 2LL);
        for (double d : r.delays_ms)
            QVERIFY2(near(d, 1600), qPrintable(QString::number(d, 'g', 17)));
    }

    // Unequal sizes: 500 kb (4 Mbit) and 1,500 kb (12 Mbit) over 10 Mbps. Shared at 5 Mbps until the
    // small one ends at 0.8 s (4 Mbit sent by each); the large one has 8 Mbit left alone at 10 Mbps:
    // 0.8 s more, ending at 1.6 s. The share is recomputed when a transfer ends.
    void shareIsRecomputedWhenATransferEnds() {
        auto p = fanIn(1, 500, 0);
        p.elements.push_back(simElement("d2", "sensor"));
        auto big = simApp("big", {"d2"}, model::ArrivalType::Once, 0);
        big.data_kb = model::Quantity::number(1500);
        p.applications.push_back(big);
        p.elements.push_back(simElement("s", "switch"));
        p.elements.push_back(simServer("e", "edge-server", 2, 1000));
        p.links.push_back(simLink("d1", "s", "ethernet", 1000, 0));
        p.links.push_back(simLink("d2", "s", "ethernet", 1000, 0));
        p.links.push_back(simLink("s", "e", "ethernet", 10, 0));
        p.ensureLinkIds();
        const auto r = runOnce(p);
        QCOMPARE(r.applications.size(), std::size_t(2));
        QVERIFY2(near(r.applications[0].delay_ms.mean, 800),
                 qPrintable(QString::number(r.applications[0].delay_ms.mean)));
        QVERIFY2(near(r.applications[1].delay_ms.mean, 1600),
                 qPrintable(QString::number(r.applications[1].delay_ms.mean)));
    }

    // Two Wi-Fi devices on one access point share its channel (capacity = the largest of its links'
    // bandwidths, 20 Mbps): 1,000 kb = 8 Mbit each at 10 Mbps = 0.8 s. On two separate access points
    // each has its own 20 Mbps channel: 0.4 s.
    void wirelessLinksOnOneAccessPointShareAChannel() {
        auto build = [](bool oneAccessPoint) {
            auto p = fanIn(2, 1000, 0);
            p.elements.push_back(simElement("ap1", "access-point"));
            p.elements.push_back(simElement("ap2", "access-point"));
            p.elements.push_back(simServer("e", "edge-server", 2, 1000));
            p.links.push_back(simLink("d1", "ap1", "wifi", 20, 0));
            p.links.push_back(simLink("d2", oneAccessPoint ? "ap1" : "ap2", "wifi", 15, 0));
            p.links.push_back(simLink("ap1", "e", "ethernet", 1000, 0));
            p.links.push_back(simLink("ap2", "e", "ethernet", 1000, 0));
            p.ensureLinkIds();
            return p;
        };
        const auto shared = runOnce(build(true));
        for (double d : shared.delays_ms)
            QVERIFY2(near(d, 800), qPrintable(QString::number(d, 'g', 17)));
        const auto separate = runOnce(build(false));
        // d1 alone on ap1 at 20 Mbps: 0.4 s; d2 alone on ap2, whose only link is 15 Mbps: 8 / 15 s.
        std::vector<double> d = separate.delays_ms;
        std::sort(d.begin(), d.end());
        QVERIFY2(near(d[0], 400) && near(d[1], 8000.0 / 15),
                 qPrintable(QString("%1 %2").arg(d[0]).arg(d[1])));
    }

    // Carried bits over capacity: one 8 Mbit upload on a 10 Mbps lan link (20 Mbps both directions)
    // in 100 s gives 8 / (20 x 100) = 0.004.
    void lanUtilisationIsCarriedBitsOverCapacity() {
        auto p = fanIn(1, 1000, 0);
        p.elements.push_back(simServer("e", "edge-server", 1, 1000));
        p.links.push_back(simLink("d1", "e", "ethernet", 10, 0));
        p.ensureLinkIds();
        const auto r = runOnce(p);
        QVERIFY2(near(r.network_utilization[sim::kLan], 0.004),
                 qPrintable(QString::number(r.network_utilization[0])));
        QCOMPARE(r.network_utilization[sim::kWan], 0.0);
    }
};

QTEST_GUILESS_MAIN(TestSimulationNetwork)
#include "test_simulation_network.moc"
