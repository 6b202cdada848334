// The engine's pending-event structures against a brute-force reference: the event queue (heap plus
// FIFO lanes) must hand out events exactly in (time, insertion order), and the arrival heap exactly
// in (time, generator) order, whatever the mix of operations.
#include "simulation/arrival_heap.h"
#include "simulation/event_queue.h"

#include "model/random.h"

#include <QtTest>

#include <cmath>
#include <limits>
#include <set>
#include <tuple>

using namespace iiot;

class TestSimulationEventQueue : public QObject {
    Q_OBJECT

private slots:
    // Random pushes on the heap and on three lanes (each lane at now + its fixed delay, as the
    // engine schedules deliveries), interleaved with pops. The reference is an ordered set of
    // (time, push number): the queue must pop the same event every time, ties included (times
    // are multiples of 0.25 s so that equal times are frequent).
    void lanesAndHeapPopInTimeThenInsertionOrder() {
        model::Random rng(42);
        sim::EventQueue q;
        q.setLanes(3);
        const double delay[3] = {0.5, 0.25, 2.0};
        std::set<std::tuple<double, std::uint64_t, std::uint32_t>> reference;
        std::uint64_t pushed = 0;
        double now = 0;
        int popped = 0;
        for (int step = 0; step < 20000; ++step) {
            const auto action = rng.uniformInt(4);
            if (action < 2 || q.empty()) {
                const auto subject = static_cast<std::uint32_t>(pushed);
                if (action == 0) {
                    const double t = now + 0.25 * static_cast<double>(rng.uniformInt(12));
                    q.push(t, 1, subject);
                    reference.insert({t, pushed++, subject});
                } else {
                    const auto lane = static_cast<std::uint32_t>(rng.uniformInt(3));
                    q.pushLane(lane, now + delay[lane], 2, subject);
                    reference.insert({now + delay[lane], pushed++, subject});
                }
                QCOMPARE(q.size(), reference.size());
                continue;
            }
            const auto expected = *reference.begin();
            reference.erase(reference.begin());
            QCOMPARE(q.top().time, std::get<0>(expected));
            const sim::Event e = q.pop();
            QCOMPARE(e.time, std::get<0>(expected));
            QCOMPARE(e.subject, std::get<2>(expected));
            QVERIFY(e.time >= now);
            now = e.time;
            ++popped;
        }
        QVERIFY(popped > 4000);
        while (!reference.empty()) {
            QCOMPARE(q.pop().subject, std::get<2>(*reference.begin()));
            reference.erase(reference.begin());
        }
        QVERIFY(q.empty());
    }

    // The arrival heap's top is always the least (time, generator); replacing it with a later
    // time or infinity (removal) keeps that true, at every size from 1 to 200 generators (partly
    // filled last levels included).
    void arrivalHeapKeepsTheLeastOnTop() {
        model::Random rng(7);
        for (std::uint32_t n = 1; n <= 200; n += 13) {
            sim::ArrivalHeap heap;
            std::set<std::pair<double, std::uint32_t>> reference;
            for (std::uint32_t g = 0; g < n; ++g) {
                const double t = 0.5 * static_cast<double>(rng.uniformInt(40));
                heap.push(t, g);
                reference.insert({t, g});
            }
            while (!reference.empty()) {
                const auto top = *reference.begin();
                QCOMPARE(heap.topTime(), top.first);
                QCOMPARE(heap.topGenerator(), top.second);
                reference.erase(reference.begin());
                const bool remove = rng.uniformInt(6) == 0;
                const double next = remove ? std::numeric_limits<double>::infinity()
                                           : top.first + 0.5 * static_cast<double>(rng.uniformInt(20));
                heap.replaceTop(next);
                if (!remove)
                    reference.insert({next, top.second});
            }
            QCOMPARE(heap.empty(), reference.empty());
        }
    }
};

QTEST_GUILESS_MAIN(TestSimulationEventQueue)
#include "test_simulation_event_queue.moc"
