// Task outcomes, determinism, device-count sweeps and replications (MODELS.md sections 0 and 6).
#include "simulation/device_sweep.h"
#include "simulation/engine.h"
#include "simulation/simulate.h"
#include "simulation/simulation_json.h"
#include "simulation/statistics.h"

#include "model/type_library.h"
#include "simulation/sim_test_support.h"

#include <QRegularExpression>
#include <QtTest>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <set>

using namespace iiot;
using namespace iiot::test;

namespace {

// Three Wi-Fi sensors on one access point, an edge server (2 cores, 1 GB RAM) behind a switch and a
// cloud over the internet; an element with no links; three applications that succeed, need more
// RAM than the edge has, or start on the isolated element.
model::Project mixedProject() {
    model::Project p;
    p.name = "mixed";
    for (const char* id : {"s1", "s2", "s3"}) {
        p.elements.push_back(simElement(id, "sensor"));
        p.elements.back().power = model::Power{0.1, 2.0};
    }
    p.elements.push_back(simElement("lonely", "sensor"));
    p.elements.push_back(simElement("ap", "access-point"));
    p.elements.push_back(simElement("sw", "switch"));
    p.elements.push_back(simServer("edge", "edge-server", 2, 2000));
    p.elements.back().compute->ram_mb = 1024;
    p.elements.back().power = model::Power{50, 150};
    p.elements.push_back(simElement("gw", "router"));
    p.elements.push_back(simServer("cloud", "cloud", 8, 10000));
    for (const char* id : {"s1", "s2", "s3"})
        p.links.push_back(simLink(id, "ap", "wifi", 80, 2));
    p.links.push_back(simLink("ap", "sw", "ethernet", 1000, 0.1));
    p.links.push_back(simLink("sw", "edge", "ethernet", 1000, 0.1));
    p.links.push_back(simLink("sw", "gw", "ethernet", 1000, 0.1));
    p.links.push_back(simLink("gw", "cloud", "internet", 60, 200));
    auto fast = simApp("fast", {"s1", "s2", "s3"}, model::ArrivalType::Poisson, 4);
    fast.data_kb = model::Quantity{model::DistributionKind::Uniform, 20, 200};
    fast.result_kb = model::Quantity::number(5);
    fast.instructions_mi = model::Quantity{model::DistributionKind::Exponential, 300, 0};
    fast.max_latency_ms = 150;
    p.applications.push_back(fast);
    auto heavy = simApp("heavy", {"s1"}, model::ArrivalType::Periodic, 2);
    heavy.container_mb = 2048;
    heavy.instructions_mi = model::Quantity::number(100);
    heavy.max_latency_ms = 1000;
    p.applications.push_back(heavy);
    auto orphan = simApp("orphan", {"lonely"}, model::ArrivalType::Periodic, 1);
    orphan.max_latency_ms = 1000;
    p.applications.push_back(orphan);
    p.ensureLinkIds();
    model::Scenario s = simScenario("base", 120, "edge-only");
    s.warmup_s = 10;
    p.scenarios.push_back(s);
    return p;
}

sim::RunResult run(const model::Project& p, const sim::RunConfig& c) {
    std::string error;
    auto r = sim::simulateRun(p, model::TypeLibrary::builtin(), c, {}, error);
    if (!r)
        qFatal("simulation failed: %s", error.c_str());
    return *r;
}

void checkOutcomesAddUp(const sim::RunResult& r) {
    long long tasks = 0;
    for (const auto& a : r.applications) {
        QCOMPARE(a.succeeded + a.failures.total() + a.unfinished, a.tasks);
        QVERIFY(a.finished >= a.succeeded);
        tasks += a.tasks;
    }
    QCOMPARE(tasks, r.tasks);
    QCOMPARE(r.succeeded + r.failures.total() + r.unfinished, r.tasks);
}

QString withoutTimings(const std::string& json) {
    return QString::fromStdString(json).remove(QRegularExpression("\"wall_s\": [^,\\n]*"));
}

} // namespace

