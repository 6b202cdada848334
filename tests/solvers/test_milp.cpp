// The MILP backend against cbc and glpsol: small models whose optima are worked out by hand or by
// enumeration in the test, infeasible and unbounded models, a time limit on a hard model, cancelling
// a run, and the temporary files being removed. A solver that is not installed skips its rows.
#include "model/random.h"
#include "solvers/milp.h"
#include "solvers/milp_process.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <chrono>
#include <cmath>
#include <thread>

using namespace iiot;
using namespace iiot::solvers;

namespace {

MilpOptions withSolver(const QString& solver, double limit = 60.0) {
    MilpOptions o;
    o.solver = solver.toStdString();
    o.timeLimitSeconds = limit;
    return o;
}

// Market split (Cornuejols and Dawande): m equality rows with 10(m-1) binaries and slack on both
// sides; a solution with some slack is found at once but proving the least slack takes branch and
// bound far longer than a second.
MilpModel marketSplit(int m, std::uint64_t seed) {
    const int n = 10 * (m - 1);
    model::Random random(seed);
    MilpModel model;
    std::vector<int> x;
    for (int i = 0; i < n; ++i)
        x.push_back(model.addBinary());
    for (int k = 0; k < m; ++k) {
        std::vector<MilpTerm> row;
        double sum = 0;
        for (int i = 0; i < n; ++i) {
            const double a = static_cast<double>(random.uniformInt(100));
            row.push_back({x[static_cast<std::size_t>(i)], a});
            sum += a;
        }
        const int plus = model.addVariable({"sp" + std::to_string(k), 0.0, 1e9, false, 1.0});
        const int minus = model.addVariable({"sm" + std::to_string(k), 0.0, 1e9, false, 1.0});
        row.push_back({plus, 1.0});
        row.push_back({minus, -1.0});
        model.addConstraint(row, MilpSense::Equal, std::floor(sum / 2));
    }
    return model;
}

} // namespace

class TestMilp : public QObject {
    Q_OBJECT

    void solvers() {
        QTest::addColumn<QString>("solver");
        QTest::newRow("cbc") << "cbc";
        QTest::newRow("glpsol") << "glpsol";
    }
    void requireSolver() {
        QFETCH(QString, solver);
        if (findProgram(solver.toStdString()).empty())
            QSKIP("solver not installed");
    }

private slots:
    void knapsackMatchesEnumeration_data() { solvers(); }
    void knapsackMatchesEnumeration() {
        requireSolver();
        QFETCH(QString, solver);
        const double value[] = {10, 13, 7, 8, 9, 4};
        const double weight[] = {5, 6, 3, 4, 5, 2};
        const double capacity = 13;
        MilpModel m;
        m.maximize = true;
        std::vector<MilpTerm> row;
        for (int i = 0; i < 6; ++i)
            row.push_back({m.addBinary(value[i]), weight[i]});
        m.addConstraint(row, MilpSense::LessEqual, capacity);
        double best = 0;
        for (int mask = 0; mask < 64; ++mask) {
            double v = 0, w = 0;
            for (int i = 0; i < 6; ++i)
                if (mask & (1 << i)) {
                    v += value[i];
                    w += weight[i];
                }
            if (w <= capacity)
                best = std::max(best, v);
        }
        const auto s = solveMilp(m, withSolver(solver));
        QCOMPARE(QString(toString(s.status)), QString(toString(MilpStatus::Optimal)));
        QVERIFY(s.optimal);
        QCOMPARE(s.objective, best); // 28: items 1, 2, 3 (weights 6 + 3 + 4 = 13)
        double w = 0, v = 0;
        for (int i = 0; i < 6; ++i) {
            QVERIFY(s.values[static_cast<std::size_t>(i)] == 0.0 ||
                    s.values[static_cast<std::size_t>(i)] == 1.0);
            w += weight[i] * s.values[static_cast<std::size_t>(i)];
            v += value[i] * s.values[static_cast<std::size_t>(i)];
        }
        QVERIFY(w <= capacity);
        QCOMPARE(v, best);
    }

    void linearProgramVertex_data() { solvers(); }
    void linearProgramVertex() {
        requireSolver();
        QFETCH(QString, solver);
        // max 3x + 2y, x + y <= 4, x + 3y <= 6, x <= 3: the vertices are (0,0) 0, (3,0) 9, (3,1) 11,
        // (0,2) 4 and x + y = 4 meets x + 3y = 6 at (3,1) too; the optimum is 11 at (3,1).
        MilpModel m;
        m.maximize = true;
        const int x = m.addVariable({"x", 0, 3, false, 3});
        const int y = m.addVariable({"y", 0, std::numeric_limits<double>::infinity(), false, 2});
        m.addConstraint({{x, 1}, {y, 1}}, MilpSense::LessEqual, 4);
        m.addConstraint({{x, 1}, {y, 3}}, MilpSense::LessEqual, 6);
        const auto s = solveMilp(m, withSolver(solver));
        QCOMPARE(QString(toString(s.status)), QString(toString(MilpStatus::Optimal)));
        QVERIFY(std::fabs(s.objective - 11) < 1e-9);
        QVERIFY(std::fabs(s.values[0] - 3) < 1e-9 && std::fabs(s.values[1] - 1) < 1e-9);
    }

