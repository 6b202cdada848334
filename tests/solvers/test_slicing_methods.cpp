// Every slicing method (MODELS.md section 4) on generated study instances and on the testbed
// example, checked by the independent checker (capacity per link direction and host, chain order
// along the walk, end devices never transit, delay bound, recomputed cost and delay, summary
// figures); the exact MILP never costs more than STNRA for a service on the same network; runs are
// deterministic.
#include "model/project_io.h"
#include "model/slicing_generator.h"
#include "model/type_library.h"
#include "solvers/slicing.h"
#include "solvers/slicing_checker.h"

#include <QDir>
#include <QtTest>
#include <cmath>
#include <string>

using namespace iiot;
using solvers::SlicingMethod;

namespace {

constexpr SlicingMethod kMethods[] = {SlicingMethod::Stnra, SlicingMethod::Dnso, SlicingMethod::Ffpa,
                                      SlicingMethod::Exact};

model::Project study(long long nodes, long long services, std::uint64_t seed,
                     model::CostFunction f = model::CostFunction::Linear) {
    model::SlicingStudyOptions o;
    o.nodes = nodes;
    o.services = services;
    o.seed = seed;
    o.costFunction = f;
    return model::generateSlicingStudy(o);
}

bool checked(const model::Project& p, const solvers::SlicingResult& r) {
    const auto problems = solvers::checkSlicing(p, model::TypeLibrary::builtin(), r);
    for (const auto& problem : problems)
        qWarning("%s on %s: %s", solvers::toString(r.method), p.name.c_str(), problem.c_str());
    return problems.empty();
}

} // namespace

class TestSlicingMethods : public QObject {
    Q_OBJECT

private slots:
    void checker_accepts_every_method_data() {
        QTest::addColumn<int>("method");
        QTest::addColumn<int>("function");
        for (auto m : kMethods)
            for (auto f : {model::CostFunction::Linear, model::CostFunction::Step,
                           model::CostFunction::Inverse, model::CostFunction::Exponential})
                QTest::newRow((std::string(solvers::toString(m)) + "/" + model::toString(f)).c_str())
                    << int(m) << int(f);
    }
    void checker_accepts_every_method() {
        QFETCH(int, method);
        QFETCH(int, function);
        // Small enough for the exact method; crowded enough (14 nodes x 8 cores, 30 services of
        // 3-7 VNFs) that capacity runs out and later services are rejected.
        const long long nodes = SlicingMethod(method) == SlicingMethod::Exact ? 8 : 14;
        const long long services = SlicingMethod(method) == SlicingMethod::Exact ? 10 : 30;
        const bool exact =
            SlicingMethod(method) == SlicingMethod::Exact; // one MILP per service: keep it short
        for (std::uint64_t seed : {1u, 2u}) {
            if (exact && seed == 2)
                break;
            const auto p = study(nodes, services, seed, model::CostFunction(function));
            const auto r = solvers::runSlicing(p, model::TypeLibrary::builtin(), SlicingMethod(method));
            QVERIFY2(r.ok(), r.error.c_str());
            QVERIFY(checked(p, r));
            QVERIFY(r.admittedRate > 0);
        }
    }

    void testbed_example_data() {
        QTest::addColumn<int>("method");
        for (auto m : kMethods)
            QTest::newRow(solvers::toString(m)) << int(m);
    }
    void testbed_example() {
        QFETCH(int, method);
        const auto loaded =
            model::loadProject(QDir(IIOT_EXAMPLES_DIR).filePath("slicing-testbed.yaml").toStdString());
        QVERIFY(loaded.ok());
        const auto r =
            solvers::runSlicing(*loaded.project, model::TypeLibrary::builtin(), SlicingMethod(method));
        QVERIFY2(r.ok(), r.error.c_str());
        QVERIFY(checked(*loaded.project, r));
        if (SlicingMethod(method) != SlicingMethod::Ffpa)
            QCOMPARE(r.admittedRate, 1.0); // 37 of 40 cores: everything fits
    }