class TestSimulationOutcomes : public QObject {
    Q_OBJECT

private slots:
    // Tasks generated after the 10 s warm-up: heavy every 2 s on s1 and orphan every 1 s, each
    // with a random phase, so 55 and 110 of them (the phase decides one either way).
    void everyTaskEndsInExactlyOneOutcome() {
        auto p = mixedProject();
        for (auto policy : {sim::Policy::EdgeOnly, sim::Policy::CloudOnly, sim::Policy::EdgeCloud,
                            sim::Policy::RoundRobin, sim::Policy::Local, sim::Policy::CmsAstp}) {
            auto c = sim::configFor(p.scenarios[0]);
            c.policy = policy;
            const auto r = run(p, c);
            checkOutcomesAddUp(r);
            QVERIFY(r.tasks > 1000);
            const auto& heavy = r.applications[1];
            const auto& orphan = r.applications[2];
            QVERIFY(std::abs(heavy.tasks - 55) <= 1);
            QVERIFY(std::abs(orphan.tasks - 110) <= 1);
            // Nothing reachable from the isolated element, and no computing on it for `local`.
            QCOMPARE(orphan.failures.no_destination, orphan.tasks);
            if (policy == sim::Policy::EdgeOnly)
                QCOMPARE(heavy.failures.insufficient_resources, heavy.tasks);
            if (policy == sim::Policy::Local) // sensors have no compute
                QCOMPARE(r.failures.no_destination, r.tasks);
        }
    }

    // The cloud is 200 ms away each way, beyond the 150 ms deadline: every finished cloud-only
    // `fast` task is late.
    void lateTasksFailByLatency() {
        auto p = mixedProject();
        auto c = sim::configFor(p.scenarios[0]);
        c.policy = sim::Policy::CloudOnly;
        const auto r = run(p, c);
        const auto& fast = r.applications[0];
        QCOMPARE(fast.succeeded, 0LL);
        QVERIFY(fast.finished > 0);
        QVERIFY(fast.delay_ms.p50 > 400);
        QCOMPARE(fast.failures.latency + fast.unfinished, fast.tasks);
    }

    void sameSeedSameJsonDifferentSeedDifferentNumbers() {
        const auto p = mixedProject();
        sim::SimulationRequest req;
        req.policies = {sim::Policy::EdgeCloud, sim::Policy::EdgeOnly};
        std::string error;
        const auto a = sim::simulate(p, model::TypeLibrary::builtin(), req, {}, error);
        const auto b = sim::simulate(p, model::TypeLibrary::builtin(), req, {}, error);
        QVERIFY(a && b);
        QCOMPARE(withoutTimings(sim::simulationJson(*a)), withoutTimings(sim::simulationJson(*b)));
        QCOMPARE(sim::timeSeriesCsv(a->runs[0]), sim::timeSeriesCsv(b->runs[0]));
        req.seed = 2;
        const auto c = sim::simulate(p, model::TypeLibrary::builtin(), req, {}, error);
        QVERIFY(c);
        QVERIFY(c->runs[0].tasks != a->runs[0].tasks || c->runs[0].delay_ms.mean != a->runs[0].delay_ms.mean);
        QVERIFY(c->runs[0].delay_ms.mean != a->runs[0].delay_ms.mean);
    }

    // Adding a generating element leaves the other generators' random streams alone: s1's
    // periodic `heavy` tasks keep their phase, so their count and outcomes are unchanged.
    void addingAnElementKeepsOtherStreams() {
        auto p = mixedProject();
        auto c = sim::configFor(p.scenarios[0]);
        const auto before = run(p, c);
        p.elements.push_back(simElement("s4", "sensor"));
        p.links.push_back(simLink("s4", "ap", "wifi", 80, 2));
        p.applications[2].generated_by->elements->push_back("s4");
        p.ensureLinkIds();
        const auto after = run(p, c);
        QCOMPARE(after.applications[1].tasks, before.applications[1].tasks);
        QVERIFY(after.applications[2].tasks > before.applications[2].tasks);
    }

