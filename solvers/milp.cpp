// Building a MilpModel and solving it with an external program (see milp.h): choose the program,
// write the LP file into a private temporary directory, run it with the time limit, read back the
// status and values.
#include "milp.h"

#include "milp_process.h"
#include "milp_solution_readers.h"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <unordered_set>

namespace iiot::solvers {

int MilpModel::addVariable(MilpVariable v) {
    if (v.name.empty())
        v.name = "x" + std::to_string(variables.size());
    variables.push_back(std::move(v));
    return static_cast<int>(variables.size() - 1);
}

int MilpModel::addBinary(double objective, std::string name) {
    MilpVariable v;
    v.name = std::move(name);
    v.lower = 0.0;
    v.upper = 1.0;
    v.integer = true;
    v.objective = objective;
    return addVariable(std::move(v));
}

void MilpModel::addConstraint(std::vector<MilpTerm> terms, MilpSense sense, double rhs) {
    constraints.push_back({std::move(terms), sense, rhs});
}

const char* toString(MilpStatus status) {
    switch (status) {
    case MilpStatus::Optimal:
        return "optimal";
    case MilpStatus::Feasible:
        return "feasible";
    case MilpStatus::Infeasible:
        return "infeasible";
    case MilpStatus::Unbounded:
        return "unbounded";
    case MilpStatus::NoSolution:
        return "no solution";
    case MilpStatus::Cancelled:
        return "cancelled";
    case MilpStatus::Error:
        return "error";
    }
    return "error";
}

namespace {

enum class SolverKind { Cbc, Glpsol };

struct SolverChoice {
    std::string path;
    SolverKind kind = SolverKind::Cbc;
    std::string error;
};

constexpr const char* kInstallHint = "install coinor-cbc (cbc) or glpk-utils (glpsol), e.g. "
                                     "`sudo apt install coinor-cbc`";

SolverKind kindOf(const std::string& program) {
    const auto slash = program.find_last_of('/');
    const std::string base = slash == std::string::npos ? program : program.substr(slash + 1);
    return base.find("glpsol") != std::string::npos ? SolverKind::Glpsol : SolverKind::Cbc;
}

SolverChoice chooseSolver(const std::string& requested) {
    SolverChoice choice;
    std::string wanted = requested;
    std::string origin = "solver";
    if (wanted.empty()) {
        if (const char* env = std::getenv("IIOT_MILP_SOLVER"); env != nullptr && *env != '\0') {
            wanted = env;
            origin = "IIOT_MILP_SOLVER";
        }
    }
    if (!wanted.empty()) {
        choice.path = findProgram(wanted);
        choice.kind = kindOf(wanted);
        if (choice.path.empty())
            choice.error = "MILP solver '" + wanted + "' (" + origin + ") not found or not executable; " +
                           (choice.kind == SolverKind::Glpsol ? "install glpk-utils (glpsol)" : kInstallHint);
        return choice;
    }
    for (const char* name : {"cbc", "glpsol"}) {
        choice.path = findProgram(name);
        if (!choice.path.empty()) {
            choice.kind = kindOf(name);
            return choice;
        }
    }
    choice.error = std::string("no MILP solver found in PATH: ") + kInstallHint;
    return choice;
}

bool validName(const std::string& name) {
    if (name.empty() || name.size() > 255)
        return false;
    if (!std::isalpha(static_cast<unsigned char>(name[0])) && name[0] != '_')
        return false;
    for (char c : name)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_')
            return false;
    // Words an LP reader could take for a section keyword or a bound.
    std::string lower;
    for (char c : name)
        lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    static const std::unordered_set<std::string> reserved = {
        "st",  "s_t",      "subject",  "such",     "bounds",  "bound",    "general", "generals",
        "gen", "binary",   "binaries", "bin",      "integer", "integers", "end",     "free",
        "inf", "infinity", "minimize", "maximize", "minimum", "maximum",  "min",     "max"};
    return reserved.count(lower) == 0;
}

// Problems the solver would report less clearly, checked before writing anything.
std::string checkModel(const MilpModel& model) {
    std::unordered_set<std::string> names;
    for (const auto& v : model.variables) {
        if (!validName(v.name))
            return "variable name '" + v.name + "' is not LP-safe (letters, digits, '_'; not a keyword)";
        if (!names.insert(v.name).second)
            return "duplicate variable name '" + v.name + "'";
        if (std::isnan(v.lower) || std::isnan(v.upper) || !std::isfinite(v.objective))
            return "variable '" + v.name + "' has a non-finite bound or objective coefficient";
    }
    for (std::size_t i = 0; i < model.constraints.size(); ++i) {
        const auto& c = model.constraints[i];
        if (!std::isfinite(c.rhs))
            return "constraint " + std::to_string(i) + " has a non-finite right-hand side";
        for (const auto& t : c.terms)
            if (t.variable < 0 || static_cast<std::size_t>(t.variable) >= model.variables.size() ||
                !std::isfinite(t.coefficient))
                return "constraint " + std::to_string(i) + " has an invalid term";
    }
    return {};
}

std::string readText(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string lastLines(const std::string& text, std::size_t count) {
    std::size_t pos = text.size();
    while (pos > 0 && (text[pos - 1] == '\n' || text[pos - 1] == ' '))
        --pos;
    std::size_t end = pos;
    for (std::size_t n = 0; n < count && pos > 0; ++n) {
        pos = text.rfind('\n', pos - 1);
        if (pos == std::string::npos) {
            pos = 0;
            break;
        }
    }
    return text.substr(pos == 0 ? 0 : pos + 1, end - (pos == 0 ? 0 : pos + 1));
}

std::string seconds(double s) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3f", s);
    return buf;
}

// A model without variables needs no solver: every row reads 0 (sense) rhs.
MilpSolution solveEmpty(const MilpModel& model) {
    MilpSolution s;
    s.status = MilpStatus::Optimal;
    for (const auto& c : model.constraints) {
        const bool ok = c.sense == MilpSense::LessEqual      ? 0.0 <= c.rhs
                        : c.sense == MilpSense::GreaterEqual ? 0.0 >= c.rhs
                                                             : c.rhs == 0.0;
        if (!ok) {
            s.status = MilpStatus::Infeasible;
            s.message = "the problem has no feasible solution";
        }
    }
    s.optimal = s.status == MilpStatus::Optimal;
    return s;
}

} // namespace

MilpSolution solveMilp(const MilpModel& model, const MilpOptions& options) {
    MilpSolution solution;
    if (options.control != nullptr && options.control->cancelled()) {
        solution.status = MilpStatus::Cancelled;
        solution.message = "cancelled";
        return solution;
    }
    if (auto problem = checkModel(model); !problem.empty()) {
        solution.message = problem;
        return solution;
    }
    for (const auto& v : model.variables)
        if (v.lower > v.upper || (v.integer && std::ceil(v.lower) > std::floor(v.upper))) {
            solution.status = MilpStatus::Infeasible;
            solution.message = "variable '" + v.name + "' has its lower bound above its upper bound";
            return solution;
        }
    const SolverChoice solver = chooseSolver(options.solver);
    solution.solverName = solver.path.empty() ? options.solver : solver.path;
    if (!solver.error.empty()) {
        solution.message = solver.error;
        return solution;
    }
    if (model.variables.empty()) {
        auto s = solveEmpty(model);
        s.solverName = solution.solverName;
        return s;
    }

    TemporaryDirectory dir;
    if (!dir.valid()) {
        solution.message = "cannot create a temporary directory for the solver";
        return solution;
    }
    const std::string lpFile = dir.file("model.lp");
    const std::string solFile = dir.file("solution.txt");
    const std::string logFile = dir.file("solver.log");
    {
        std::ofstream lp(lpFile, std::ios::binary);
        lp << writeLp(model);
        if (!lp.flush()) {
            solution.message = "cannot write the LP file to the temporary directory";
            return solution;
        }
    }
    const double limit = std::max(options.timeLimitSeconds, 0.001);
    std::vector<std::string> args;
    if (solver.kind == SolverKind::Cbc) {
        args = {lpFile, "-timeMode",     "elapsed", "-sec",   seconds(limit), "-ratioGap",
                "0",    "-allowableGap", "1e-9",    "-solve", "-solu",        solFile};
    } else {
        // glpsol takes whole seconds.
        args = {"--cpxlp", lpFile, "--tmlim", std::to_string(static_cast<long long>(std::ceil(limit))),
                "-w",      solFile};
    }
    // The solver stops itself at the limit; the watchdog only catches one that does not.
    const double watchdog = limit * 1.5 + 5.0;
    const ProcessResult run = runProcess(solver.path, args, dir.path(), logFile, watchdog, options.control);
    solution.solveMs = run.wallMs;
    if (!run.started) {
        solution.message = run.error;
        return solution;
    }
    if (run.cancelled) {
        solution.status = MilpStatus::Cancelled;
        solution.message = "cancelled";
        return solution;
    }
    if (run.timedOut) {
        solution.status = MilpStatus::NoSolution;
        solution.message = "the solver did not stop at its time limit and was ended";
        return solution;
    }
    if (run.memoryExceeded) { // an error, never "infeasible" or "no solution"
        solution.message = run.error;
        return solution;
    }
    const std::string log = readText(logFile);
    const std::string text = readText(solFile);
    if (!run.exited || text.empty()) {
        solution.message = (run.error.empty() ? "the solver wrote no solution" : run.error) +
                           "; its output ends: " + lastLines(log, 3);
        return solution;
    }
    if (solver.kind == SolverKind::Cbc)
        readCbcSolution(text, model, solution);
    else
        readGlpsolSolution(text, log, model, solution);
    solution.optimal = solution.status == MilpStatus::Optimal;
    if (solution.hasSolution()) {
        // Integers come back as 0.9999999 and the like; objective from the rounded values.
        double objective = 0.0;
        for (std::size_t j = 0; j < model.variables.size(); ++j) {
            if (model.variables[j].integer)
                solution.values[j] = std::round(solution.values[j]);
            objective += model.variables[j].objective * solution.values[j];
        }
        solution.objective = objective;
    }
    return solution;
}

} // namespace iiot::solvers
