// Delays of fixed mode assignments on the hand-worked instance (tests/offloading_test_support.h),
// each computed here from MODELS.md section 5: static upload rates capacity / K (K = offloaded
// tasks on the channel / link direction), the Shannon rate on d3's hop, path latency, local tasks
// of one element in task order, edge queue in arrival or priority order, cloud without queueing.
#include "model/type_library.h"
#include "solvers/offloading_instance.h"
#include "solvers/offloading_schedule.h"

#include "offloading_test_support.h"

#include <QtTest>

using namespace iiot;
using namespace iiot::solvers;
using namespace iiot::test::hand;

namespace {

constexpr auto L = ComputingMode::Local, E = ComputingMode::Edge, C = ComputingMode::Cloud;

bool near(double a, double b) {
    return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(b));
}

std::vector<TaskTiming> evaluate(const model::Project& p, const std::vector<ComputingMode>& modes,
                                 QueueOrder order) {
    std::string error;
    const auto inst = buildOffloadInstance(p, model::TypeLibrary::builtin(), 1, error);
    if (!inst)
        qFatal("%s", error.c_str());
    OffloadSchedule s(*inst, order, 0.7, 0.3);
    std::vector<TaskTiming> out;
    s.evaluate(modes, out);
    return out;
}

} // namespace

class TestOffloadingSchedule : public QObject {
    Q_OBJECT

private slots:
    void instanceMatchesTheTable() {
        std::string error;
        const auto inst =
            buildOffloadInstance(test::handOffloadProject(), model::TypeLibrary::builtin(), 1, error);
        QVERIFY(inst);
        QCOMPARE(inst->tasks.size(), std::size_t(4));
        for (std::size_t i = 0; i < 4; ++i) {
            QVERIFY(near(inst->tasks[i].data_kb * 8000, kBits[i]));
            QCOMPARE(inst->tasks[i].instructions_mi, kMi[i]);
        }
        QVERIFY(inst->tasks[0].hasEdge() && inst->tasks[0].hasCloud());
        QVERIFY(!inst->tasks[3].hasEdge() && !inst->tasks[3].hasCloud()); // d is not offloadable
        QCOMPARE(inst->tasks[0].edge->latency_ms, kWifiMs + kUplinkMs);
        QCOMPARE(inst->tasks[0].cloud->latency_ms, kWifiMs + kWanMs);
    }

    // a, b, c on the edge, d local. K = 3 on the channel and on e1's ap->es direction.
    //   a arrives 0.5 Mb / (100/3 Mbps) + 1.5 = 16.5 ms and runs 200/2000 s = 100 ms: 16.5..116.5.
    //   b arrives 1 Mb / (100/3 Mbps) + 1.5 = 31.5 ms (w2's own 50 Mbps is not the channel's
    //   capacity), c arrives 2 Mb / shannon(K=3) + 1.5 = 58.4 ms; both wait for a.
    //   Arrival order: b 116.5..176.5, then c ..186.5. Priority order: p_c < p_b, so c
    //   116.5..126.5, then b ..186.5. d runs locally: 25/500 s = 50 ms.
    void edgeQueueInBothOrders() {
        const auto p = test::handOffloadProject();
        const double upA = ms(kBits[0], kChannelBps / 3) + kWifiMs + kUplinkMs;
        const double upB = ms(kBits[1], kChannelBps / 3) + kWifiMs + kUplinkMs;
        const double upC = ms(kBits[2], std::min(shannonBps(3), kUplinkBps / 3)) + kWifiMs + kUplinkMs;
        QVERIFY(upA < upB && upB < upC && upC < upA + runMs(kMi[0], kEdgeMips)); // contention
        const double runA = runMs(kMi[0], kEdgeMips), runB = runMs(kMi[1], kEdgeMips),
                     runC = runMs(kMi[2], kEdgeMips);

        const auto fifo = evaluate(p, {E, E, E, L}, QueueOrder::Arrival);
        QVERIFY(near(fifo[0].upload_ms, upA));
        QVERIFY(near(fifo[1].upload_ms, upB));
        QVERIFY(near(fifo[2].upload_ms, upC));
        QVERIFY(near(fifo[0].delay_ms, upA + runA));
        QVERIFY(near(fifo[1].delay_ms, upA + runA + runB));
        QVERIFY(near(fifo[2].delay_ms, upA + runA + runB + runC));
        QVERIFY(near(fifo[1].wait_ms, upA + runA - upB));
        QVERIFY(near(fifo[3].delay_ms, runMs(kMi[3], kLocalMips)));
        QCOMPARE(fifo[3].upload_ms, 0.0);

        // p over the three tasks at es: alpha = Tmax / sum Tmax, beta = C / sum C.
        const double sumT = kTmax[0] + kTmax[1] + kTmax[2], sumC = kMi[0] + kMi[1] + kMi[2];
        const auto prio = [&](int i) { return 0.7 * kTmax[i] / sumT + 0.3 * kMi[i] / sumC; };
        QVERIFY(prio(2) < prio(1));
        const auto pq = evaluate(p, {E, E, E, L}, QueueOrder::Priority);
        QVERIFY(near(pq[0].delay_ms, upA + runA));
        QVERIFY(near(pq[2].delay_ms, upA + runA + runC));
        QVERIFY(near(pq[1].delay_ms, upA + runA + runC + runB));
        for (int i = 0; i < 3; ++i)
            QVERIFY(near(pq[i].priority, prio(i)));
    }