    // One service at a time on the empty network, so that both methods face the same residual
    // network: the MILP's proven optimum is never above STNRA's cost, and LARAC's bound never above
    // STNRA's cost; the exact method admits whatever STNRA admits.
    void exact_not_above_stnra() {
        for (std::uint64_t seed : {3u, 4u, 5u}) {
            const auto p =
                study(8, 8, seed, seed == 4 ? model::CostFunction::Inverse : model::CostFunction::Linear);
            for (const auto& s : p.services) {
                auto single = p;
                single.services = {s};
                const auto h =
                    solvers::runSlicing(single, model::TypeLibrary::builtin(), SlicingMethod::Stnra);
                const auto x =
                    solvers::runSlicing(single, model::TypeLibrary::builtin(), SlicingMethod::Exact);
                QVERIFY2(h.ok() && x.ok(), (h.error + x.error).c_str());
                const auto &hs = h.services[0], &xs = x.services[0];
                if (hs.admitted) {
                    QVERIFY(hs.lowerBound && *hs.lowerBound <= hs.cost + 1e-9);
                    QVERIFY2(xs.admitted, s.id.c_str());
                }
                if (hs.admitted && xs.admitted && xs.optimal && *xs.optimal) // LARAC's bound is a bound
                    QVERIFY(*hs.lowerBound <= xs.cost + 1e-6 * std::max(1.0, xs.cost));
                if (hs.admitted && xs.admitted && xs.optimal && *xs.optimal)
                    QVERIFY2(
                        xs.cost <= hs.cost + 1e-6 * std::max(1.0, hs.cost),
                        (s.id + ": exact " + std::to_string(xs.cost) + " > stnra " + std::to_string(hs.cost))
                            .c_str());
            }
        }
    }

    // On the testbed STNRA's deletions of over-used hosts find the least-cost embedding of every
    // service. vs-2 (camera2 -> monitor, 25 Mbps, 10 cores of VNFs) meets mc4 with 5 cores left and
    // mc5 full: the cheapest walk is camera2 mc4 mc2 mc1 mc5 monitor, links 25 x (1 + 1.5 + 1 + 1 + 1)
    // = 137.5, firewall and nat on mc4 (2 x 1.5 = 3), the other five entries (8 cores) on mc2
    // (8 x 1.2 = 9.6): 150.1. Deleting the last entry of an over-used host first (the rule of earlier
    // versions) led vs-1 onto mc4 alone and vs-2 round the ring, at 248.9.
    void stnra_finds_the_testbed_optima() {
        const auto loaded =
            model::loadProject(QDir(IIOT_EXAMPLES_DIR).filePath("slicing-testbed.yaml").toStdString());
        QVERIFY(loaded.ok());
        const auto& p = *loaded.project;
        const auto h = solvers::runSlicing(p, model::TypeLibrary::builtin(), SlicingMethod::Stnra);
        const auto x = solvers::runSlicing(p, model::TypeLibrary::builtin(), SlicingMethod::Exact);
        QVERIFY2(h.ok() && x.ok(), (h.error + x.error).c_str());
        QVERIFY(checked(p, h));
        for (std::size_t i = 0; i < p.services.size(); ++i) {
            QVERIFY(h.services[i].admitted && x.services[i].admitted);
            QVERIFY2(std::abs(h.services[i].cost - x.services[i].cost) <= 1e-9 * x.services[i].cost,
                     (p.services[i].id + ": stnra " + std::to_string(h.services[i].cost) + ", exact " +
                      std::to_string(x.services[i].cost))
                         .c_str());
        }
        QCOMPARE(h.services[5].id, std::string("vs-2"));
        QVERIFY(std::abs(h.services[5].cost - (25 * (1 + 1.5 + 1 + 1 + 1) + 2 * 1.5 + 8 * 1.2)) < 1e-9);
        QCOMPARE(h.services[5].path,
                 (std::vector<std::string>{"camera2", "mc4", "mc2", "mc1", "mc5", "monitor"}));
    }

    void deterministic_data() { testbed_example_data(); }
    void deterministic() {
        QFETCH(int, method);
        if (SlicingMethod(method) == SlicingMethod::Exact)
            QSKIP("the external solver's choice among equal optima is its own");
        const auto p = study(20, 25, 9);
        solvers::SlicingParameters params;
        params.seed = 11;
        const auto a = solvers::runSlicing(p, model::TypeLibrary::builtin(), SlicingMethod(method), params);
        const auto b = solvers::runSlicing(p, model::TypeLibrary::builtin(), SlicingMethod(method), params);
        QCOMPARE(solvers::slicingJson(a, false), solvers::slicingJson(b, false));
        if (SlicingMethod(method) == SlicingMethod::Dnso) { // the seed matters
            params.seed = 12;
            const auto c = solvers::runSlicing(p, model::TypeLibrary::builtin(), SlicingMethod::Dnso, params);
            QVERIFY(solvers::slicingJson(a, false) != solvers::slicingJson(c, false));
        }
    }

