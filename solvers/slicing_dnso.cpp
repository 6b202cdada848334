// DNSO (MODELS.md section 4, [S3] section IV-B): the Natural Aggregation Algorithm (Luo et al.,
// 2016) searching the reduced vector z = [p_1..p_M, q_1..q_J, s] of one service. Every coordinate is
// in [0, 1) and decodes as follows:
//   s        number of valid waypoints, floor(s * (M + 1)) in 0..M;
//   p_i      waypoint i (i <= s), an element that is not an end device;
//   q_j      position of chain entry j among the host visits of the walk (sorted, so the chain order
//            always holds; [S3] discards out-of-order vectors instead, which only wastes evaluations).
// The walk is source -> waypoints -> destination, each leg the least-latency route (ties: cost) over
// link directions that can carry the service once. Infeasible candidates (over-used links or hosts,
// delay bound exceeded, no route) get a penalty above any feasible cost, growing with the violation.
//
// NAA in brief: the population is split among shelters, each led by its best member. Every
// generation each individual either stays (moves towards its shelter's leader, with a differential
// step between two members of the shelter) or leaves (moves towards another shelter's leader or, now
// and then, to a random point); it takes the new position only if it is better. The probability of
// staying grows with the shelter's quality and falls with its crowding.
#include "model/random.h"
#include "slicing.h"
#include "slicing_network.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <queue>
#include <unordered_map>

namespace iiot::solvers {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kPenalty = 1e9;

struct Tree {
    std::vector<std::pair<double, double>> dist; // (delay, cost)
    std::vector<Traversal> pred;
};

class Decoder {
public:
    Decoder(const SliceNetwork& net, const SliceRequest& r) : net_(net), r_(r) {
        for (std::size_t v = 0; v < net.vertexCount(); ++v)
            if (!net.endDevice(v))
                waypoints_.push_back(v);
        m_ = std::min<std::size_t>(r.chain.size() + 1, waypoints_.size());
    }
    std::size_t dimension() const { return m_ + r_.chain.size() + 1; }

    // Fitness (cost if feasible, else penalty) and the embedding when feasible.
    double evaluate(const std::vector<double>& z, Embedding* out) {
        const std::size_t s = std::min<std::size_t>(m_, static_cast<std::size_t>(z.back() * double(m_ + 1)));
        std::vector<std::size_t> stops{r_.source};
        for (std::size_t i = 0; i < s; ++i) {
            const std::size_t w = waypoints_[std::min(
                waypoints_.size() - 1, static_cast<std::size_t>(z[i] * double(waypoints_.size())))];
            if (w != stops.back())
                stops.push_back(w);
        }
        stops.push_back(r_.destination);
        Embedding e;
        std::vector<std::size_t> vertices{r_.source};
        for (std::size_t k = 0; k + 1 < stops.size(); ++k) {
            if (stops[k] == stops[k + 1])
                continue;
            const Tree& t = tree(stops[k]);
            if (t.dist[stops[k + 1]].first == kInf)
                return kPenalty * 10;
            std::vector<Traversal> leg;
            for (std::size_t x = stops[k + 1]; x != stops[k];
                 x = net_.links()[t.pred[x].link].tail(t.pred[x].direction))
                leg.push_back(t.pred[x]);
            for (auto it = leg.rbegin(); it != leg.rend(); ++it) {
                e.walk.push_back(*it);
                vertices.push_back(net_.links()[it->link].head(it->direction));
            }
        }
        std::vector<std::size_t> hostVisits;
        for (std::size_t k = 0; k < vertices.size(); ++k)
            if (net_.capacity(vertices[k]) > 0)
                hostVisits.push_back(k);
        if (hostVisits.empty() && !r_.chain.empty())
            return kPenalty * 5;
        std::vector<double> q(z.begin() + static_cast<std::ptrdiff_t>(m_),
                              z.begin() + static_cast<std::ptrdiff_t>(m_ + r_.chain.size()));
        std::sort(q.begin(), q.end());
        for (double x : q)
            e.placement.push_back(vertices[hostVisits[std::min(
                hostVisits.size() - 1, static_cast<std::size_t>(x * double(hostVisits.size())))]]);
        const std::string problem = net_.evaluate(r_, e);
        if (problem.empty()) {
            if (out)
                *out = e;
            return e.cost;
        }
        return kPenalty + violation(e);
    }

private:
    // How far an infeasible embedding is from feasibility, so that the search can climb towards it.
    double violation(const Embedding& e) const {
        double v = 0, delay = 0;
        std::map<std::size_t, int> count; // per bandwidth resource
        for (const auto& t : e.walk) {
            ++count[net_.resource(t)];
            delay += net_.links()[t.link].latency;
        }
        for (const auto& [res, c] : count)
            v += std::max(0.0, c * r_.bandwidth - net_.residual(res)) / std::max(1e-9, r_.bandwidth);
        std::map<std::size_t, long long> cores;
        for (std::size_t j = 0; j < r_.chain.size(); ++j) {
            cores[e.placement[j]] += r_.chain[j].cores;
            delay += r_.chain[j].processingMs;
        }
        for (const auto& [h, c] : cores)
            v += static_cast<double>(std::max(0LL, c - net_.freeCores(h)));
        v += std::max(0.0, delay - r_.maxDelay) / std::max(1e-9, r_.maxDelay);
        return 1e3 * v;
    }

