// LARAC and the exact delay-constrained path on a hand-worked graph and against brute force
// (every simple path enumerated) on small random graphs.
#include "model/random.h"
#include "solvers/constrained_path.h"
#include "solvers/larac.h"

#include <QtTest>
#include <cmath>
#include <functional>
#include <limits>

using namespace iiot::solvers;

namespace {

// Least cost over all simple paths with delay <= bound, by depth-first enumeration.
double bruteForce(const ArcGraph& g, ArcVertex s, ArcVertex t, double bound) {
    double best = std::numeric_limits<double>::infinity();
    std::vector<char> onPath(boost::num_vertices(g), 0);
    std::function<void(ArcVertex, double, double)> dfs = [&](ArcVertex u, double cost, double delay) {
        if (delay > bound)
            return;
        if (u == t) {
            best = std::min(best, cost);
            return;
        }
        onPath[u] = 1;
        for (auto [e, end] = boost::out_edges(u, g); e != end; ++e)
            if (!onPath[boost::target(*e, g)])
                dfs(boost::target(*e, g), cost + g[*e].cost, delay + g[*e].delay);
        onPath[u] = 0;
    };
    dfs(s, 0, 0);
    return best;
}

} // namespace

class TestLarac : public QObject {
    Q_OBJECT

private slots:
    // 0 -> 3 by three routes (cost, delay): top 0-1-3 (2, 10), middle 0-2-3 (6, 6), direct 0-3 (10, 2).
    // Bound 7: least cost (top) is too slow; least delay (direct) fits. lambda = (2 - 10) / (2 - 10) = 1:
    // aggregated top 12, direct 12, middle 12: nothing below 12, so LARAC keeps direct (10) although
    // middle (6) is optimal, and the bound is L(1) = 12 - 7 = 5 <= 6 <= 10. With the middle route
    // at (6, 5) instead, its aggregated cost 11 < 12 makes it the new feasible path; then lambda =
    // (2 - 6) / (5 - 10) = 0.8, aggregated top 10, middle 10: stop with middle, bound 10 - 5.6 = 4.4.
    void handWorked() {
        ArcGraph g(4);
        addArc(g, 0, 1, 1, 5);
        addArc(g, 1, 3, 1, 5);
        addArc(g, 0, 2, 3, 3);
        addArc(g, 2, 3, 3, 3);
        addArc(g, 0, 3, 10, 2);
        auto r = larac(g, 0, 3, 7);
        QVERIFY(r.feasible);
        QCOMPARE(r.cost, 10.0);
        QCOMPARE(r.delay, 2.0);
        QCOMPARE(r.lowerBound, 5.0);
        QVERIFY(!r.optimal);
        QCOMPARE(exactConstrainedPath(g, 0, 3, 7).cost, 6.0);

        ArcGraph h(4);
        addArc(h, 0, 1, 1, 5);
        addArc(h, 1, 3, 1, 5);
        addArc(h, 0, 2, 3, 2.5);
        addArc(h, 2, 3, 3, 2.5);
        addArc(h, 0, 3, 10, 2);
        r = larac(h, 0, 3, 7);
        QCOMPARE(r.cost, 6.0);
        QCOMPARE(r.delay, 5.0);
        QCOMPARE(r.arcs, (std::vector<std::size_t>{2, 3}));
        QVERIFY(std::abs(r.lowerBound - 4.4) < 1e-12);

        r = larac(h, 0, 3, 10); // the least-cost path fits: optimal, bound = cost
        QVERIFY(r.optimal);
        QCOMPARE(r.cost, 2.0);
        QCOMPARE(r.lowerBound, 2.0);
        r = larac(h, 0, 3, 1.5); // nothing is fast enough
        QVERIFY(r.reachable && !r.feasible);
        QVERIFY(!exactConstrainedPath(h, 0, 3, 1.5).feasible);
        r = larac(h, 3, 0, 100); // no arc leaves 3
        QVERIFY(!r.reachable);
    }

