// The `allocate` document of FORMAT.md section 5.
#include "priority_allocation.h"

#include "model/json_writer.h"

namespace iiot::solvers {

std::string allocationJson(const AllocationResult& r, bool pretty) {
    model::JsonWriter w(pretty);
    w.beginObject();
    w.field("method", r.method);
    if (!r.ok)
        w.field("error", r.error);
    w.field("admitted", r.admitted);
    w.field("rejected", r.rejected);
    w.field("admission_rate", r.admission_rate);
    w.field("satisfaction", r.satisfaction);
    w.field("active_hosts", r.active_hosts);
    w.field("optimal", r.optimal);
    w.field("solve_ms", r.solve_ms);
    w.field("admitted_priority", r.admitted_priority);
    w.field("weighted_satisfaction", r.weighted_satisfaction);
    if (!r.solver.empty())
        w.field("solver", r.solver);
    w.key("allocations").beginArray();
    for (const auto& a : r.allocations) {
        w.beginObject();
        w.field("application", a.application);
        w.field("host", a.host);
        w.key("amounts").beginObject();
        for (const auto& [resource, amount] : a.amounts)
            w.field(resource, amount);
        w.endObject();
        w.field("priority", a.priority);
        w.field("satisfaction", a.satisfaction);
        w.endObject();
    }
    w.endArray();
    w.key("rejections").beginArray();
    for (const auto& j : r.rejections) {
        w.beginObject();
        w.field("application", j.application);
        w.field("reason", j.reason);
        w.endObject();
    }
    w.endArray();
    w.key("hosts").beginArray();
    for (const auto& h : r.hosts) {
        w.beginObject();
        w.field("host", h.host);
        w.field("active", h.active);
        w.field("applications", h.applications);
        w.key("resources").beginObject();
        for (const auto& [resource, use] : h.resources) {
            w.key(resource).beginObject();
            w.field("capacity", use.capacity);
            w.field("used", use.used);
            w.field("utilisation", use.utilisation);
            w.endObject();
        }
        w.endObject();
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.str();
}

} // namespace iiot::solvers