    // Clones are added round-robin over the generating elements with ids <id>#<k> and the same
    // neighbours; shrinking removes the last generating elements and their links.
    void deviceCountsCloneRoundRobin() {
        const auto p = mixedProject(); // generating: s1, s2, s3, lonely (project order)
        QCOMPARE(sim::generatingElements(p).size(), std::size_t(4));
        const auto grown = sim::withDeviceCount(p, 7);
        QCOMPARE(sim::generatingElements(grown).size(), std::size_t(7));
        std::set<std::string> ids;
        for (const auto& e : grown.elements)
            ids.insert(e.id);
        QVERIFY(ids.count("s1#1") && ids.count("s2#1") && ids.count("s3#1") && !ids.count("s1#2"));
        int cloneLinks = 0;
        for (const auto& l : grown.links)
            if (l.from == "s2#1") {
                ++cloneLinks;
                QCOMPARE(l.to, std::string("ap"));
                QCOMPARE(l.medium, std::string("wifi"));
            }
        QCOMPARE(cloneLinks, 1);
        const auto twice = sim::withDeviceCount(p, 9);
        QVERIFY(twice.findElement("lonely#1") && twice.findElement("s1#2"));
        const auto shrunk = sim::withDeviceCount(p, 2);
        QCOMPARE(sim::generatingElements(shrunk).size(), std::size_t(2));
        QVERIFY(!shrunk.findElement("s3") && !shrunk.findElement("lonely"));
        for (const auto& l : shrunk.links)
            QVERIFY(l.from != "s3" && l.to != "s3");
        // A sweep through simulate(): one run per count, each reporting its device count; more
        // devices generate proportionally more `fast` tasks.
        sim::SimulationRequest req;
        req.devices = {3, 6};
        std::string error;
        const auto report = sim::simulate(p, model::TypeLibrary::builtin(), req, {}, error);
        QVERIFY(report);
        QCOMPARE(report->runs.size(), std::size_t(2));
        QCOMPARE(report->runs[0].devices, 3LL);
        QCOMPARE(report->runs[1].devices, 6LL);
        QVERIFY(report->runs[1].applications[0].tasks > report->runs[0].applications[0].tasks);
    }

    // Replications use seeds seed, seed+1, ...; the summary's mean is their mean and its half-width
    // t(0.975, n-1) * sd / sqrt(n).
    void replicationsGiveMeanAndConfidenceInterval() {
        const auto p = mixedProject();
        sim::SimulationRequest req;
        req.replications = 4;
        req.seed = 10;
        std::string error;
        const auto report = sim::simulate(p, model::TypeLibrary::builtin(), req, {}, error);
        QVERIFY(report);
        QCOMPARE(report->runs.size(), std::size_t(4));
        QCOMPARE(report->summaries.size(), std::size_t(1));
        std::vector<double> rates;
        for (std::size_t k = 0; k < 4; ++k) {
            QCOMPARE(report->runs[k].seed, 10 + k);
            rates.push_back(report->runs[k].success_rate);
        }
        const double mean = (rates[0] + rates[1] + rates[2] + rates[3]) / 4;
        double ss = 0;
        for (double v : rates)
            ss += (v - mean) * (v - mean);
        const double half = 3.182 * std::sqrt(ss / 3) / 2;
        QVERIFY(std::abs(report->summaries[0].success_rate.mean - mean) < 1e-12);
        QVERIFY(std::abs(report->summaries[0].success_rate.ci95 - half) < 1e-12);
        QVERIFY(half > 0);
    }

    // cms-astp picks the least estimated delay among local, edge and cloud. A device of 1,000 MIPS
    // with 50 MI tasks every second runs them locally in 50 ms; the edge is 100 ms away each way.
    // With 5,000 MI tasks local takes 5 s, the edge (10 x faster, 0.2 s round trip) 0.7 s.
    void cmsAstpChoosesTheFastestMode() {
        auto build = [](double mi) {
            model::Project p;
            p.name = "modes";
            p.elements.push_back(simServer("d", "industrial-pc", 1, 1000));
            p.elements.push_back(simServer("e", "edge-server", 1, 10000));
            p.links.push_back(simLink("d", "e", "ethernet", 1000, 100));
            auto a = simApp("work", {"d"}, model::ArrivalType::Periodic, 10);
            a.instructions_mi = model::Quantity::number(mi);
            p.applications.push_back(a);
            p.ensureLinkIds();
            return p;
        };
        sim::RunConfig c;
        c.policy = sim::Policy::CmsAstp;
        c.duration_s = 100;
        c.keep_delays = true;
        const auto small = run(build(50), c);
        QVERIFY(small.finished >= 9);
        QVERIFY(std::abs(small.delay_ms.p99 - 50) < 1e-6 && std::abs(small.delay_ms.p50 - 50) < 1e-6);
        QVERIFY(small.cpu_utilization[sim::kLocal] > 0 && small.cpu_utilization[sim::kEdge] == 0);
        const auto large = run(build(5000), c);
        QVERIFY(std::abs(large.delay_ms.p50 - 700) < 1e-6);
        QCOMPARE(large.cpu_utilization[sim::kLocal], 0.0);
    }

