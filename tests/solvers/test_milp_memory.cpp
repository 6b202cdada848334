// The MILP solver process under the run control's memory budget: the child's address space is
// capped (RLIMIT_AS), a solver that needs more fails with "the MILP solver exceeded the memory budget
// of N MiB" (an error, never infeasible or "no solution"), and the next run with a normal budget, or
// none, solves as before. A solver that is not installed skips its rows.
#include "solvers/milp.h"
#include "solvers/milp_process.h"

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>
#include <sys/resource.h>

using namespace iiot;
using namespace iiot::solvers;

namespace {

constexpr std::size_t kMiB = std::size_t{1} << 20;

// max sum x_i subject to x_i + x_{i+1} <= 1 over n binaries: the optimum takes every other one,
// ceil(n / 2). Large n makes the solver's own tables (not the input) the bulk of its memory.
MilpModel alternatingChain(int n) {
    MilpModel model;
    model.maximize = true;
    for (int i = 0; i < n; ++i)
        model.addBinary(1.0);
    for (int i = 0; i + 1 < n; ++i)
        model.addConstraint({{i, 1.0}, {i + 1, 1.0}}, MilpSense::LessEqual, 1.0);
    return model;
}

MilpOptions withBudget(const QString& solver, model::RunControl& control, std::size_t budgetMiB) {
    control.setMemoryBudget(budgetMiB * kMiB);
    MilpOptions o;
    o.solver = solver.toStdString();
    o.timeLimitSeconds = 60;
    o.control = &control;
    return o;
}

} // namespace

class TestMilpMemory : public QObject {
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
    void messageRoundsUpToWholeMiB() {
        QCOMPARE(QString::fromStdString(memoryBudgetMessage(64 * kMiB)),
                 QString("the MILP solver exceeded the memory budget of 64 MiB"));
        QCOMPARE(QString::fromStdString(memoryBudgetMessage(kMiB + 1)),
                 QString("the MILP solver exceeded the memory budget of 2 MiB"));
    }

    // The limit is really applied to the child: a shell started under it reports it with ulimit -v
    // (KiB), and the parent's own limit is left as it was.
    void childGetsTheBudgetAsAddressSpaceLimit() {
        const std::string sh = findProgram("sh");
        if (sh.empty())
            QSKIP("no sh");
        rlimit before{};
        QCOMPARE(::getrlimit(RLIMIT_AS, &before), 0);
        QTemporaryDir dir;
        const std::string out = dir.filePath("out.txt").toStdString();
        model::RunControl control;
        control.setMemoryBudget(300 * kMiB);
        const auto run = runProcess(sh, {"-c", "ulimit -v"}, dir.path().toStdString(), out, 10, &control);
        QVERIFY2(run.exited, run.error.c_str());
        QCOMPARE(run.exitCode, 0);
        std::ifstream in(out);
        std::string kib;
        in >> kib;
        QCOMPARE(QString::fromStdString(kib), QString::number(300 * 1024));
        rlimit after{};
        QCOMPARE(::getrlimit(RLIMIT_AS, &after), 0);
        QCOMPARE(after.rlim_cur, before.rlim_cur);
    }

    // A failure that is not about memory stays what it is, even under a budget.
    void otherFailuresAreNotBlamedOnMemory() {
        const std::string sh = findProgram("sh");
        if (sh.empty())
            QSKIP("no sh");
        QTemporaryDir dir;
        model::RunControl control;
        control.setMemoryBudget(300 * kMiB);
        const auto run = runProcess(sh, {"-c", "echo syntax error; exit 3"}, dir.path().toStdString(),
                                    dir.filePath("out.txt").toStdString(), 10, &control);
        QVERIFY(run.exited);
        QCOMPARE(run.exitCode, 3);
        QVERIFY(!run.memoryExceeded);
    }

    // 1 MiB cannot even hold the solver's shared libraries: the run fails at start-up.
    void tinyBudgetIsAClearError_data() { solvers(); }
    void tinyBudgetIsAClearError() {
        requireSolver();
        QFETCH(QString, solver);
        model::RunControl control;
        const auto s = solveMilp(alternatingChain(10), withBudget(solver, control, 1));
        QCOMPARE(QString(toString(s.status)), QString(toString(MilpStatus::Error)));
        QCOMPARE(QString::fromStdString(s.message),
                 QString("the MILP solver exceeded the memory budget of 1 MiB"));
    }

    // The solver starts, reads the model and runs out while building its tables (std::bad_alloc in
    // cbc, glp_alloc in glpsol, or a crash on a failed allocation): still the budget error.
    void solverOutgrowingTheBudgetIsAClearError_data() { solvers(); }
    void solverOutgrowingTheBudgetIsAClearError() {
        requireSolver();
        QFETCH(QString, solver);
        model::RunControl control;
        const auto s = solveMilp(alternatingChain(200000), withBudget(solver, control, 100));
        QCOMPARE(QString(toString(s.status)), QString(toString(MilpStatus::Error)));
        QCOMPARE(QString::fromStdString(s.message),
                 QString("the MILP solver exceeded the memory budget of 100 MiB"));
    }

    // After a run that exceeded its budget the next one, with room, solves: ceil(7 / 2) = 4.
    void nextRunWithRoomSolves_data() { solvers(); }
    void nextRunWithRoomSolves() {
        requireSolver();
        QFETCH(QString, solver);
        model::RunControl tight;
        QCOMPARE(solveMilp(alternatingChain(7), withBudget(solver, tight, 1)).status, MilpStatus::Error);
        model::RunControl roomy;
        const auto s = solveMilp(alternatingChain(7), withBudget(solver, roomy, 1024));
        QCOMPARE(QString(toString(s.status)), QString(toString(MilpStatus::Optimal)));
        QCOMPARE(s.objective, 4.0);
        model::RunControl unlimited;
        const auto u = solveMilp(alternatingChain(7), withBudget(solver, unlimited, 0));
        QCOMPARE(u.objective, 4.0);
    }
};

QTEST_GUILESS_MAIN(TestMilpMemory)
#include "test_milp_memory.moc"
