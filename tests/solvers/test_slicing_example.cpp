// Network slicing (MODELS.md section 4) on a five-element network worked out by hand:
//
//        s --1-- a --1-- b --1-- t          s: hmi (end device, source), t: robot (end device, destination)
//                 \             /           a: switch; b, c: switches hosting VNFs (2 cores each)
//                  3           3            link labels: cost_per_mbps; latencies: s-a, a-b, b-t 1 ms,
//                   \         /             a-c, c-t 0.5 ms; every link 100 Mbps unless stated
//                    ---- c --
//
// One service s -> t of 2 Mbps with chain [f] (1 core, 0.5 ms). The two sensible walks:
//   via b: s-a-b-t, links (1+1+1) x 2 = 6, delay 3 x 1 + 0.5 = 3.5 ms
//   via c: s-a-c-t, links (1+3+3) x 2 = 14, delay 1 + 0.5 + 0.5 + 0.5 = 2.5 ms
// Any other walk repeats links and costs more (e.g. s-a-b-a-c-t: 18 + node cost, 4.5 ms).
// With the linear cost (1 per core) via b costs 7 and via c 14 + 1 = 15.
#include "model/project.h"
#include "model/type_library.h"
#include "solvers/slicing.h"
#include "solvers/slicing_checker.h"

#include <QtTest>
#include <cmath>
#include <string>
#include <vector>

using namespace iiot;
using solvers::SlicingMethod;

namespace {

constexpr SlicingMethod kMethods[] = {SlicingMethod::Stnra, SlicingMethod::Dnso, SlicingMethod::Ffpa,
                                      SlicingMethod::Exact};

model::Link link(const char* id, const char* from, const char* to, double latency, double cost,
                 double bandwidth = 100) {
    model::Link l;
    l.id = id;
    l.from = from;
    l.to = to;
    l.medium = "ethernet";
    l.bandwidth_mbps = bandwidth;
    l.latency_ms = latency;
    l.cost_per_mbps = cost;
    return l;
}

model::Element element(const char* id, const char* kind, long long cores = 0, double costPerCore = 1) {
    model::Element e;
    e.id = id;
    e.kind = kind;
    if (cores > 0) {
        model::Vnf v;
        v.cores = cores;
        v.cost_per_core = costPerCore;
        e.vnf = v;
    }
    return e;
}

model::Service service(const char* id, std::vector<std::string> chain, double maxDelay,
                       double bandwidth = 2) {
    model::Service s;
    s.id = id;
    s.source = "s";
    s.destination = "t";
    s.chain = std::move(chain);
    s.bandwidth_mbps = bandwidth;
    s.max_delay_ms = maxDelay;
    return s;
}

model::Project fiveNodes(double abBandwidth = 100) {
    model::Project p;
    p.name = "five nodes";
    p.elements = {element("s", "hmi"), element("a", "switch"), element("b", "switch", 2),
                  element("c", "switch", 2), element("t", "robot")};
    p.links = {link("sa", "s", "a", 1, 1), link("ab", "a", "b", 1, 1, abBandwidth),
               link("bt", "b", "t", 1, 1), link("ac", "a", "c", 0.5, 3), link("ct", "c", "t", 0.5, 3)};
    p.vnf_types = {model::VnfType{"f", 1, 0.5}};
    return p;
}

solvers::SlicingResult run(const model::Project& p, SlicingMethod m) {
    solvers::SlicingParameters params;
    params.seed = 7;
    auto r = solvers::runSlicing(p, model::TypeLibrary::builtin(), m, params);
    if (!r.ok())
        qWarning("%s: %s", solvers::toString(m), r.error.c_str());
    const auto problems = solvers::checkSlicing(p, model::TypeLibrary::builtin(), r);
    for (const auto& problem : problems)
        qWarning("%s: %s", solvers::toString(m), problem.c_str());
    if (!problems.empty())
        r.error = "checker failed";
    return r;
}

} // namespace