    // Progress runs from 0 to 1 without going back; a set cancellation flag stops the run with an
    // error instead of a result.
    void progressAndCancellation() {
        const auto p = queueProject(5, 100, 1);
        sim::RunConfig c;
        c.policy = sim::Policy::EdgeOnly;
        c.duration_s = 20'000; // about 100,000 tasks, several progress reports
        std::vector<double> reported;
        std::atomic<bool> cancel{false};
        const model::RunControl control([&](double f) { reported.push_back(f); }, &cancel);
        std::string error;
        QVERIFY(sim::simulateRun(p, model::TypeLibrary::builtin(), c, {&control, 0, 1}, error));
        QVERIFY(reported.size() > 3);
        QVERIFY(std::is_sorted(reported.begin(), reported.end()));
        QCOMPARE(reported.back(), 1.0);
        cancel = true;
        QVERIFY(!sim::simulateRun(p, model::TypeLibrary::builtin(), c, {&control, 0, 1}, error));
        QCOMPARE(error, std::string("cancelled"));
    }

    // Percentiles by linear interpolation between ranks: of 1..5, p50 = 3, p95 = 4.8.
    void percentilesInterpolate() {
        std::vector<double> v = {5, 1, 4, 2, 3};
        QCOMPARE(sim::percentile(v, 0.5), 3.0);
        QVERIFY(std::abs(sim::percentile(v, 0.95) - 4.8) < 1e-12);
        // delayStats selects its three ranks one after another on what is left; it must give what
        // percentile() gives on a fresh copy, ties and repeated values included.
        std::vector<double> many;
        for (int i = 0; i < 1001; ++i)
            many.push_back(static_cast<double>((i * 7919) % 97) / 4);
        for (double q : {0.5, 0.95, 0.99}) {
            auto copy = many;
            const double expected = sim::percentile(copy, q);
            auto work = many;
            const auto d = sim::delayStats(work);
            QCOMPARE(q == 0.5 ? d.p50 : q == 0.95 ? d.p95 : d.p99, expected);
        }
        QCOMPARE(sim::studentT975(1), 12.706);
        QVERIFY(std::abs(sim::studentT975(1000) - 1.962) < 1e-3);
    }

    // Moving devices that leave a 1 m access-point range fail by mobility; with a range covering the
    // whole area nothing does.
    void mobilityFailsTransfersOutOfRange() {
        auto p = mixedProject();
        p.elements[4].position = model::Position{50, 50}; // the access point
        auto c = sim::configFor(p.scenarios[0]);
        c.mobility = model::Mobility{1.4, 1.0};
        c.area_m = {100, 100};
        const auto narrow = run(p, c);
        checkOutcomesAddUp(narrow);
        QVERIFY(narrow.failures.mobility > 0);
        c.mobility = model::Mobility{1.4, 1000.0};
        const auto wide = run(p, c);
        QCOMPARE(wide.failures.mobility, 0LL);
    }

    // A battery of 5 J at 0.1 W idle lasts 50 s: tasks generated later fail as device_dead.
    // Energy: idle power over the run plus the busy share of the dynamic power.
    void batteryAndEnergy() {
        auto p = mixedProject();
        auto c = sim::configFor(p.scenarios[0]);
        c.battery_j = 5;
        const auto r = run(p, c);
        checkOutcomesAddUp(r);
        QVERIFY(r.failures.device_dead > 0);
        c.battery_j = 0;
        const auto mains = run(p, c);
        QCOMPARE(mains.failures.device_dead, 0LL);
        // sensors 3 x 0.1 W x 120 s + edge 50 W x 120 s + (150 - 50) W x edge busy core-seconds / 2 cores.
        const double idle = 3 * 0.1 * 120 + 50 * 120;
        QVERIFY(mains.energy_j > idle);
        QVERIFY(mains.energy_j < idle + 100 * 120);
    }
};

QTEST_GUILESS_MAIN(TestSimulationOutcomes)
#include "test_simulation_outcomes.moc"