    const Tree& tree(std::size_t root) {
        auto it = trees_.find(root);
        if (it != trees_.end())
            return it->second;
        Tree t;
        const std::size_t n = net_.vertexCount();
        t.dist.assign(n, {kInf, kInf});
        t.pred.resize(n);
        std::vector<char> done(n, 0);
        using Entry = std::pair<std::pair<double, double>, std::size_t>;
        std::priority_queue<Entry, std::vector<Entry>, std::greater<>> queue;
        t.dist[root] = {0, 0};
        queue.push({t.dist[root], root});
        while (!queue.empty()) {
            const auto [key, u] = queue.top();
            queue.pop();
            if (done[u])
                continue;
            done[u] = 1;
            if (!net_.canLeave(u, r_))
                continue;
            for (const auto& a : net_.outgoing(u)) {
                const auto& l = net_.links()[a.link];
                const std::size_t x = l.head(a.direction);
                if (done[x] || !net_.canEnter(x, r_) || !net_.fits(a, r_))
                    continue;
                const std::pair<double, double> candidate{key.first + l.latency,
                                                          key.second + l.costPerMbps * r_.bandwidth};
                if (candidate < t.dist[x]) {
                    t.dist[x] = candidate;
                    t.pred[x] = a;
                    queue.push({candidate, x});
                }
            }
        }
        return trees_.emplace(root, std::move(t)).first->second;
    }

    const SliceNetwork& net_;
    const SliceRequest& r_;
    std::vector<std::size_t> waypoints_;
    std::size_t m_ = 0;
    std::unordered_map<std::size_t, Tree> trees_;
};

double clamp01(double x) {
    return std::clamp(x, 0.0, std::nextafter(1.0, 0.0));
}

} // namespace