    void generator_is_deterministic_and_valid() {
        const auto a = study(50, 60, 4), b = study(50, 60, 4), c = study(50, 80, 4);
        QVERIFY(a == b);
        QCOMPARE(a.elements.size(), std::size_t(50));
        QCOMPARE(a.services.size(), std::size_t(60));
        QVERIFY(a.links == c.links); // the network has its own stream
        for (const auto& s : a.services) {
            QVERIFY(s.chain->size() >= 3 && s.chain->size() <= 7);
            QVERIFY(s.source != s.destination);
        }
    }

    // The checker is only worth something if it fails bad results: each tampering below breaks one rule.
    void checker_catches_mistakes() {
        const auto loaded =
            model::loadProject(QDir(IIOT_EXAMPLES_DIR).filePath("slicing-testbed.yaml").toStdString());
        QVERIFY(loaded.ok());
        const auto& p = *loaded.project;
        const auto& types = model::TypeLibrary::builtin();
        const auto good = solvers::runSlicing(p, types, SlicingMethod::Exact);
        QVERIFY(good.ok() && good.services[0].admitted);
        QVERIFY(solvers::checkSlicing(p, types, good).empty());
        auto broken = [&](auto tamper, model::Project project) {
            auto r = good;
            tamper(r, project);
            return !solvers::checkSlicing(project, types, r).empty();
        };
        using R = solvers::SlicingResult;
        using P = model::Project;
        QVERIFY(broken([](R& r, P&) { r.services[0].cost += 1; }, p));
        QVERIFY(broken([](R& r, P&) { r.services[0].delayMs += 0.01; }, p));
        QVERIFY(broken([](R& r, P&) { r.services[0].placement.back() = "mc5"; }, p)); // not on ro-1's walk
        QVERIFY(broken([](R& r, P&) { r.services[1].placement.back() = "mc2"; },
                       p)); // mc2 before mc3 on ro-2's walk
        QVERIFY(broken([](R&, P& q) { q.services[0].max_delay_ms = 0.05; }, p)); // delay bound
        QVERIFY(broken([](R&, P& q) { q.links[0].bandwidth_mbps = 0.1; }, p));   // r12 capacity
        QVERIFY(broken([](R&, P& q) { q.elements[0].vnf->cores = 1; }, p));      // mc1 cores
        QVERIFY(broken([](R& r, P&) { r.admittedRate = 0.5; }, p));
        QVERIFY(broken([](R& r, P&) { r.cpuUtilizationVariance += 0.01; }, p));
        QVERIFY(broken([](R& r, P&) { r.services[0].links.pop_back(); }, p));
        // A walk through an end device: hmi1 > mc1 > hmi1 > mc1 > mc2 > robot1 for ro-1.
        QVERIFY(broken(
            [](R& r, P&) {
                auto& s = r.services[0];
                s.path.insert(s.path.begin() + 1, {"mc1", "hmi1"});
                s.links.insert(s.links.begin(), {"a-hmi1", "a-hmi1"});
                s.cost += 2 * 0.8;
                s.delayMs += 0.02;
            },
            p));
    }

    void cancellation() {
        std::atomic<bool> stop{true};
        model::RunControl control({}, &stop);
        const auto r = solvers::runSlicing(study(10, 5, 1), model::TypeLibrary::builtin(),
                                           SlicingMethod::Stnra, {}, control);
        QVERIFY(r.cancelled);
        QVERIFY(!r.ok());
    }

    void cancellationStopsDnsoWithinAService() {
        // One service, cancelled once it has started: DNSO must stop its generations instead of
        // running all of them, and the run must end cancelled, not with that service's answer.
        std::atomic<bool> stop{false};
        int reports = 0;
        model::RunControl control(
            [&](double fraction) {
                ++reports;
                if (fraction == 0.0)
                    stop = true;
            },
            &stop);
        solvers::SlicingParameters params;
        params.iterations = 1000000; // hours of work unless the generations stop
        const auto r = solvers::runSlicing(study(10, 1, 1), model::TypeLibrary::builtin(),
                                           SlicingMethod::Dnso, params, control);
        QCOMPARE(reports, 1); // started the service, never reported it done
        QVERIFY(r.cancelled);
        QVERIFY(!r.ok());
    }
};

QTEST_GUILESS_MAIN(TestSlicingMethods)
#include "test_slicing_methods.moc"
