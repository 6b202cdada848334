// The exact priority allocation (MODELS.md section 3) against a brute-force enumeration of every
// placement on small random instances, for all three objectives, with cbc and glpsol; greedy never
// beats it on objective (1); every exact answer passes the checker; cancellation and a missing
// solver are reported as errors.
#include "model/run_control.h"
#include "solvers/milp_process.h"
#include "solvers/priority_allocation.h"

#include "solvers/allocation_test_support.h"

#include <QtTest>

#include <atomic>
#include <cmath>

using namespace iiot;
using namespace iiot::solvers;

namespace {

AllocationOptions exactWith(const char* solver) {
    AllocationOptions o;
    o.method = AllocationMethod::Exact;
    o.milp.solver = solver;
    o.milp.timeLimitSeconds = 60;
    return o;
}

bool close(double a, double b) {
    return std::abs(a - b) <= 1e-6 * std::max(1.0, std::abs(b));
}

} // namespace

class TestAllocationExact : public QObject {
    Q_OBJECT

    void compareWithBruteForce(const char* solver, std::uint64_t firstSeed, int count) {
        if (findProgram(solver).empty())
            QSKIP("solver not installed");
        int greedyBelow = 0;
        for (std::uint64_t seed = firstSeed; seed < firstSeed + static_cast<std::uint64_t>(count); ++seed) {
            const test::AllocationShape shape{2 + static_cast<int>(seed % 2), 4 + static_cast<int>(seed % 3),
                                              1 + static_cast<int>(seed % 3)};
            const auto project = test::randomAllocationProject(seed, shape);
            const auto brute = test::bruteForceAllocation(project);
            const auto exact = allocatePriority(project, exactWith(solver));
            const std::string where = std::string(solver) + " seed " + std::to_string(seed);
            QVERIFY2(exact.ok, (where + ": " + exact.error).c_str());
            QVERIFY2(exact.optimal, where.c_str());
            const auto problems = checkAllocation(project, exact);
            QVERIFY2(problems.empty(), (where + ": " + (problems.empty() ? "" : problems[0])).c_str());
            QVERIFY2(exact.admitted_priority == brute.admittedPriority,
                     (where + ": (1) " + std::to_string(exact.admitted_priority) + " vs " +
                      std::to_string(brute.admittedPriority))
                         .c_str());
            QVERIFY2(close(exact.weighted_satisfaction, brute.weightedSatisfaction),
                     (where + ": (2) " + std::to_string(exact.weighted_satisfaction) + " vs " +
                      std::to_string(brute.weightedSatisfaction))
                         .c_str());
            QVERIFY2(exact.active_hosts == brute.activeHosts,
                     (where + ": (3) " + std::to_string(exact.active_hosts) + " vs " +
                      std::to_string(brute.activeHosts))
                         .c_str());
            const auto greedy = allocatePriority(project);
            QVERIFY2(greedy.admitted_priority <= exact.admitted_priority, where.c_str());
            greedyBelow += greedy.admitted_priority < exact.admitted_priority ? 1 : 0;
        }
        qInfo("%s: greedy admitted less priority than the optimum on %d of %d instances", solver, greedyBelow,
              count);
    }

private slots:
    void cbcEqualsBruteForce() { compareWithBruteForce("cbc", 1, 30); }
    void glpsolEqualsBruteForce() { compareWithBruteForce("glpsol", 1001, 12); }

    void greedyNeverAboveExactOnLargerInstances() {
        if (findProgram("cbc").empty())
            QSKIP("cbc not installed");
        for (std::uint64_t seed = 500; seed < 510; ++seed) {
            const auto project = test::randomAllocationProject(seed, {4, 16, 3});
            const auto exact = allocatePriority(project, exactWith("cbc"));
            QVERIFY2(exact.ok, exact.error.c_str());
            QVERIFY(checkAllocation(project, exact).empty());
            QVERIFY(allocatePriority(project).admitted_priority <= exact.admitted_priority);
        }
    }

    void priorityBeatsCount() {
        // One host of 10: a (priority 9, needs 8) against b and c (priority 4 each, 5 each). Admitting
        // b and c gives 8 < 9, so the optimum admits a alone although it admits fewer applications.
        if (findProgram("cbc").empty())
            QSKIP("cbc not installed");
        model::Project p;
        model::Element h;
        h.id = "h";
        h.kind = "edge-server";
        h.capacity = std::map<std::string, double>{{"cpu", 10}};
        p.elements = {h};
        for (auto [id, prio, c] :
             {std::tuple{"b", 4, 5.0}, std::tuple{"c", 4, 5.0}, std::tuple{"a", 9, 8.0}}) {
            model::Application a;
            a.id = id;
            a.priority = prio;
            a.demands = std::map<std::string, model::Demand>{{"cpu", {c, c + 4}}};
            p.applications.push_back(a);
        }
        const auto r = allocatePriority(p, exactWith("cbc"));
        QVERIFY(r.optimal);
        QCOMPARE(r.admitted, 1);
        QCOMPARE(QString::fromStdString(r.allocations[0].application), QString("a"));
        // The room of 2 raises a's cpu from 8 to 10: s = 2 / 4.
        QVERIFY(close(r.allocations[0].amounts.at("cpu"), 10));
        QVERIFY(close(r.satisfaction, 9 * 0.5 / 17));
        QCOMPARE(QString::fromStdString(r.rejections[0].reason),
                 QString("committed demand does not fit beside the admitted applications"));
    }

    void cancelledBeforeStart() {
        std::atomic<bool> cancel{true};
        model::RunControl control(nullptr, &cancel);
        auto o = exactWith("cbc");
        o.control = &control;
        const auto r = allocatePriority(test::randomAllocationProject(1, {}), o);
        QVERIFY(!r.ok);
        QCOMPARE(QString::fromStdString(r.error), QString("cancelled"));
    }

    void missingSolverIsAnError() {
        const auto r =
            allocatePriority(test::randomAllocationProject(1, {}), exactWith("no-such-milp-solver"));
        QVERIFY(!r.ok);
        QVERIFY2(QString::fromStdString(r.error).contains("coinor-cbc"), r.error.c_str());
    }
};

QTEST_GUILESS_MAIN(TestAllocationExact)
#include "test_allocation_exact.moc"