    void integralityAndNegativeBounds_data() { solvers(); }
    void integralityAndNegativeBounds() {
        requireSolver();
        QFETCH(QString, solver);
        // min x + y with x - y = 1 and 2x + 2y >= 3, x in [-5, 5] and y >= -2 integer: x + y = 2y + 1
        // is odd and at least 1.5, so the optimum is 3 at (2, 1); the relaxation would give 1.5.
        // z is free and w fixed at 2.5: min also adds z with z >= -4 and w, so -4 + 2.5.
        MilpModel m;
        const int x = m.addVariable({"x", -5, 5, true, 1});
        const int y = m.addVariable({"y", -2, std::numeric_limits<double>::infinity(), true, 1});
        const double inf = std::numeric_limits<double>::infinity();
        const int z = m.addVariable({"z", -inf, inf, false, 1});
        m.addVariable({"w", 2.5, 2.5, false, 1});
        m.addConstraint({{x, 1}, {y, -1}}, MilpSense::Equal, 1);
        m.addConstraint({{x, 2}, {y, 2}}, MilpSense::GreaterEqual, 3);
        m.addConstraint({{z, 1}}, MilpSense::GreaterEqual, -4);
        const auto s = solveMilp(m, withSolver(solver));
        QCOMPARE(QString(toString(s.status)), QString(toString(MilpStatus::Optimal)));
        QCOMPARE(s.values[0], 2.0);
        QCOMPARE(s.values[1], 1.0);
        QVERIFY(std::fabs(s.values[2] + 4) < 1e-9);
        QVERIFY(std::fabs(s.values[3] - 2.5) < 1e-9);
        QVERIFY(std::fabs(s.objective - (3 - 4 + 2.5)) < 1e-9);
    }

    void infeasible_data() { solvers(); }
    void infeasible() {
        requireSolver();
        QFETCH(QString, solver);
        for (bool integer : {true, false}) {
            MilpModel m;
            const int x = m.addVariable({"x", 0, 10, integer, 1});
            const int y = m.addVariable({"y", 0, 10, integer, 1});
            m.addConstraint({{x, 1}, {y, 1}}, MilpSense::GreaterEqual, 5);
            m.addConstraint({{x, 1}, {y, 1}}, MilpSense::LessEqual, 3);
            const auto s = solveMilp(m, withSolver(solver));
            QCOMPARE(QString(toString(s.status)), QString(toString(MilpStatus::Infeasible)));
            QVERIFY(!s.optimal && !s.hasSolution());
        }
    }

    void unbounded_data() { solvers(); }
    void unbounded() {
        requireSolver();
        QFETCH(QString, solver);
        for (bool integer : {true, false}) {
            MilpModel m;
            m.maximize = true;
            const int x = m.addVariable({"x", 0, std::numeric_limits<double>::infinity(), integer, 1});
            const int y = m.addVariable({"y", 0, std::numeric_limits<double>::infinity(), false, 1});
            m.addConstraint({{x, 1}, {y, -1}}, MilpSense::LessEqual, 5);
            const auto s = solveMilp(m, withSolver(solver));
            QCOMPARE(QString(toString(s.status)), QString(toString(MilpStatus::Unbounded)));
            QVERIFY(!s.optimal);
        }
    }

    void timeLimitIsNotOptimal_data() { solvers(); }
    void timeLimitIsNotOptimal() {
        requireSolver();
        QFETCH(QString, solver);
        const auto m = marketSplit(4, 3);
        QElapsedTimer timer;
        timer.start();
        const auto s = solveMilp(m, withSolver(solver, 0.3)); // glpsol rounds up to 1 s
        QVERIFY2(s.status == MilpStatus::Feasible || s.status == MilpStatus::NoSolution, toString(s.status));
        QVERIFY(!s.optimal);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        if (s.status == MilpStatus::Feasible) {
            // The values satisfy every row; the objective is their slack.
            for (const auto& c : m.constraints) {
                double lhs = 0;
                for (const auto& t : c.terms)
                    lhs += t.coefficient * s.values[static_cast<std::size_t>(t.variable)];
                QVERIFY(std::fabs(lhs - c.rhs) < 1e-6);
            }
            QVERIFY(s.objective > 0);
        }
    }

    void cancelEndsTheProcess_data() { solvers(); }
    void cancelEndsTheProcess() {
        requireSolver();
        QFETCH(QString, solver);
        QTemporaryDir tmp;
        const QByteArray oldTmp = qgetenv("TMPDIR");
        qputenv("TMPDIR", tmp.path().toUtf8());
        std::atomic<bool> cancel{false};
        model::RunControl control(nullptr, &cancel);
        auto options = withSolver(solver, 60);
        options.control = &control;
        std::thread stopper([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            cancel = true;
        });
        QElapsedTimer timer;
        timer.start();
        const auto s = solveMilp(marketSplit(5, 11), options);
        stopper.join();
        qputenv("TMPDIR", oldTmp);
        QCOMPARE(QString(toString(s.status)), QString(toString(MilpStatus::Cancelled)));
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        // The run's private directory (LP file, log, solution) is gone.
        QVERIFY(QDir(tmp.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
    }

    void temporaryFilesRemovedAfterSolve() {
        if (findProgram("cbc").empty())
            QSKIP("cbc not installed");
        QTemporaryDir tmp;
        const QByteArray oldTmp = qgetenv("TMPDIR");
        qputenv("TMPDIR", tmp.path().toUtf8());
        MilpModel m;
        m.addBinary(1.0);
        const auto s = solveMilp(m, withSolver("cbc"));
        qputenv("TMPDIR", oldTmp);
        QCOMPARE(QString(toString(s.status)), QString(toString(MilpStatus::Optimal)));
        QVERIFY(QDir(tmp.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMilp)
#include "test_milp.moc"
