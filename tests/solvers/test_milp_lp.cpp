// The LP text of the MILP backend for a tiny model, written out by hand, and the errors a user
// sees when no solver can be run (they name the Debian package to install).
#include "solvers/milp.h"
#include "solvers/milp_process.h"

#include <QTemporaryDir>
#include <QtTest>

#include <limits>

using namespace iiot::solvers;

namespace {

// Sets an environment variable for one scope.
class EnvOverride {
public:
    EnvOverride(const char* name, const QByteArray& value)
        : name_(name), old_(qgetenv(name)), had_(qEnvironmentVariableIsSet(name)) {
        qputenv(name, value);
    }
    ~EnvOverride() {
        if (had_)
            qputenv(name_, old_);
        else
            qunsetenv(name_);
    }
    EnvOverride(const EnvOverride&) = delete;
    EnvOverride& operator=(const EnvOverride&) = delete;

private:
    const char* name_;
    QByteArray old_;
    bool had_;
};

MilpModel tinyModel() {
    const double inf = std::numeric_limits<double>::infinity();
    MilpModel m;
    m.maximize = true;
    const int a = m.addBinary(3.0, "pick");
    const int b = m.addVariable({"", -2, 7.5, true, -1.5}); // gets the name x1
    const int c = m.addVariable({"slack", 0, inf, false, 0});
    const int d = m.addVariable({"shift", -inf, inf, false, 0.25});
    m.addConstraint({{a, 2}, {b, -1}, {c, 1}, {b, -1}}, MilpSense::LessEqual, 4); // b twice: -2 b
    m.addConstraint({{d, 1}, {a, 0}}, MilpSense::GreaterEqual, -1e-3);
    m.addConstraint({{b, 1}, {d, 1}}, MilpSense::Equal, 2);
    return m;
}

} // namespace

class TestMilpLp : public QObject {
    Q_OBJECT

private slots:
    void lpTextOfTinyModel() {
        const std::string expected = "\\ written by IIoT Workbench\n"
                                     "Maximize\n"
                                     " obj: 3 pick - 1.5 x1 + 0 slack + 0.25 shift\n"
                                     "Subject To\n"
                                     " c0: 2 pick - 2 x1 + 1 slack <= 4\n"
                                     " c1: 1 shift >= -0.001\n"
                                     " c2: 1 x1 + 1 shift = 2\n"
                                     "Bounds\n"
                                     " -2 <= x1 <= 7\n" // an integer column's bounds are rounded inwards
                                     " slack >= 0\n"
                                     " shift free\n"
                                     "Generals\n"
                                     " x1\n"
                                     "Binaries\n"
                                     " pick\n"
                                     "End\n";
        QCOMPARE(QString::fromStdString(writeLp(tinyModel())), QString::fromStdString(expected));
    }

    void longRowsWrap() {
        MilpModel m;
        std::vector<MilpTerm> row;
        for (int i = 0; i < 20; ++i)
            row.push_back({m.addBinary(1.0), 1.0});
        m.addConstraint(row, MilpSense::LessEqual, 3);
        const std::string lp = writeLp(m);
        for (const auto& line : QString::fromStdString(lp).split('\n'))
            QVERIFY2(line.size() < 120, qPrintable(line));
    }

    void tinyModelSolvesTheSameWithBothSolvers() {
        // max 3 pick - 1.5 x1 + 0.25 shift with x1 + shift = 2, shift >= -0.001, 2 pick - 2 x1 <= 4:
        // pick = 1 always fits (x1 >= -1); objective 3 - 1.5 x1 + 0.25 (2 - x1) = 3.5 - 1.75 x1 is
        // largest at the least integer x1 with shift = 2 - x1 >= -0.001 and 2 - 2 x1 <= 4, i.e.
        // x1 = -1, shift = 3: 3.5 + 1.75 = 5.25.
        for (const char* solver : {"cbc", "glpsol"}) {
            if (findProgram(solver).empty())
                continue;
            MilpOptions o;
            o.solver = solver;
            const auto s = solveMilp(tinyModel(), o);
            QCOMPARE(QString(toString(s.status)), QString(toString(MilpStatus::Optimal)));
            QVERIFY2(std::fabs(s.objective - 5.25) < 1e-9, solver);
            QCOMPARE(s.values[1], -1.0);
        }
    }

    void missingSolverNamesThePackage() {
        MilpModel m;
        m.addBinary(1.0);
        MilpOptions o;
        o.solver = "no-such-milp-solver";
        auto s = solveMilp(m, o);
        QCOMPARE(QString(toString(s.status)), QString(toString(MilpStatus::Error)));
        QVERIFY2(QString::fromStdString(s.message).contains("coinor-cbc"), s.message.c_str());
        QVERIFY(QString::fromStdString(s.message).contains("no-such-milp-solver"));

        o.solver = "/nonexistent/glpsol";
        s = solveMilp(m, o);
        QCOMPARE(QString(toString(s.status)), QString(toString(MilpStatus::Error)));
        QVERIFY2(QString::fromStdString(s.message).contains("glpk-utils"), s.message.c_str());

        // Nothing in PATH and no IIOT_MILP_SOLVER: both packages are named.
        QTemporaryDir empty;
        EnvOverride path("PATH", empty.path().toUtf8());
        EnvOverride env("IIOT_MILP_SOLVER", "");
        s = solveMilp(m, MilpOptions{});
        QCOMPARE(QString(toString(s.status)), QString(toString(MilpStatus::Error)));
        const auto message = QString::fromStdString(s.message);
        QVERIFY2(message.contains("coinor-cbc") && message.contains("glpk-utils"), s.message.c_str());
    }

    void environmentSelectsTheSolver() {
        const std::string glpsol = findProgram("glpsol");
        if (glpsol.empty())
            QSKIP("glpsol not installed");
        EnvOverride env("IIOT_MILP_SOLVER", "glpsol");
        MilpModel m;
        m.maximize = true;
        m.addBinary(2.0);
        const auto s = solveMilp(m, MilpOptions{});
        QCOMPARE(QString(toString(s.status)), QString(toString(MilpStatus::Optimal)));
        QCOMPARE(QString::fromStdString(s.solverName), QString::fromStdString(glpsol));
        QCOMPARE(s.objective, 2.0);
    }

    void invalidNamesAreRejected() {
        MilpModel m;
        m.addVariable({"2bad", 0, 1, false, 0});
        const auto s = solveMilp(m, MilpOptions{});
        QCOMPARE(QString(toString(s.status)), QString(toString(MilpStatus::Error)));
        QVERIFY(QString::fromStdString(s.message).contains("2bad"));
    }
};

QTEST_GUILESS_MAIN(TestMilpLp)
#include "test_milp_lp.moc"