    void againstBruteForce() {
        auto rng = iiot::model::Random(42);
        int compared = 0;
        for (int instance = 0; instance < 200; ++instance) {
            const std::size_t n = 4 + rng.uniformInt(6);
            ArcGraph g(n);
            const std::size_t arcs = n * (1 + rng.uniformInt(3));
            for (std::size_t a = 0; a < arcs; ++a) {
                const auto u = rng.uniformInt(n), v = rng.uniformInt(n);
                if (u != v)
                    addArc(g, u, v, double(1 + rng.uniformInt(20)), double(1 + rng.uniformInt(20)));
            }
            const double bound = double(5 + rng.uniformInt(30));
            const double optimum = bruteForce(g, 0, n - 1, bound);
            const auto exact = exactConstrainedPath(g, 0, n - 1, bound);
            const auto heuristic = larac(g, 0, n - 1, bound);
            QCOMPARE(exact.feasible, std::isfinite(optimum));
            QCOMPARE(heuristic.feasible, std::isfinite(optimum));
            if (!exact.feasible)
                continue;
            ++compared;
            QCOMPARE(exact.cost, optimum);
            QVERIFY(exact.delay <= bound);
            QVERIFY(heuristic.delay <= bound);
            QVERIFY(heuristic.cost >= optimum);
            QVERIFY(heuristic.lowerBound <= optimum + 1e-9);
            if (heuristic.optimal)
                QCOMPARE(heuristic.cost, optimum);
        }
        QVERIFY(compared > 50);
    }

    // One LaracSearch answering many requests, loaded from a Boost graph, from an arc list, or
    // with arcs blocked, gives exactly what a fresh search on the corresponding graph gives: the
    // same arcs (ties included: small integer weights make many), costs, bounds and run counts.
    void reusedSearchGivesTheSameAnswers() {
        auto rng = iiot::model::Random(7);
        for (int instance = 0; instance < 20; ++instance) {
            const std::size_t n = 30 + rng.uniformInt(30);
            ArcGraph g(n), without(n);
            std::vector<LaracSearch::ArcSpec> list;
            std::vector<char> blocked;
            for (std::size_t a = 0; a < 5 * n; ++a) {
                const auto u = rng.uniformInt(n), v = rng.uniformInt(n);
                if (u == v)
                    continue;
                const double cost = double(1 + rng.uniformInt(3)), delay = double(1 + rng.uniformInt(3));
                addArc(g, u, v, cost, delay);
                list.push_back({std::uint32_t(u), std::uint32_t(v), cost, delay});
                blocked.push_back(rng.uniformInt(4) == 0);
                if (!blocked.back()) {
                    without[boost::graph_bundle].arcs = list.size() - 1; // the same arc index as in g
                    addArc(without, u, v, cost, delay);
                }
            }
            LaracSearch fromGraph(g), fromList, filtered;
            fromList.load(n, list, {});
            filtered.load(g, blocked);
            auto same = [](const LaracResult& a, const LaracResult& b) {
                return a.arcs == b.arcs && a.cost == b.cost && a.delay == b.delay &&
                       a.lowerBound == b.lowerBound && a.feasible == b.feasible &&
                       a.reachable == b.reachable && a.dijkstraRuns == b.dijkstraRuns;
            };
            for (int q = 0; q < 20; ++q) {
                const auto s = rng.uniformInt(n), t = rng.uniformInt(n);
                const double bound = double(2 + rng.uniformInt(12));
                const auto fresh = larac(g, s, t, bound);
                QVERIFY(same(fromGraph.larac(s, t, bound), fresh));
                QVERIFY(same(fromList.larac(s, t, bound), fresh));
                QVERIFY(same(filtered.larac(s, t, bound), larac(without, s, t, bound)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestLarac)
#include "test_larac.moc"
