#include "project_json.h"

#include "json_syntax.h"
#include "json_writer.h"

namespace iiot::model {

namespace {

template <typename T> void opt(JsonWriter& w, const char* key, const std::optional<T>& v) {
    if (v)
        w.field(key, *v);
}

void strings(JsonWriter& w, const char* key, const std::optional<std::vector<std::string>>& v) {
    if (!v)
        return;
    w.key(key).beginArray();
    for (const auto& s : *v)
        w.value(s);
    w.endArray();
}

template <typename T>
void numberMap(JsonWriter& w, const char* key, const std::optional<std::map<std::string, T>>& m) {
    if (!m)
        return;
    w.key(key).beginObject();
    for (const auto& [k, v] : *m)
        w.field(k, v);
    w.endObject();
}

void quantity(JsonWriter& w, const char* key, const std::optional<Quantity>& q) {
    if (!q)
        return;
    w.key(key);
    if (q->kind == DistributionKind::Number) {
        w.value(q->a);
        return;
    }
    w.beginObject().field("dist", toString(q->kind));
    switch (q->kind) {
    case DistributionKind::Constant:
        w.field("value", q->a);
        break;
    case DistributionKind::Uniform:
        w.field("min", q->a).field("max", q->b);
        break;
    case DistributionKind::Exponential:
        w.field("mean", q->a);
        break;
    case DistributionKind::Normal:
        w.field("mean", q->a).field("sd", q->b);
        break;
    case DistributionKind::Number:
        break;
    }
    w.endObject();
}

void position(JsonWriter& w, const char* key, const std::optional<Position>& p) {
    if (p)
        w.key(key).beginArray().value(p->x).value(p->y).endArray();
}

void element(JsonWriter& w, const Element& e) {
    w.beginObject().field("id", e.id).field("kind", e.kind);
    opt(w, "name", e.name);
    opt(w, "zone", e.zone);
    opt(w, "subsystem", e.subsystem);
    position(w, "position", e.position);
    opt(w, "identifier", e.identifier);
    strings(w, "interfaces", e.interfaces);
    strings(w, "protocols", e.protocols);
    if (e.compute) {
        w.key("compute").beginObject();
        opt(w, "cores", e.compute->cores);
        opt(w, "mips_per_core", e.compute->mips_per_core);
        opt(w, "ram_mb", e.compute->ram_mb);
        opt(w, "storage_mb", e.compute->storage_mb);
        w.endObject();
    }
    if (e.vnf) {
        w.key("vnf").beginObject();
        opt(w, "cores", e.vnf->cores);
        opt(w, "cost_per_core", e.vnf->cost_per_core);
        if (e.vnf->cost_function)
            w.field("cost_function", toString(*e.vnf->cost_function));
        opt(w, "alpha1", e.vnf->alpha1);
        opt(w, "alpha2", e.vnf->alpha2);
        opt(w, "beta", e.vnf->beta);
        opt(w, "gamma1", e.vnf->gamma1);
        opt(w, "gamma2", e.vnf->gamma2);
        w.endObject();
    }
    numberMap(w, "capacity", e.capacity);
    if (e.power) {
        w.key("power").beginObject();
        opt(w, "idle_w", e.power->idle_w);
        opt(w, "max_w", e.power->max_w);
        w.endObject();
    }
    if (e.radio) {
        w.key("radio").beginObject();
        opt(w, "tx_power_w", e.radio->tx_power_w);
        opt(w, "channel_gain", e.radio->channel_gain);
        w.endObject();
    }
    numberMap(w, "capabilities", e.capabilities);
    if (!e.properties.empty()) {
        w.key("properties").beginObject();
        for (const auto& [k, v] : e.properties)
            w.field(k, v);
        w.endObject();
    }
    w.endObject();
}

void link(JsonWriter& w, const Link& l) {
    w.beginObject();
    opt(w, "id", l.id);
    w.field("from", l.from).field("to", l.to).field("medium", l.medium);
    opt(w, "bandwidth_mbps", l.bandwidth_mbps);
    opt(w, "latency_ms", l.latency_ms);
    opt(w, "loss", l.loss);
    opt(w, "cost_per_mbps", l.cost_per_mbps);
    opt(w, "channel_mhz", l.channel_mhz);
    opt(w, "noise_w", l.noise_w);
    if (!l.properties.empty()) {
        w.key("properties").beginObject();
        for (const auto& [k, v] : l.properties)
            w.field(k, v);
        w.endObject();
    }
    w.endObject();
}

void application(JsonWriter& w, const Application& a) {
    w.beginObject().field("id", a.id);
    opt(w, "subsystem", a.subsystem);
    opt(w, "priority", a.priority);
    if (a.generated_by) {
        w.key("generated_by").beginObject();
        strings(w, "kinds", a.generated_by->kinds);
        strings(w, "elements", a.generated_by->elements);
        w.endObject();
    }
    if (a.arrival) {
        w.key("arrival").beginObject().field("type", toString(a.arrival->type));
        opt(w, "rate_per_s", a.arrival->rate_per_s);
        opt(w, "period_s", a.arrival->period_s);
        w.endObject();
    }
    quantity(w, "data_kb", a.data_kb);
    quantity(w, "result_kb", a.result_kb);
    quantity(w, "instructions_mi", a.instructions_mi);
    opt(w, "max_latency_ms", a.max_latency_ms);
    opt(w, "offloadable", a.offloadable);
    opt(w, "container_mb", a.container_mb);
    if (a.demands) {
        w.key("demands").beginObject();
        for (const auto& [r, d] : *a.demands)
            w.key(r).beginArray().value(d.committed).value(d.peak).endArray();
        w.endObject();
    }
    numberMap(w, "request", a.request);
    strings(w, "hosts", a.hosts);
    w.endObject();
}

void scenario(JsonWriter& w, const Scenario& s) {
    w.beginObject().field("id", s.id).field("duration_s", s.duration_s);
    opt(w, "warmup_s", s.warmup_s);
    opt(w, "seed", s.seed);
    opt(w, "policy", s.policy);
    opt(w, "sample_interval_s", s.sample_interval_s);
    if (s.device_counts) {
        w.key("device_counts").beginArray();
        for (long long n : *s.device_counts)
            w.value(n);
        w.endArray();
    }
    opt(w, "replications", s.replications);
    if (s.mobility) {
        w.key("mobility").beginObject();
        opt(w, "speed_mps", s.mobility->speed_mps);
        opt(w, "range_m", s.mobility->range_m);
        w.endObject();
    }
    position(w, "area_m", s.area_m);
    w.endObject();
}

// A stored document verbatim when it is valid JSON, else as a string (never invalid output).
std::string embedded(const std::string& json) {
    return isJsonDocument(json) ? json : JsonWriter::escape(json);
}

} // namespace

std::string writeProjectJson(const Project& p) {
    JsonWriter w;
    w.beginObject().field("format", p.format).field("name", p.name);
    opt(w, "description", p.description);
    if (p.targets) {
        w.key("targets").beginObject();
        const std::pair<const char*, const std::optional<FrameworkLevel>*> layers[] = {
            {"device", &p.targets->device},
            {"network", &p.targets->network},
            {"service", &p.targets->service},
            {"trust", &p.targets->trust}};
        for (const auto& [name, level] : layers)
            if (*level)
                w.field(name, toString(**level));
        w.endObject();
    }
    numberMap(w, "capability_weights", p.capability_weights);
    w.key("zones").beginArray();
    for (const auto& z : p.zones) {
        w.beginObject().field("id", z.id);
        opt(w, "name", z.name);
        w.field("type", z.type).endObject();
    }
    w.endArray().key("elements").beginArray();
    for (const auto& e : p.elements)
        element(w, e);
    w.endArray().key("links").beginArray();
    for (const auto& l : p.links)
        link(w, l);
    w.endArray().key("subsystems").beginArray();
    for (const auto& s : p.subsystems) {
        w.beginObject().field("id", s.id);
        opt(w, "name", s.name);
        opt(w, "priority", s.priority);
        w.endObject();
    }
    w.endArray().key("applications").beginArray();
    for (const auto& a : p.applications)
        application(w, a);
    w.endArray().key("vnf_types").beginArray();
    for (const auto& v : p.vnf_types) {
        w.beginObject().field("id", v.id).field("cores", v.cores);
        opt(w, "processing_ms", v.processing_ms);
        w.endObject();
    }
    w.endArray().key("services").beginArray();
    for (const auto& s : p.services) {
        w.beginObject().field("id", s.id);
        opt(w, "class", s.service_class);
        w.field("source", s.source).field("destination", s.destination);
        strings(w, "chain", s.chain);
        w.field("bandwidth_mbps", s.bandwidth_mbps).field("max_delay_ms", s.max_delay_ms).endObject();
    }
    w.endArray().key("scenarios").beginArray();
    for (const auto& s : p.scenarios)
        scenario(w, s);
    w.endArray().endObject();

    // Stored results embed documents the writer cannot nest, so the array is spliced in by hand
    // before the closing brace.
    std::string out = w.str();
    const auto close = out.rfind('}');
    std::string results = ",\n  \"results\": [";
    for (std::size_t i = 0; i < p.results.size(); ++i) {
        const auto& r = p.results[i];
        results += std::string(i ? "," : "") + "\n    {\"id\": " + std::to_string(r.id) +
                   ", \"kind\": " + JsonWriter::escape(r.kind) +
                   ", \"method\": " + JsonWriter::escape(r.method) +
                   ", \"created\": " + JsonWriter::escape(r.created) +
                   ", \"parameters\": " + (r.parameters.empty() ? "{}" : embedded(r.parameters)) +
                   ",\n     \"result\": " + embedded(r.json) + "}";
    }
    results += p.results.empty() ? "]\n" : "\n  ]\n";
    out.replace(close, 1, results + "}");
    // The writer ends the last member with a newline before '}'; keep one.
    if (const auto dup = out.find("\n,\n  \"results\""); dup != std::string::npos)
        out.erase(dup, 1);
    return out + "\n";
}

} // namespace iiot::model