class TestSlicingExample : public QObject {
    Q_OBJECT

private slots:
    void loose_bound_takes_the_cheap_walk_data() {
        QTest::addColumn<int>("method");
        for (auto m : kMethods)
            QTest::newRow(solvers::toString(m)) << int(m);
    }
    // 4 ms: via b (3.5 ms) meets the bound and is cheapest: cost 6 + 1 = 7.
    void loose_bound_takes_the_cheap_walk() {
        QFETCH(int, method);
        auto p = fiveNodes();
        p.services = {service("x", {"f"}, 4)};
        const auto r = run(p, SlicingMethod(method));
        QVERIFY(r.ok());
        const auto& s = r.services[0];
        QVERIFY(s.admitted);
        QCOMPARE(s.path, (std::vector<std::string>{"s", "a", "b", "t"}));
        QCOMPARE(s.links, (std::vector<std::string>{"sa", "ab", "bt"}));
        QCOMPARE(s.placement, std::vector<std::string>{"b"});
        QCOMPARE(s.cost, 7.0);
        QCOMPARE(s.delayMs, 3.5);
        if (SlicingMethod(method) == SlicingMethod::Stnra) {
            QVERIFY(s.lowerBound.has_value()); // the least-cost walk meets the bound: proven optimal
            QCOMPARE(*s.lowerBound, 7.0);
        }
        QCOMPARE(r.admittedRate, 1.0);
        QCOMPARE(r.averageCost, 7.0);
        QCOMPARE(r.averageDelayMs, 3.5);
        // b uses 1 of 2 cores, c none: utilisations 0.5 and 0, mean 0.25, variance 0.0625.
        QCOMPARE(r.cpuUtilizationVariance, 0.0625);
    }

    // 3 ms: only via c (2.5 ms) fits, cost 15. LARAC: least-cost walk pc = via b (7, 3.5 ms),
    // least-delay walk pd = via c (15, 2.5 ms); lambda = (7 - 15) / (2.5 - 3.5) = 8; both have
    // aggregated cost 7 + 8 x 3.5 = 15 + 8 x 2.5 = 35 and nothing is lower, so LARAC stops with pd
    // and the bound L(8) = 35 - 8 x 3 = 11. FFPA puts f on b (first host) and misses the bound.
    void tight_bound_data() { loose_bound_takes_the_cheap_walk_data(); }
    void tight_bound() {
        QFETCH(int, method);
        auto p = fiveNodes();
        p.services = {service("x", {"f"}, 3)};
        const auto r = run(p, SlicingMethod(method));
        QVERIFY(r.ok());
        const auto& s = r.services[0];
        if (SlicingMethod(method) == SlicingMethod::Ffpa) {
            QVERIFY(!s.admitted);
            QCOMPARE(s.reason, std::string("delay bound exceeded"));
            QCOMPARE(r.admittedRate, 0.0);
            QCOMPARE(r.averageCost, 0.0);
            return;
        }
        QVERIFY(s.admitted);
        QCOMPARE(s.path, (std::vector<std::string>{"s", "a", "c", "t"}));
        QCOMPARE(s.placement, std::vector<std::string>{"c"});
        QCOMPARE(s.cost, 15.0);
        QCOMPARE(s.delayMs, 2.5);
        if (SlicingMethod(method) == SlicingMethod::Stnra) {
            QVERIFY(s.lowerBound.has_value());
            QCOMPARE(*s.lowerBound, 11.0);
        }
    }

