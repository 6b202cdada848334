#include "milp_solution_readers.h"

#include <cmath>
#include <sstream>
#include <unordered_map>

namespace iiot::solvers {

namespace {

bool startsWith(const std::string& s, const char* prefix) {
    return s.rfind(prefix, 0) == 0;
}
bool contains(const std::string& s, const char* part) {
    return s.find(part) != std::string::npos;
}

std::string firstLine(const std::string& text) {
    return text.substr(0, text.find('\n'));
}

void fail(MilpSolution& solution, std::string message) {
    solution.status = MilpStatus::Error;
    solution.message = std::move(message);
    solution.values.clear();
}

} // namespace

void readCbcSolution(const std::string& solutionText, const MilpModel& model, MilpSolution& solution) {
    const std::string head = firstLine(solutionText);
    if (head.empty())
        return fail(solution, "cbc wrote no solution");
    const bool noInteger = contains(head, "no integer solution");
    if (startsWith(head, "Optimal"))
        solution.status = MilpStatus::Optimal;
    else if (startsWith(head, "Infeasible") || startsWith(head, "Integer infeasible")) {
        solution.status = MilpStatus::Infeasible;
        solution.message = "the problem has no feasible solution";
    } else if (startsWith(head, "Unbounded")) {
        solution.status = MilpStatus::Unbounded;
        solution.message = "the objective is unbounded";
    } else if (startsWith(head, "Stopped") || startsWith(head, "Status unknown")) {
        solution.status = noInteger ? MilpStatus::NoSolution : MilpStatus::Feasible;
        if (noInteger)
            solution.message =
                "stopped before a solution was found (" + head.substr(0, head.find(" -")) + ")";
    } else {
        return fail(solution, "unrecognised cbc status: " + head);
    }
    if (!solution.hasSolution())
        return;

    std::unordered_map<std::string, std::size_t> index;
    for (std::size_t j = 0; j < model.variables.size(); ++j)
        index.emplace(model.variables[j].name, j);
    solution.values.assign(model.variables.size(), 0.0);
    std::istringstream in(solutionText);
    std::string line;
    std::getline(in, line);
    while (std::getline(in, line)) {
        std::istringstream row(line);
        std::string first, name;
        double value = 0;
        if (!(row >> first))
            continue;
        if (first == "**" && !(row >> first))
            continue;
        if (!(row >> name >> value))
            return fail(solution, "unreadable cbc solution row: " + line);
        const auto it = index.find(name);
        if (it == index.end())
            return fail(solution, "cbc reported an unknown column " + name);
        solution.values[it->second] = value;
    }
}

void readGlpsolSolution(const std::string& solutionText, const std::string& log, const MilpModel& model,
                        MilpSolution& solution) {
    std::istringstream in(solutionText);
    std::string line;
    bool mip = false;
    char status = 'u', dual = 'u';
    bool haveStatus = false;
    std::vector<double> values(model.variables.size(), 0.0);
    while (std::getline(in, line)) {
        std::istringstream row(line);
        std::string tag;
        row >> tag;
        if (tag == "s") {
            std::string kind;
            long rows = 0, cols = 0;
            row >> kind >> rows >> cols >> status;
            mip = kind == "mip";
            if (!mip)
                row >> dual;
            if (!row || static_cast<std::size_t>(cols) != model.variables.size())
                return fail(solution, "unreadable glpsol solution header: " + line);
            haveStatus = true;
        } else if (tag == "j") {
            long column = 0;
            row >> column;
            if (!mip) {
                std::string basis;
                row >> basis;
            }
            double value = 0;
            row >> value;
            if (!row || column < 1 || static_cast<std::size_t>(column) > values.size())
                return fail(solution, "unreadable glpsol solution row: " + line);
            values[static_cast<std::size_t>(column - 1)] = value;
        }
    }
    const bool timeLimit = contains(log, "TIME LIMIT EXCEEDED");
    if (contains(log, "NO PRIMAL FEASIBLE SOLUTION") || contains(log, "NO INTEGER FEASIBLE SOLUTION") ||
        (haveStatus && status == 'n' && !timeLimit)) {
        solution.status = MilpStatus::Infeasible;
        solution.message = "the problem has no feasible solution";
        return;
    }
    if (contains(log, "UNBOUNDED") || (haveStatus && !mip && status == 'f' && dual == 'n')) {
        solution.status = MilpStatus::Unbounded;
        solution.message = "the objective is unbounded";
        return;
    }
    if (!haveStatus)
        return fail(solution, "glpsol wrote no solution");
    const bool optimal = mip ? status == 'o' : status == 'f' && dual == 'f';
    const bool feasible = mip ? status == 'f' : status == 'f';
    if (optimal && !timeLimit)
        solution.status = MilpStatus::Optimal;
    else if (optimal || feasible)
        solution.status = MilpStatus::Feasible;
    else {
        solution.status = MilpStatus::NoSolution;
        solution.message = timeLimit ? "time limit reached before a solution was found"
                                     : "glpsol stopped without a solution";
        return;
    }
    solution.values = std::move(values);
}

} // namespace iiot::solvers
