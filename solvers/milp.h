// Mixed-integer linear programs solved by an external solver process (MODELS.md section 0): the
// model is written in LP format, `cbc` (coinor-cbc) or `glpsol` (glpk-utils) or the program named
// by IIOT_MILP_SOLVER runs it with a time limit, and the solution file is read back. A separate
// process keeps licences apart and lets a run be cancelled by ending it.
#pragma once

#include "model/run_control.h"

#include <limits>
#include <string>
#include <vector>

namespace iiot::solvers {

struct MilpVariable {
    std::string name; // unique, LP-safe (letters, digits, '_'); addVariable() makes one if empty
    double lower = 0.0;
    double upper = std::numeric_limits<double>::infinity();
    bool integer = false;
    double objective = 0.0;
};

struct MilpTerm {
    int variable = 0; // index into MilpModel::variables
    double coefficient = 0.0;
};

enum class MilpSense { LessEqual, GreaterEqual, Equal };

struct MilpConstraint {
    std::vector<MilpTerm> terms;
    MilpSense sense = MilpSense::LessEqual;
    double rhs = 0.0;
};

struct MilpModel {
    bool maximize = false;
    std::vector<MilpVariable> variables;
    std::vector<MilpConstraint> constraints;

    int addVariable(MilpVariable v);
    int addBinary(double objective = 0.0, std::string name = {});
    void addConstraint(std::vector<MilpTerm> terms, MilpSense sense, double rhs);
};

enum class MilpStatus {
    Optimal,    // proven optimal
    Feasible,   // stopped (time limit) with a solution that is not proven optimal
    Infeasible, // proven infeasible
    Unbounded,
    NoSolution, // stopped before any solution was found
    Cancelled,  // the run control asked to stop; the process was ended
    Error       // solver missing, crashed or unreadable output: see message
};

struct MilpOptions {
    double timeLimitSeconds = 60.0;
    // Program to run; empty: IIOT_MILP_SOLVER, else cbc, else glpsol (first found in PATH).
    std::string solver;
    const model::RunControl* control = nullptr;
};

struct MilpSolution {
    MilpStatus status = MilpStatus::Error;
    bool optimal = false; // status == Optimal
    double objective = 0.0;
    std::vector<double> values; // per variable, when a solution exists
    std::string solverName;     // program that ran
    std::string message;        // why, for Error / NoSolution / Infeasible
    double solveMs = 0.0;

    bool hasSolution() const { return status == MilpStatus::Optimal || status == MilpStatus::Feasible; }
};

// "optimal", "feasible", "infeasible", "unbounded", "no solution", "cancelled", "error".
const char* toString(MilpStatus status);

// Writes the model in CPLEX LP format (the format both cbc and glpsol read).
std::string writeLp(const MilpModel& model);

MilpSolution solveMilp(const MilpModel& model, const MilpOptions& options = {});

} // namespace iiot::solvers
