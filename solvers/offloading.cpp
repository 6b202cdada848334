// Mode choice of the four methods (MODELS.md section 5): adaptive sweeps (astp, ascm) or random
// draws (rstp, rscm), then the final schedule and the reported figures.
#include "offloading.h"

#include "model/random.h"
#include "offloading_instance.h"
#include "offloading_schedule.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace iiot::solvers {

namespace {

constexpr ComputingMode kModes[] = {ComputingMode::Local, ComputingMode::Edge, ComputingMode::Cloud};

bool available(const TaskSpec& t, ComputingMode m) {
    switch (m) {
    case ComputingMode::Local:
        return t.hasLocal();
    case ComputingMode::Edge:
        return t.hasEdge();
    case ComputingMode::Cloud:
        return t.hasCloud();
    }
    return false;
}

// Delays that differ only by rounding are a tie (then local, edge, cloud is preferred).
bool clearlyLess(double a, double b) {
    if (std::isinf(b))
        return !std::isinf(a);
    return a < b - 1e-9 * std::max({1.0, std::fabs(a), std::fabs(b)});
}

bool isAdaptive(OffloadMethod m) {
    return m == OffloadMethod::Astp || m == OffloadMethod::Ascm;
}

QueueOrder queueOrder(OffloadMethod m) {
    return m == OffloadMethod::Astp || m == OffloadMethod::Rstp ? QueueOrder::Priority : QueueOrder::Arrival;
}

// Random modes: one draw per task from a stream of its own (separate from its size draws), so
// rstp and rscm with the same seed draw the same modes.
std::vector<ComputingMode> randomModes(const OffloadInstance& inst, std::uint64_t seed) {
    std::vector<ComputingMode> modes;
    modes.reserve(inst.tasks.size());
    for (const auto& t : inst.tasks) {
        std::vector<ComputingMode> options;
        for (const auto m : kModes)
            if (available(t, m))
                options.push_back(m);
        auto rng = model::Random::stream(seed, t.stream_key ^ 0x6d6f64652d647261ULL); // "mode-dra"
        modes.push_back(options[rng.uniformInt(options.size())]);
    }
    return modes;
}

struct AdaptiveOutcome {
    std::vector<ComputingMode> modes;
    bool converged = false;
    int sweeps = 0;
    bool cancelled = false;
};

AdaptiveOutcome adaptiveModes(const OffloadInstance& inst, OffloadSchedule& schedule,
                              const OffloadParameters& params, const model::RunControl& control) {
    const std::size_t n = inst.tasks.size();
    AdaptiveOutcome out;
    // Start: each task's fastest mode alone.
    out.modes.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        double best = 0;
        bool first = true;
        for (const auto m : kModes) {
            if (!available(inst.tasks[i], m))
                continue;
            const double d = schedule.aloneDelayMs(i, m);
            if (first || clearlyLess(d, best)) {
                best = d;
                out.modes[i] = m;
                first = false;
            }
        }
    }
    // Sweep order: ascending p over all tasks, ties in task order.
    std::vector<std::size_t> all(n);
    std::iota(all.begin(), all.end(), std::size_t(0));
    const auto p = taskPriorities(inst, all, params.mu1, params.mu2);
    std::vector<std::size_t> order = all;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return p[a] < p[b]; });

    std::vector<TaskTiming> timing;
    double delays[3];
    for (out.sweeps = 1; out.sweeps <= params.max_sweeps; ++out.sweeps) {
        bool moved = false;
        for (std::size_t k = 0; k < n; ++k) {
            if (control.cancelled()) {
                out.cancelled = true;
                return out;
            }
            const auto i = order[k];
            const auto before = out.modes[i];
            double least = std::numeric_limits<double>::infinity();
            for (std::size_t m = 0; m < 3; ++m) {
                delays[m] = std::numeric_limits<double>::infinity();
                if (!available(inst.tasks[i], kModes[m]))
                    continue;
                out.modes[i] = kModes[m];
                schedule.evaluate(out.modes, timing);
                delays[m] = timing[i].delay_ms;
                least = std::min(least, delays[m]);
            }
            ComputingMode chosen = before;
            for (std::size_t m = 0; m < 3; ++m)
                if (available(inst.tasks[i], kModes[m]) && !clearlyLess(least, delays[m])) {
                    chosen = kModes[m];
                    break;
                }
            out.modes[i] = chosen;
            moved = moved || chosen != before;
            if (k % 16 == 0)
                control.report(1.0 - std::pow(0.5, out.sweeps - 1) * (1.0 - 0.5 * double(k) / double(n)));
        }
        if (!moved) {
            out.converged = true;
            return out;
        }
    }
    out.sweeps = params.max_sweeps;
    return out;
}

} // namespace

