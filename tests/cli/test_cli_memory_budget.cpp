// End-to-end tests of --memory-budget MB / IIOT_MEMORY_BUDGET_MB on the engine commands: an exact
// run whose MILP solver cannot fit in the budget ends with the budget error (exit 1), never a crash
// or "infeasible"; a roomy budget changes nothing in the result; a value that is not a positive
// whole number is a usage error (exit 2) naming where it came from.
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

#include "cli/cli_runner.h"

using iiot::test::cli;
using iiot::test::CliRun;

namespace {

QString example(const char* name) {
    return QDir(IIOT_EXAMPLES_DIR).filePath(name);
}

CliRun cliWithBudgetVariable(const QStringList& args, const QString& budget) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("IIOT_MEMORY_BUDGET_MB", budget);
    p.setProcessEnvironment(env);
    p.start(IIOT_CLI_PATH, args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

bool haveMilpSolver() {
    return !QStandardPaths::findExecutable("cbc").isEmpty() ||
           !QStandardPaths::findExecutable("glpsol").isEmpty();
}

// solve_ms differs between runs; everything else must not.
QJsonObject withoutTiming(const QString& text) {
    QJsonObject o = iiot::test::parseJsonObject(text);
    o.remove("solve_ms");
    return o;
}

const QString kOneMiB = "the MILP solver exceeded the memory budget of 1 MiB";

} // namespace

class TestCliMemoryBudget : public QObject {
    Q_OBJECT

private slots:
    void exactAllocationOverBudgetIsAnError() {
        if (!haveMilpSolver())
            QSKIP("no MILP solver installed");
        const auto r = cli({"allocate", example("sdrm-factory.yaml"), "--method", "exact", "--memory-budget",
                            "1", "--json"});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(kOneMiB), qPrintable(r.err));
        QVERIFY2(iiot::test::parseJsonObject(r.out)["error"].toString().contains(kOneMiB), qPrintable(r.out));
    }

    void exactSlicingOverBudgetIsAnError() {
        if (!haveMilpSolver())
            QSKIP("no MILP solver installed");
        const auto r =
            cli({"slice", example("slicing-testbed.yaml"), "--method", "exact", "--memory-budget", "1"});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(kOneMiB), qPrintable(r.err));
    }

    void environmentVariableGivesTheBudget() {
        if (!haveMilpSolver())
            QSKIP("no MILP solver installed");
        const auto r =
            cliWithBudgetVariable({"allocate", example("sdrm-factory.yaml"), "--method", "exact"}, "1");
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(kOneMiB), qPrintable(r.err));
    }

    // A budget the run fits in gives the same document as no budget at all.
    void roomyBudgetChangesNothing() {
        for (const QStringList& args :
             {QStringList{"allocate", example("sdrm-factory.yaml"), "--json"},
              QStringList{"offload", example("fog-cms-feasible.yaml"), "--method", "rscm", "--json"},
              QStringList{"slice", example("slicing-testbed.yaml"), "--method", "stnra", "--json"}}) {
            const auto plain = cli(args);
            const auto budgeted = cli(args + QStringList{"--memory-budget", "4096"});
            QVERIFY2(plain.status == 0, qPrintable(args.join(' ') + ": " + plain.err));
            QCOMPARE(budgeted.status, 0);
            QCOMPARE(withoutTiming(budgeted.out), withoutTiming(plain.out));
        }
    }

    void badValuesAreUsageErrors() {
        for (const char* bad : {"0", "-5", "12x", "", "1e3"}) {
            const auto r = cli({"allocate", example("sdrm-factory.yaml"), "--memory-budget", bad});
            QCOMPARE(r.status, 2);
            QVERIFY2(r.err.contains("--memory-budget must be a whole number of MiB"), qPrintable(r.err));
        }
        const auto r = cliWithBudgetVariable({"offload", example("fog-cms-feasible.yaml")}, "lots");
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains("IIOT_MEMORY_BUDGET_MB must be a whole number of MiB"), qPrintable(r.err));
        // simulate takes the option too (its own checks are the engine's; here only the parsing).
        const auto s = cli({"simulate", example("fog-cms-feasible.yaml"), "--memory-budget", "none"});
        QCOMPARE(s.status, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliMemoryBudget)
#include "test_cli_memory_budget.moc"
