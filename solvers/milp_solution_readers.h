// Reading what cbc and glpsol report: the proof status and the variable values.
#pragma once

#include "milp.h"

#include <string>

namespace iiot::solvers {

// cbc's solution file (`-solu FILE`): a status line ("Optimal - objective value 3",
// "Stopped on time - objective value 5", "Infeasible - ...", "Integer infeasible - ...",
// "Unbounded - ...", "... (no integer solution - continuous used) ...") then one row per non-zero
// column: index, name, value, reduced cost (prefixed by "**" when it violates a bound).
// Fills status and values; values of columns not listed are 0.
void readCbcSolution(const std::string& solutionText, const MilpModel& model, MilpSolution& solution);

// glpsol's `-w FILE` output plus its log. The log tells infeasible, unbounded and time limit
// apart; the file has "s mip ROWS COLS STATUS OBJ" or "s bas ROWS COLS PRIMAL DUAL OBJ" and
// "j COLUMN ..." rows, columns numbered in order of first appearance (see writeLp).
void readGlpsolSolution(const std::string& solutionText, const std::string& log, const MilpModel& model,
                        MilpSolution& solution);

} // namespace iiot::solvers
