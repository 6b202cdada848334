// Exact slicing (MODELS.md section 4): for each service in turn, the least-cost embedding on the
// residual network as a MILP, solved by an external program (milp.h). The model is a unit flow
// through the layered graph of STNRA: x[j][a] = how often the walk crosses link direction a while
// j chain entries are placed (integer: walks may repeat links), y[j][h] = entry j is placed on h.
// Bandwidth counts every crossing (per link direction, or per shared wireless channel over all its
// links), cores every placement, delay every crossing plus processing.
// A node cost that depends on the cores in use (step, inverse, exponential) is exact through
// w[j][h][t] = entry j on h with t cores of this service on h after placing it.
#include "milp.h"
#include "slicing.h"
#include "slicing_network.h"

#include <cmath>
#include <limits>
#include <map>

namespace iiot::solvers {

std::optional<Embedding> embedExact(const SliceNetwork& net, const SliceRequest& r,
                                    const SlicingParameters& parameters, const model::RunControl& control,
                                    std::string& reason, std::string& error) {
    const std::size_t n = net.vertexCount(), entries = r.chain.size(), layers = entries + 1;
    double processing = 0;
    for (const auto& c : r.chain)
        processing += c.processingMs;
    if (!withinDelay(processing, r.maxDelay)) {
        reason = "delay bound cannot be met (processing alone exceeds it)";
        return std::nullopt;
    }
    MilpModel model;
    struct LinkVar {
        std::size_t layer;
        Traversal t;
    };
    std::map<int, LinkVar> linkOf;                             // variable -> arc
    std::map<int, std::pair<std::size_t, std::size_t>> hostOf; // variable -> (entry, host)
    // Flow balance terms per layered vertex.
    std::vector<std::vector<MilpTerm>> balance(n * layers);
    std::map<std::size_t, std::vector<MilpTerm>> bandwidth; // per bandwidth resource
    std::vector<MilpTerm> delay;
    for (std::size_t j = 0; j < layers; ++j)
        for (std::size_t u = 0; u < n; ++u) {
            if (!net.canLeave(u, r))
                continue;
            for (const auto& t : net.outgoing(u)) {
                const auto& l = net.links()[t.link];
                const std::size_t v = l.head(t.direction);
                if (!net.canEnter(v, r) || !net.fits(t, r))
                    continue;
                MilpVariable var;
                var.integer = true;
                var.upper = std::floor(net.residual(t) / r.bandwidth + 1e-9);
                if (r.bandwidth <= 0)
                    var.upper = std::numeric_limits<double>::infinity();
                var.objective = l.costPerMbps * r.bandwidth;
                const int x = model.addVariable(var);
                linkOf[x] = {j, t};
                balance[j * n + u].push_back({x, -1.0});
                balance[j * n + v].push_back({x, 1.0});
                bandwidth[net.resource(t)].push_back({x, r.bandwidth});
                delay.push_back({x, l.latency});
            }
        }
    std::map<std::size_t, std::vector<MilpTerm>> cores;
    // y[j][h] per host, for the cumulative-cores rows.
    std::map<std::size_t, std::vector<std::pair<std::size_t, int>>> placementsOn;
    for (std::size_t j = 0; j < entries; ++j)
        for (std::size_t h = 0; h < n; ++h) {
            const bool visitable = !net.endDevice(h) || h == r.source || h == r.destination;
            if (!visitable || net.freeCores(h) < r.chain[j].cores)
                continue;
            const auto& m = net.costModel(h);
            const bool linear = m.function == model::CostFunction::Linear;
            const int y = model.addBinary(linear ? net.nodeCost(h, r.chain[j].cores, 0) : 0.0);
            hostOf[y] = {j, h};
            balance[j * n + h].push_back({y, -1.0});
            balance[(j + 1) * n + h].push_back({y, 1.0});
            cores[h].push_back({y, static_cast<double>(r.chain[j].cores)});
            placementsOn[h].push_back({j, y});
            if (linear)
                continue;
            // t = cores of this service on h after placing entry j: from c_j up to what fits.
            long long upTo = 0;
            for (std::size_t i = 0; i <= j; ++i)
                upTo += r.chain[i].cores;
            upTo = std::min(upTo, net.freeCores(h));
            std::vector<MilpTerm> choose{{y, -1.0}}, amount;
            for (long long t = r.chain[j].cores; t <= upTo; ++t) {
                const int w = model.addBinary(net.nodeCost(h, r.chain[j].cores, t - r.chain[j].cores));
                choose.push_back({w, 1.0});
                amount.push_back({w, static_cast<double>(t)});
            }
            model.addConstraint(choose, MilpSense::Equal, 0.0); // one t exactly when placed
            // sum_t t w = sum_{i<=j} c_i y_ih whenever y_jh = 1 (big-M = upTo otherwise).
            const double big = static_cast<double>(upTo) + 1;
            std::vector<MilpTerm> cumulative;
            for (const auto& [i, yi] : placementsOn[h])
                cumulative.push_back({yi, -static_cast<double>(r.chain[i].cores)});
            std::vector<MilpTerm> ge = amount, le = amount;
            ge.insert(ge.end(), cumulative.begin(), cumulative.end());
            ge.push_back({y, -big});
            model.addConstraint(ge, MilpSense::GreaterEqual, -big);
            le.insert(le.end(), cumulative.begin(), cumulative.end());
            le.push_back({y, big});
            model.addConstraint(le, MilpSense::LessEqual, big);
        }
    const std::size_t sourceNode = r.source, sinkNode = (layers - 1) * n + r.destination;
    for (std::size_t k = 0; k < balance.size(); ++k) {
        const double rhs = (k == sinkNode ? 1.0 : 0.0) - (k == sourceNode ? 1.0 : 0.0);
        if (balance[k].empty()) {
            if (rhs != 0) {
                reason = "no walk with enough bandwidth and VNF cores";
                return std::nullopt;
            }
            continue;
        }
        model.addConstraint(balance[k], MilpSense::Equal, rhs);
    }
    for (auto& [res, terms] : bandwidth)
        if (terms.size() > 1)
            model.addConstraint(terms, MilpSense::LessEqual, net.residual(res) * (1 + 1e-12));
    for (auto& [h, terms] : cores)
        model.addConstraint(terms, MilpSense::LessEqual, static_cast<double>(net.freeCores(h)));
    if (!delay.empty())
        model.addConstraint(delay, MilpSense::LessEqual,
                            r.maxDelay - processing + 1e-9 * std::max(1.0, r.maxDelay));

    MilpOptions options;
    options.timeLimitSeconds = parameters.timeLimitSeconds;
    options.solver = parameters.milpSolver;
    options.control = &control;
    const auto solution = solveMilp(model, options);
    switch (solution.status) {
    case MilpStatus::Optimal:
    case MilpStatus::Feasible:
        break;
    case MilpStatus::Infeasible:
        reason = "no embedding meets bandwidth, cores and delay (proven by the solver)";
        return std::nullopt;
    case MilpStatus::NoSolution:
        reason = "no embedding found within the time limit";
        return std::nullopt;
    case MilpStatus::Cancelled:
        error = "cancelled";
        return std::nullopt;
    case MilpStatus::Unbounded:
    case MilpStatus::Error:
        error = solution.message.empty() ? "the MILP solver failed" : solution.message;
        return std::nullopt;
    }
    // Follow the flow from (0, source): at every layered vertex some unused unit leaves it until the
    // sink is reached; units left over form cycles that add nothing and are dropped.
    std::vector<long long> remaining(solution.values.size());
    for (std::size_t i = 0; i < remaining.size(); ++i)
        remaining[i] = std::llround(solution.values[i]);
    std::vector<std::vector<int>> leaving(n * layers);
    for (const auto& [x, arc] : linkOf)
        leaving[arc.layer * n + net.links()[arc.t.link].tail(arc.t.direction)].push_back(x);
    for (const auto& [y, eh] : hostOf)
        leaving[eh.first * n + eh.second].push_back(y);
    Embedding e;
    e.placement.resize(entries);
    std::size_t at = sourceNode;
    for (std::size_t steps = 0; at != sinkNode; ++steps) {
        int next = -1;
        for (int v : leaving[at])
            if (remaining[static_cast<std::size_t>(v)] > 0) {
                next = v;
                break;
            }
        if (next < 0 || steps > 1'000'000) {
            error = "the MILP solution is not a walk";
            return std::nullopt;
        }
        --remaining[static_cast<std::size_t>(next)];
        if (auto it = linkOf.find(next); it != linkOf.end()) {
            e.walk.push_back(it->second.t);
            at = it->second.layer * n + net.links()[it->second.t.link].head(it->second.t.direction);
        } else {
            const auto [j, h] = hostOf.at(next);
            e.placement[j] = h;
            at = (j + 1) * n + h;
        }
    }
    reason = net.evaluate(r, e);
    if (!reason.empty())
        return std::nullopt;
    e.optimal = solution.status == MilpStatus::Optimal;
    return e;
}

} // namespace iiot::solvers
