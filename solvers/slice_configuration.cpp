#include "slice_configuration.h"

#include "model/effective_values.h"
#include "model/json_writer.h"

#include <map>
#include <tuple>

namespace iiot::solvers {

QueueHint queueHintFor(double maxDelayMs) {
    if (maxDelayMs <= 1)
        return {7, 46, "expedited"};
    if (maxDelayMs <= 10)
        return {5, 34, "assured-high"};
    if (maxDelayMs <= 100)
        return {3, 18, "assured"};
    return {1, 0, "best-effort"};
}

namespace {

const model::Link* findLink(const model::Project& p, const std::string& id) {
    for (const auto& l : p.links)
        if (l.id && *l.id == id)
            return &l;
    return nullptr;
}

const model::Service* findService(const model::Project& p, const std::string& id) {
    for (const auto& s : p.services)
        if (s.id == id)
            return &s;
    return nullptr;
}

const model::VnfType* findVnf(const model::Project& p, const std::string& id) {
    for (const auto& v : p.vnf_types)
        if (v.id == id)
            return &v;
    return nullptr;
}

// Total reservation per link and direction over every admitted slice.
using DirectedLink = std::tuple<std::string, std::string, std::string>; // link id, from, to

} // namespace

std::string sliceConfigurationJson(const model::Project& project, const model::TypeLibrary& types,
                                   const SlicingResult& result) {
    model::JsonWriter w;
    std::map<DirectedLink, double> totals;
    std::size_t admitted = 0;
    for (const auto& s : result.services)
        admitted += s.admitted ? 1 : 0;
    w.beginObject()
        .field("format", kSliceConfigurationFormat)
        .field("project", project.name)
        .field("method", toString(result.method))
        .field("seed", static_cast<long long>(result.parameters.seed))
        .field("admitted", admitted)
        .field("rejected", result.services.size() - admitted);
    w.key("slices").beginArray();
    for (const auto& r : result.services) {
        const model::Service* s = findService(project, r.id);
        if (!r.admitted || !s)
            continue;
        const QueueHint hint = queueHintFor(s->max_delay_ms);
        w.beginObject().field("service", s->id);
        if (s->service_class)
            w.field("class", *s->service_class);
        w.field("source", s->source)
            .field("destination", s->destination)
            .field("bandwidth_mbps", s->bandwidth_mbps)
            .field("max_delay_ms", s->max_delay_ms)
            .field("delay_ms", r.delayMs)
            .field("slack_ms", s->max_delay_ms - r.delayMs)
            .field("cost", r.cost);
        w.key("qos")
            .beginObject()
            .field("priority", hint.priority)
            .field("dscp", hint.dscp)
            .field("queue", hint.queue);
        w.endObject();
        w.key("path").beginArray();
        for (const auto& e : r.path)
            w.value(e);
        w.endArray();
        w.key("hops").beginArray();
        for (std::size_t i = 0; i < r.links.size() && i + 1 < r.path.size(); ++i) {
            const model::Link* l = findLink(project, r.links[i]);
            const std::string& from = r.path[i];
            const std::string& to = r.path[i + 1];
            w.beginObject().field("link", r.links[i]).field("from", from).field("to", to);
            if (l) {
                w.field("direction", l->from == from ? "forward" : "reverse")
                    .field("medium", l->medium)
                    .field("capacity_mbps", model::effectiveBandwidthMbps(*l, types))
                    .field("latency_ms", model::effectiveLatencyMs(*l, types));
            }
            w.field("reserve_mbps", s->bandwidth_mbps).endObject();
            totals[{r.links[i], from, to}] += s->bandwidth_mbps;
        }
        w.endArray();
        w.key("vnfs").beginArray();
        const auto chain = s->chain.value_or(std::vector<std::string>{});
        for (std::size_t k = 0; k < chain.size() && k < r.placement.size(); ++k) {
            w.beginObject().field("position", k).field("type", chain[k]).field("host", r.placement[k]);
            if (const model::VnfType* v = findVnf(project, chain[k])) {
                w.field("cores", v->cores);
                if (v->processing_ms)
                    w.field("processing_ms", *v->processing_ms);
            }
            w.endObject();
        }
        w.endArray().endObject();
    }
    w.endArray();
    w.key("link_reservations").beginArray();
    for (const auto& [key, mbps] : totals) {
        const auto& [id, from, to] = key;
        w.beginObject().field("link", id).field("from", from).field("to", to).field("reserved_mbps", mbps);
        if (const model::Link* l = findLink(project, id))
            w.field("capacity_mbps", model::effectiveBandwidthMbps(*l, types));
        w.endObject();
    }
    w.endArray();
    w.key("rejections").beginArray();
    for (const auto& r : result.services)
        if (!r.admitted)
            w.beginObject().field("service", r.id).field("reason", r.reason).endObject();
    w.endArray().endObject();
    return w.str() + "\n";
}

} // namespace iiot::solvers