const char* toString(OffloadMethod m) {
    switch (m) {
    case OffloadMethod::Astp:
        return "astp";
    case OffloadMethod::Ascm:
        return "ascm";
    case OffloadMethod::Rstp:
        return "rstp";
    case OffloadMethod::Rscm:
        return "rscm";
    }
    return "astp";
}

std::optional<OffloadMethod> offloadMethodFromString(const std::string& s) {
    for (const auto m : {OffloadMethod::Astp, OffloadMethod::Ascm, OffloadMethod::Rstp, OffloadMethod::Rscm})
        if (s == toString(m))
            return m;
    return std::nullopt;
}

const char* toString(ComputingMode m) {
    switch (m) {
    case ComputingMode::Local:
        return "local";
    case ComputingMode::Edge:
        return "edge";
    case ComputingMode::Cloud:
        return "cloud";
    }
    return "local";
}

OffloadOutcome runOffloading(const model::Project& project, const model::TypeLibrary& types,
                             const OffloadParameters& params, const model::RunControl& control) {
    OffloadOutcome outcome;
    if (!(params.mu1 >= 0) || !(params.mu2 >= 0) || params.max_sweeps < 1) {
        outcome.error = "invalid parameters: mu1 and mu2 must be >= 0 and max_sweeps >= 1";
        return outcome;
    }
    auto inst = buildOffloadInstance(project, types, params.seed, outcome.error);
    if (!inst)
        return outcome;
    if (inst->tasks.empty()) {
        outcome.error = "no tasks: no application names generating elements (generated_by) that exist";
        return outcome;
    }
    control.report(0.0);
    OffloadSchedule schedule(*inst, queueOrder(params.method), params.mu1, params.mu2);

    OffloadResult r;
    r.method = params.method;
    r.seed = params.seed;
    std::vector<ComputingMode> modes;
    if (isAdaptive(params.method)) {
        auto a = adaptiveModes(*inst, schedule, params, control);
        if (a.cancelled) {
            outcome.cancelled = true;
            outcome.error = "cancelled";
            return outcome;
        }
        modes = std::move(a.modes);
        r.converged = a.converged;
        r.sweeps = a.sweeps;
    } else {
        modes = randomModes(*inst, params.seed);
    }

    std::vector<TaskTiming> timing;
    schedule.evaluate(modes, timing);
    std::size_t onTime = 0;
    double satisfaction = 0;
    for (std::size_t i = 0; i < inst->tasks.size(); ++i) {
        const auto& spec = inst->tasks[i];
        OffloadTask t;
        t.element = project.elements[spec.element].id;
        t.application = project.applications[spec.application].id;
        t.mode = modes[i];
        switch (modes[i]) {
        case ComputingMode::Local:
            t.host = t.element;
            break;
        case ComputingMode::Edge:
            t.host = project.elements[spec.edge->host].id;
            break;
        case ComputingMode::Cloud:
            t.host = project.elements[spec.cloud->host].id;
            break;
        }
        t.delay_ms = timing[i].delay_ms;
        t.max_latency_ms = spec.max_latency_ms;
        t.met = t.delay_ms <= spec.max_latency_ms;
        t.data_kb = spec.data_kb;
        t.instructions_mi = spec.instructions_mi;
        t.upload_ms = timing[i].upload_ms;
        t.wait_ms = timing[i].wait_ms;
        t.priority = timing[i].priority;
        r.total_delay_ms += t.delay_ms;
        if (t.met) {
            ++onTime;
            satisfaction += spec.max_latency_ms > 0 ? 1.0 - 0.5 * t.delay_ms / spec.max_latency_ms : 1.0;
        }
        r.tasks.push_back(std::move(t));
    }
    const double n = static_cast<double>(r.tasks.size());
    r.average_delay_ms = r.total_delay_ms / n;
    r.reliability = static_cast<double>(onTime) / n;
    r.satisfaction = satisfaction / n;
    control.report(1.0);
    outcome.result = std::move(r);
    return outcome;
}

} // namespace iiot::solvers
