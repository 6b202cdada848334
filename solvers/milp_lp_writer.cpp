// CPLEX LP text for a MilpModel. Both cbc (CoinLpIO) and glpsol (--cpxlp) read it. Every variable
// appears in the objective, in index order, even with a zero coefficient: glpsol numbers columns
// by first appearance, and its solution file refers to columns by that number only.
#include "milp.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>

namespace iiot::solvers {

namespace {

constexpr std::size_t kTermsPerLine = 8;

// The shortest of 15 or 17 significant digits that reads back as the same double.
std::string number(double v) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.15g", v);
    if (std::strtod(buf, nullptr) != v)
        std::snprintf(buf, sizeof buf, "%.17g", v);
    return buf;
}

// Appends " + 3 x" / " - 3 x" terms, wrapping long rows (some readers limit line length).
void appendTerms(std::string& out, const std::vector<MilpTerm>& terms, const MilpModel& model,
                 bool keepZeros) {
    std::size_t written = 0;
    for (const auto& t : terms) {
        if (t.coefficient == 0.0 && !keepZeros)
            continue;
        if (written > 0 && written % kTermsPerLine == 0)
            out += "\n   ";
        const double magnitude = std::fabs(t.coefficient);
        if (written > 0 || t.coefficient < 0)
            out += t.coefficient < 0 ? " - " : " + ";
        else
            out += ' ';
        out += number(magnitude);
        out += ' ';
        out += model.variables[static_cast<std::size_t>(t.variable)].name;
        ++written;
    }
    if (written == 0) // an empty row still needs a term to be valid LP text
        out += " 0 " + model.variables.front().name;
}

// Adds up repeated variables and drops zero coefficients (readers reject or mis-handle repeats).
std::vector<MilpTerm> merged(const std::vector<MilpTerm>& terms) {
    std::map<int, double> sum;
    std::vector<int> order;
    for (const auto& t : terms) {
        auto [it, fresh] = sum.emplace(t.variable, 0.0);
        if (fresh)
            order.push_back(t.variable);
        it->second += t.coefficient;
    }
    std::vector<MilpTerm> out;
    for (int v : order)
        if (sum[v] != 0.0)
            out.push_back({v, sum[v]});
    return out;
}

bool isBinary(const MilpVariable& v) {
    return v.integer && v.lower == 0.0 && v.upper == 1.0;
}

} // namespace

std::string writeLp(const MilpModel& model) {
    std::string out = "\\ written by IIoT Workbench\n";
    out += model.maximize ? "Maximize\n" : "Minimize\n";
    out += " obj:";
    if (model.variables.empty()) {
        out += "\nSubject To\nEnd\n";
        return out;
    }
    std::vector<MilpTerm> objective;
    for (std::size_t j = 0; j < model.variables.size(); ++j)
        objective.push_back({static_cast<int>(j), model.variables[j].objective});
    appendTerms(out, objective, model, true);
    out += "\nSubject To\n";
    if (model.constraints.empty()) // glpsol needs at least one row
        out += " c0: 0 " + model.variables.front().name + " >= -1\n";
    for (std::size_t i = 0; i < model.constraints.size(); ++i) {
        const auto& c = model.constraints[i];
        out += " c" + std::to_string(i) + ":";
        appendTerms(out, merged(c.terms), model, false);
        out += c.sense == MilpSense::LessEqual ? " <= " : c.sense == MilpSense::GreaterEqual ? " >= " : " = ";
        out += number(c.rhs);
        out += '\n';
    }
    out += "Bounds\n";
    for (const auto& var : model.variables) {
        if (isBinary(var))
            continue;
        // glpsol refuses fractional bounds on integer columns; rounding inwards changes nothing.
        MilpVariable v = var;
        if (v.integer) {
            v.lower = std::ceil(v.lower);
            v.upper = std::floor(v.upper);
        }
        const bool lowInf = std::isinf(v.lower) && v.lower < 0;
        const bool upInf = std::isinf(v.upper) && v.upper > 0;
        if (lowInf && upInf)
            out += " " + v.name + " free\n";
        else if (lowInf)
            out += " -inf <= " + v.name + " <= " + number(v.upper) + "\n";
        else if (upInf)
            out += " " + v.name + " >= " + number(v.lower) + "\n";
        else if (v.lower == v.upper)
            out += " " + v.name + " = " + number(v.lower) + "\n";
        else
            out += " " + number(v.lower) + " <= " + v.name + " <= " + number(v.upper) + "\n";
    }
    std::string generals, binaries;
    for (const auto& v : model.variables) {
        if (!v.integer)
            continue;
        (isBinary(v) ? binaries : generals) += " " + v.name + "\n";
    }
    if (!generals.empty())
        out += "Generals\n" + generals;
    if (!binaries.empty())
        out += "Binaries\n" + binaries;
    out += "End\n";
    return out;
}

} // namespace iiot::solvers
