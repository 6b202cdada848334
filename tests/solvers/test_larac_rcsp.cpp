// LARAC and the exact constrained path on the OR-Library resource-constrained shortest path
// instances (Beasley and Christofides 1989) with one resource, read as delay-constrained least-cost
// path problems: find the cheapest path from vertex 1 to vertex n whose resource total (the delay)
// stays within the upper limit. The exact method must reproduce every proven optimum; LARAC must
// return a path meeting the bound whose cost lies between its own Lagrangian bound and... above the
// optimum. LARAC's mean gap to the optimum is printed.
#include "solvers/constrained_path.h"
#include "solvers/larac.h"

#include <QDir>
#include <QFile>
#include <QtTest>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

using namespace iiot::solvers;

namespace {

struct Instance {
    ArcGraph graph;
    double maxDelay = 0;
    std::size_t target = 0;
};

// Parses the OR-Library text format; fails the test on anything unexpected.
bool readInstance(const QString& path, Instance& inst) {
    std::ifstream in(path.toStdString());
    std::size_t n = 0, m = 0, k = 0;
    if (!(in >> n >> m >> k) || k != 1 || n < 2)
        return false;
    double lower = 0, upper = 0;
    in >> lower >> upper;
    if (lower != 0) // no instance used here has a lower limit; a path can always be below it otherwise
        return false;
    for (std::size_t v = 0; v < n; ++v) {
        double use = 0;
        in >> use;
        if (use != 0) // vertex resource use: all zero in these files
            return false;
    }
    for (std::size_t v = 0; v < n; ++v) // built in place: copying a Boost graph trips gcc 12 warnings
        boost::add_vertex(inst.graph);
    for (std::size_t a = 0; a < m; ++a) {
        std::size_t from = 0, to = 0;
        double cost = 0, delay = 0;
        if (!(in >> from >> to >> cost >> delay) || from < 1 || to < 1 || from > n || to > n)
            return false;
        addArc(inst.graph, from - 1, to - 1, cost, delay);
    }
    inst.maxDelay = upper;
    inst.target = n - 1;
    return true;
}

// Cost and delay of an arc sequence, checking that it is a path from vertex 0 to target.
bool walk(const Instance& inst, const std::vector<std::size_t>& arcs, double& cost, double& delay) {
    std::vector<ArcEdge> byIndex(boost::num_edges(inst.graph));
    for (auto [e, end] = boost::edges(inst.graph); e != end; ++e)
        byIndex[inst.graph[*e].index] = *e;
    std::size_t at = 0;
    cost = delay = 0;
    for (std::size_t a : arcs) {
        if (boost::source(byIndex[a], inst.graph) != at)
            return false;
        at = boost::target(byIndex[a], inst.graph);
        cost += inst.graph[byIndex[a]].cost;
        delay += inst.graph[byIndex[a]].delay;
    }
    return at == inst.target;
}

} // namespace

class TestLaracRcsp : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        if (!QDir(QStringLiteral(IIOT_SHARED_DIR "/benchmarks/rcsp")).exists())
            QSKIP("the shared benchmark instances are not available");
    }

    void instances_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<double>("optimum");
        // Single-resource instances and their proven optima (benchmarks/rcsp/README.md).
        const std::vector<std::pair<int, double>> known = {{1, 131},  {2, 131},  {3, 2},  {4, 2},
                                                           {9, 420},  {10, 420}, {11, 6}, {12, 6},
                                                           {17, 652}, {18, 652}, {19, 6}, {20, 6}};
        for (const auto& [number, optimum] : known) {
            const QString name = QStringLiteral("rcsp%1").arg(number);
            QTest::newRow(qPrintable(name)) << name << optimum;
        }
    }

    void instances() {
        QFETCH(QString, file);
        QFETCH(double, optimum);
        Instance inst;
        QVERIFY2(readInstance(QStringLiteral(IIOT_SHARED_DIR "/benchmarks/rcsp/") + file + ".txt", inst),
                 "unexpected instance format");

        const auto exact = exactConstrainedPath(inst.graph, 0, inst.target, inst.maxDelay);
        QVERIFY(exact.feasible);
        QCOMPARE(exact.cost, optimum);
        double cost = 0, delay = 0;
        QVERIFY(walk(inst, exact.arcs, cost, delay));
        QCOMPARE(cost, exact.cost);
        QVERIFY(delay <= inst.maxDelay);

        const auto heuristic = larac(inst.graph, 0, inst.target, inst.maxDelay);
        QVERIFY(heuristic.feasible);
        QVERIFY(walk(inst, heuristic.arcs, cost, delay));
        QCOMPARE(cost, heuristic.cost);
        QCOMPARE(delay, heuristic.delay);
        QVERIFY(delay <= inst.maxDelay);
        QVERIFY(heuristic.lowerBound <= optimum + 1e-9);
        QVERIFY(heuristic.cost >= optimum);
        QVERIFY(heuristic.cost >= heuristic.lowerBound);
        const double gap = (heuristic.cost - optimum) / optimum;
        gaps_.push_back(gap);
        std::printf("%-7s optimum %6.0f  LARAC %6.0f (bound %8.2f, %d Dijkstra runs)  gap %.2f %%\n",
                    qPrintable(file), optimum, heuristic.cost, heuristic.lowerBound, heuristic.dijkstraRuns,
                    100 * gap);
    }

    void cleanupTestCase() {
        if (gaps_.empty())
            return;
        double sum = 0;
        for (double g : gaps_)
            sum += g;
        std::printf("LARAC mean gap to the optimum over %zu instances: %.2f %%\n", gaps_.size(),
                    100 * sum / static_cast<double>(gaps_.size()));
    }

private:
    std::vector<double> gaps_;
};

QTEST_GUILESS_MAIN(TestLaracRcsp)
#include "test_larac_rcsp.moc"