    // Two services of 2 Mbps with a-b limited to 3 Mbps: the first takes via b (7); 1 Mbps is left
    // on a -> b, and b is otherwise reachable only through t, an end device that is never transit,
    // so the second goes via c (15). Average cost 11, average delay 3 ms; utilisation b 0.5, c 0.5.
    // FFPA instead puts the second entry on b, the first host with a free core, and finds no route.
    void residual_bandwidth_data() { loose_bound_takes_the_cheap_walk_data(); }
    void residual_bandwidth() {
        QFETCH(int, method);
        auto p = fiveNodes(3);
        p.services = {service("x", {"f"}, 4), service("y", {"f"}, 4)};
        const auto r = run(p, SlicingMethod(method));
        QVERIFY(r.ok());
        if (SlicingMethod(method) == SlicingMethod::Ffpa) {
            // First fit puts y's entry on b (1 core still free), which cannot be reached any more.
            QVERIFY(r.services[0].admitted && !r.services[1].admitted);
            QCOMPARE(r.services[1].reason, std::string("no route with enough bandwidth from s to b"));
            QCOMPARE(r.averageCost, 7.0);
            QCOMPARE(r.cpuUtilizationVariance, 0.0625);
            return;
        }
        QVERIFY(r.services[0].admitted && r.services[1].admitted);
        QCOMPARE(r.services[0].placement, std::vector<std::string>{"b"});
        QCOMPARE(r.services[1].placement, std::vector<std::string>{"c"});
        QCOMPARE(r.services[1].cost, 15.0);
        QCOMPARE(r.averageCost, 11.0);
        QCOMPARE(r.averageDelayMs, 3.0);
        QCOMPARE(r.cpuUtilizationVariance, 0.0);
    }

    // The four node cost functions on b (res = 2) with their defaults, one entry (x = 1):
    //   linear      1 x 1 core                          = 1
    //   step        12 floor(0.2 x 1)                   = 0
    //   inverse     5 / (2 - 1 + 1)                     = 2.5
    //   exponential 5 exp(2 (1 - 1/2))                  = 5e
    // and two entries [f, f] on b (x = 1 then x = 2; the bound is 4.5 ms for 3 + 2 x 0.5 = 4 ms):
    //   linear 1 + 1 = 2; step 0 + 12 floor(0.4) = 0; inverse 2.5 + 5 / 1 = 7.5; exponential 5e + 5.
    // The same function on c costs the same, so via b (links 6) stays cheapest for every method.
    // With `vnf` overrides alpha1 = 10, alpha2 = 1 the step costs 10 floor(1) = 10 and 10 + 10 floor(2) = 30.
    void cost_functions_data() {
        QTest::addColumn<int>("method");
        QTest::addColumn<int>("function");
        QTest::addColumn<bool>("override");
        QTest::addColumn<double>("one");
        QTest::addColumn<double>("two");
        const double e = std::exp(1.0);
        struct Case {
            model::CostFunction f;
            bool override;
            double one, two;
        };
        const Case cases[] = {{model::CostFunction::Linear, false, 1, 2},
                              {model::CostFunction::Step, false, 0, 0},
                              {model::CostFunction::Step, true, 10, 30},
                              {model::CostFunction::Inverse, false, 2.5, 7.5},
                              {model::CostFunction::Exponential, false, 5 * e, 5 * e + 5}};
        for (auto m : kMethods)
            for (const auto& c : cases)
                QTest::newRow((std::string(solvers::toString(m)) + "/" + model::toString(c.f) +
                               (c.override ? "/override" : ""))
                                  .c_str())
                    << int(m) << int(c.f) << c.override << c.one << c.two;
    }
    void cost_functions() {
        QFETCH(int, method);
        QFETCH(int, function);
        QFETCH(bool, override);
        QFETCH(double, one);
        QFETCH(double, two);
        for (int entries = 1; entries <= 2; ++entries) {
            auto p = fiveNodes();
            for (auto& el : p.elements)
                if (el.vnf) {
                    el.vnf->cost_function = model::CostFunction(function);
                    if (override) {
                        el.vnf->alpha1 = 10;
                        el.vnf->alpha2 = 1;
                    }
                }
            p.services = {service("x", std::vector<std::string>(std::size_t(entries), "f"), 4.5)};
            const auto r = run(p, SlicingMethod(method));
            QVERIFY(r.ok());
            const auto& s = r.services[0];
            QVERIFY(s.admitted);
            QCOMPARE(s.placement, std::vector<std::string>(std::size_t(entries), "b"));
            QVERIFY(std::abs(s.cost - (6 + (entries == 1 ? one : two))) < 1e-9);
            QCOMPARE(s.delayMs, 3.0 + 0.5 * entries);
            if (s.lowerBound)
                QVERIFY(*s.lowerBound <= s.cost + 1e-12);
        }
    }
};

QTEST_GUILESS_MAIN(TestSlicingExample)
#include "test_slicing_example.moc"
