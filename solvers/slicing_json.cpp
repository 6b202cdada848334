#include "model/json_writer.h"
#include "slicing.h"

namespace iiot::solvers {

std::string slicingJson(const SlicingResult& result, bool withTiming) {
    model::JsonWriter w;
    w.beginObject();
    w.field("method", toString(result.method));
    if (!result.ok())
        w.field("error", result.error);
    w.field("admitted_rate", result.admittedRate);
    w.field("average_cost", result.averageCost);
    w.field("average_delay_ms", result.averageDelayMs);
    w.field("cpu_utilization_variance", result.cpuUtilizationVariance);
    w.field("solve_ms", withTiming ? result.solveMs : 0.0);
    w.key("parameters").beginObject();
    w.field("seed", static_cast<long long>(result.parameters.seed));
    if (result.method == SlicingMethod::Dnso) {
        w.field("population", result.parameters.population);
        w.field("shelters", result.parameters.shelters);
        w.field("iterations", result.parameters.iterations);
    }
    if (result.method == SlicingMethod::Exact)
        w.field("time_limit_s", result.parameters.timeLimitSeconds);
    w.endObject();
    w.key("services").beginArray();
    for (const auto& s : result.services) {
        w.beginObject();
        w.field("id", s.id);
        w.field("admitted", s.admitted);
        w.key("path").beginArray();
        for (const auto& v : s.path)
            w.value(v);
        w.endArray();
        w.key("links").beginArray();
        for (const auto& l : s.links)
            w.value(l);
        w.endArray();
        w.key("placement").beginArray();
        for (const auto& h : s.placement)
            w.value(h);
        w.endArray();
        w.field("cost", s.cost);
        w.field("delay_ms", s.delayMs);
        if (s.lowerBound)
            w.field("lower_bound", *s.lowerBound);
        if (s.optimal)
            w.field("optimal", *s.optimal);
        if (!s.admitted)
            w.field("reason", s.reason);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.str();
}

} // namespace iiot::solvers