std::optional<Embedding> embedDnso(const SliceNetwork& net, const SliceRequest& r,
                                   const SlicingParameters& parameters, const model::RunControl& control,
                                   std::string& reason) {
    Decoder decoder(net, r);
    auto rng = model::Random::stream(parameters.seed, r.index);
    const std::size_t dim = decoder.dimension();
    const std::size_t population = static_cast<std::size_t>(std::max(2, parameters.population));
    const std::size_t shelters =
        std::clamp<std::size_t>(static_cast<std::size_t>(std::max(1, parameters.shelters)), 1, population);
    std::vector<std::vector<double>> x(population, std::vector<double>(dim));
    std::vector<double> fitness(population);
    std::optional<Embedding> best;
    double bestCost = kInf;
    auto evaluate = [&](const std::vector<double>& z) {
        Embedding e;
        const double f = decoder.evaluate(z, &e);
        if (f < kPenalty && f < bestCost) {
            bestCost = f;
            best = e;
        }
        return f;
    };
    for (std::size_t i = 0; i < population; ++i) {
        for (double& v : x[i])
            v = rng.uniform01();
        fitness[i] = evaluate(x[i]);
    }
    // Shelter membership: by rank, round robin, so every shelter starts with a share of good and bad.
    std::vector<std::size_t> shelterOf(population);
    auto regroup = [&] {
        std::vector<std::size_t> order(population);
        for (std::size_t i = 0; i < population; ++i)
            order[i] = i;
        std::stable_sort(order.begin(), order.end(),
                         [&](std::size_t a, std::size_t b) { return fitness[a] < fitness[b]; });
        for (std::size_t k = 0; k < population; ++k)
            shelterOf[order[k]] = k % shelters;
    };
    regroup();
    const double capacity = double(population) / double(shelters);
    for (int it = 0; it < parameters.iterations && !control.cancelled(); ++it) {
        std::vector<std::size_t> leader(shelters, population), size(shelters, 0);
        std::vector<std::vector<std::size_t>> members(shelters);
        for (std::size_t i = 0; i < population; ++i) {
            const std::size_t k = shelterOf[i];
            members[k].push_back(i);
            ++size[k];
            if (leader[k] == population || fitness[i] < fitness[leader[k]])
                leader[k] = i;
        }
        // Shelter quality rank: 0 for the shelter with the best leader.
        std::vector<std::size_t> rank(shelters), byLeader;
        for (std::size_t k = 0; k < shelters; ++k)
            if (leader[k] != population)
                byLeader.push_back(k);
        std::stable_sort(byLeader.begin(), byLeader.end(), [&](std::size_t a, std::size_t b) {
            return fitness[leader[a]] < fitness[leader[b]];
        });
        for (std::size_t k = 0; k < byLeader.size(); ++k)
            rank[byLeader[k]] = k;
        for (std::size_t i = 0; i < population; ++i) {
            const std::size_t k = shelterOf[i];
            const double quality = 1.0 - double(rank[k]) / double(std::max<std::size_t>(1, byLeader.size()));
            const double crowding = double(size[k]) / capacity;
            const double stay = std::clamp(0.3 + 0.6 * quality - 0.2 * (crowding - 1.0), 0.1, 0.95);
            std::vector<double> y = x[i];
            std::size_t target = k;
            if (rng.uniform01() < stay) {
                const auto& m = members[k];
                const std::size_t a = m[rng.uniformInt(m.size())], b = m[rng.uniformInt(m.size())];
                for (std::size_t d = 0; d < dim; ++d)
                    y[d] = clamp01(y[d] + rng.uniform01() * (x[leader[k]][d] - y[d]) +
                                   (rng.uniform01() - 0.5) * (x[a][d] - x[b][d]));
            } else if (rng.uniform01() < 0.2 || byLeader.size() < 2) {
                for (double& v : y) // explore: a random point
                    v = rng.uniform01();
            } else {
                target = byLeader[rng.uniformInt(byLeader.size())];
                for (std::size_t d = 0; d < dim; ++d)
                    y[d] = clamp01(y[d] + rng.uniform01() * (x[leader[target]][d] - y[d]) +
                                   0.1 * (rng.uniform01() - 0.5));
            }
            const double f = evaluate(y);
            if (f < fitness[i]) {
                x[i] = std::move(y);
                fitness[i] = f;
                shelterOf[i] = target;
            }
        }
    }
    if (!best) {
        reason = "no feasible embedding found (dnso)";
        return std::nullopt;
    }
    return best;
}

} // namespace iiot::solvers