    // Two cores: a takes core 1 at 16.5; b takes core 2 at 31.5 until 91.5; c (58.4) waits for it.
    void workConservingOnTwoCores() {
        auto p = test::handOffloadProject();
        p.elements[4].compute->cores = 2;
        const double upA = ms(kBits[0], kChannelBps / 3) + kWifiMs + kUplinkMs;
        const double upB = ms(kBits[1], kChannelBps / 3) + kWifiMs + kUplinkMs;
        const double endB = upB + runMs(kMi[1], kEdgeMips);
        for (const auto order : {QueueOrder::Arrival, QueueOrder::Priority}) {
            const auto t = evaluate(p, {E, E, E, L}, order);
            QVERIFY(near(t[0].delay_ms, upA + runMs(kMi[0], kEdgeMips)));
            QVERIFY(near(t[1].delay_ms, endB));
            QVERIFY(near(t[2].delay_ms, endB + runMs(kMi[2], kEdgeMips)));
        }
    }

    // An idle core waits for the next arrival: a alone on the edge starts when it arrives.
    void idleUntilArrival() {
        const auto p = test::handOffloadProject();
        const auto t = evaluate(p, {E, L, L, L}, QueueOrder::Priority);
        const double up = ms(kBits[0], kChannelBps) + kWifiMs + kUplinkMs;
        QVERIFY(near(t[0].delay_ms, up + runMs(kMi[0], kEdgeMips)));
        QCOMPARE(t[0].wait_ms, 0.0);
    }

    // a on the edge, b and c on the cloud: K = 3 on the channel, 1 on e1, 2 on n1 (20 Mbps).
    //   b: min(100/3, 20/2) = 10 Mbps -> 100 ms + 1 + 5, then 120/8000 s = 15 ms.
    //   c: min(shannon(3) = 35.2, 20/2) = 10 Mbps -> 200 ms + 6 + 2.5 ms.
    void cloudWithoutQueueingAndWiredBottleneck() {
        const auto t = evaluate(test::handOffloadProject(), {E, C, C, L}, QueueOrder::Arrival);
        QVERIFY(near(t[0].delay_ms,
                     ms(kBits[0], kChannelBps / 3) + kWifiMs + kUplinkMs + runMs(kMi[0], kEdgeMips)));
        QVERIFY(shannonBps(3) > kWanBps / 2);
        QVERIFY(near(t[1].upload_ms, ms(kBits[1], kWanBps / 2) + kWifiMs + kWanMs));
        QVERIFY(near(t[1].delay_ms, t[1].upload_ms + runMs(kMi[1], kCloudMips)));
        QVERIFY(
            near(t[2].delay_ms, ms(kBits[2], kWanBps / 2) + kWifiMs + kWanMs + runMs(kMi[2], kCloudMips)));
        QCOMPARE(t[1].wait_ms, 0.0);
    }

    // Every task local: d1 runs a (200/500 s = 400 ms) and then d (50 ms) one after the other.
    void localTasksOfOneElementInTaskOrder() {
        const auto t = evaluate(test::handOffloadProject(), {L, L, L, L}, QueueOrder::Arrival);
        QVERIFY(near(t[0].delay_ms, runMs(kMi[0], kLocalMips)));
        QVERIFY(near(t[1].delay_ms, runMs(kMi[1], kLocalMips)));
        QVERIFY(near(t[2].delay_ms, runMs(kMi[2], kLocalMips)));
        QVERIFY(near(t[3].delay_ms, runMs(kMi[0], kLocalMips) + runMs(kMi[3], kLocalMips)));
        QVERIFY(near(t[3].wait_ms, runMs(kMi[0], kLocalMips)));
    }

    // c alone on the channel: Shannon with K = 1 is 10 MHz x log2(1 + 500) = 89.7 Mbps; without a
    // radio d3 gets the channel's capacity 100 Mbps instead (its link's 20 Mbps is ignored).
    void shannonRateAndNoRadio() {
        auto p = test::handOffloadProject();
        const double run = runMs(kMi[2], kEdgeMips);
        auto t = evaluate(p, {L, L, E, L}, QueueOrder::Arrival);
        QVERIFY(near(t[2].delay_ms, ms(kBits[2], shannonBps(1)) + kWifiMs + kUplinkMs + run));
        QVERIFY(near(shannonBps(1), 10e6 * std::log2(501.0)));
        p.elements[2].radio.reset();
        t = evaluate(p, {L, L, E, L}, QueueOrder::Arrival);
        QVERIFY(near(t[2].delay_ms, ms(kBits[2], kChannelBps) + kWifiMs + kUplinkMs + run));
    }

    // Alone-delays are the starting point of the adaptive sweep: no other task offloaded.
    void aloneDelays() {
        std::string error;
        const auto inst =
            buildOffloadInstance(test::handOffloadProject(), model::TypeLibrary::builtin(), 1, error);
        OffloadSchedule s(*inst, QueueOrder::Priority, 0.7, 0.3);
        QVERIFY(near(s.aloneDelayMs(0, L), 400));
        QVERIFY(near(s.aloneDelayMs(0, E), ms(kBits[0], kChannelBps) + 1.5 + 100));
        QVERIFY(near(s.aloneDelayMs(0, C), ms(kBits[0], kWanBps) + 6 + 25));
        QVERIFY(std::isinf(s.aloneDelayMs(3, E)));
    }
};

QTEST_GUILESS_MAIN(TestOffloadingSchedule)
#include "test_offloading_schedule.moc"
