#include "yaml_writer.h"

#include "yaml_scalar.h"

namespace iiot::model {

namespace {

std::string q(const std::string& s) {
    return quoteIfNeeded(s);
}
std::string n(double v) {
    return formatNumber(v);
}
std::string n(long long v) {
    return std::to_string(v);
}

std::string quantity(const Quantity& v) {
    switch (v.kind) {
    case DistributionKind::Number:
        return n(v.a);
    case DistributionKind::Constant:
        return "{dist: constant, value: " + n(v.a) + "}";
    case DistributionKind::Uniform:
        return "{dist: uniform, min: " + n(v.a) + ", max: " + n(v.b) + "}";
    case DistributionKind::Exponential:
        return "{dist: exponential, mean: " + n(v.a) + "}";
    case DistributionKind::Normal:
        return "{dist: normal, mean: " + n(v.a) + ", sd: " + n(v.b) + "}";
    }
    return {};
}

// Builds "{a: 1, b: 2}", skipping absent values.
class FlowMap {
public:
    FlowMap& add(const char* key, const std::string& rendered) {
        text_ += (text_.empty() ? "{" : ", ") + std::string(key) + ": " + rendered;
        return *this;
    }
    FlowMap& text(const char* key, const std::optional<std::string>& v) {
        return v ? add(key, q(*v)) : *this;
    }
    template <typename T> FlowMap& num(const char* key, const std::optional<T>& v) {
        return v ? add(key, n(*v)) : *this;
    }
    std::string str() const { return text_.empty() ? "{}" : text_ + "}"; }

private:
    std::string text_;
};

std::string textList(const std::vector<std::string>& items) {
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i ? ", " : "") + q(items[i]);
    return out + "]";
}

template <typename T> std::string numberList(const std::vector<T>& items) {
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i ? ", " : "") + n(items[i]);
    return out + "]";
}

template <typename M, typename F> std::string flowOf(const M& map, F render) {
    std::string out = "{";
    bool first = true;
    for (const auto& [k, v] : map) {
        out += (first ? "" : ", ") + q(k) + ": " + render(v);
        first = false;
    }
    return out + "}";
}

// Writes the block-style fields of one list entry: "  - key: value" then "    key: value".
class Entry {
public:
    explicit Entry(std::string& out) : out_(out) {}
    void field(const char* key, const std::string& rendered) {
        out_ += first_ ? "  - " : "    ";
        first_ = false;
        out_ += key;
        out_ += ": ";
        out_ += rendered;
        out_ += '\n';
    }
    void text(const char* key, const std::optional<std::string>& v) {
        if (v)
            field(key, q(*v));
    }
    template <typename T> void num(const char* key, const std::optional<T>& v) {
        if (v)
            field(key, n(*v));
    }

private:
    std::string& out_;
    bool first_ = true;
};

void writeElement(std::string& out, const Element& e) {
    Entry w(out);
    w.field("id", q(e.id));
    w.field("kind", q(e.kind));
    w.text("name", e.name);
    w.text("zone", e.zone);
    w.text("subsystem", e.subsystem);
    if (e.position)
        w.field("position", "[" + n(e.position->x) + ", " + n(e.position->y) + "]");
    w.text("identifier", e.identifier);
    if (e.interfaces)
        w.field("interfaces", textList(*e.interfaces));
    if (e.protocols)
        w.field("protocols", textList(*e.protocols));
    if (e.compute)
        w.field("compute", FlowMap()
                               .num("cores", e.compute->cores)
                               .num("mips_per_core", e.compute->mips_per_core)
                               .num("ram_mb", e.compute->ram_mb)
                               .num("storage_mb", e.compute->storage_mb)
                               .str());
    if (e.vnf) {
        const auto& f = *e.vnf;
        FlowMap m;
        m.num("cores", f.cores).num("cost_per_core", f.cost_per_core);
        if (f.cost_function)
            m.add("cost_function", toString(*f.cost_function));
        m.num("alpha1", f.alpha1).num("alpha2", f.alpha2).num("beta", f.beta).num("gamma1", f.gamma1);
        m.num("gamma2", f.gamma2);
        w.field("vnf", m.str());
    }
    if (e.capacity)
        w.field("capacity", flowOf(*e.capacity, [](double v) { return n(v); }));
    if (e.power)
        w.field("power", FlowMap().num("idle_w", e.power->idle_w).num("max_w", e.power->max_w).str());
    if (e.radio)
        w.field("radio", FlowMap()
                             .num("tx_power_w", e.radio->tx_power_w)
                             .num("channel_gain", e.radio->channel_gain)
                             .str());
    if (e.capabilities)
        w.field("capabilities", flowOf(*e.capabilities, [](int v) { return std::to_string(v); }));
    if (!e.properties.empty())
        w.field("properties", flowOf(e.properties, [](const std::string& v) { return q(v); }));
}

void writeApplication(std::string& out, const Application& a) {
    Entry w(out);
    w.field("id", q(a.id));
    w.text("subsystem", a.subsystem);
    w.num("priority", a.priority);
    if (a.generated_by) {
        FlowMap m;
        if (a.generated_by->kinds)
            m.add("kinds", textList(*a.generated_by->kinds));
        if (a.generated_by->elements)
            m.add("elements", textList(*a.generated_by->elements));
        w.field("generated_by", m.str());
    }
    if (a.arrival)
        w.field("arrival", FlowMap()
                               .add("type", toString(a.arrival->type))
                               .num("rate_per_s", a.arrival->rate_per_s)
                               .num("period_s", a.arrival->period_s)
                               .str());
    for (auto [key, value] : {std::pair{"data_kb", &a.data_kb}, std::pair{"result_kb", &a.result_kb},
                              std::pair{"instructions_mi", &a.instructions_mi}})
        if (*value)
            w.field(key, quantity(**value));
    w.num("max_latency_ms", a.max_latency_ms);
    if (a.offloadable)
        w.field("offloadable", *a.offloadable ? "true" : "false");
    w.num("container_mb", a.container_mb);
    if (a.demands)
        w.field("demands", flowOf(*a.demands, [](const Demand& d) {
                    return "[" + n(d.committed) + ", " + n(d.peak) + "]";
                }));
    if (a.request)
        w.field("request", flowOf(*a.request, [](double v) { return n(v); }));
    if (a.hosts)
        w.field("hosts", textList(*a.hosts));
}

void writeService(std::string& out, const Service& s) {
    Entry w(out);
    w.field("id", q(s.id));
    w.text("class", s.service_class);
    w.field("source", q(s.source));
    w.field("destination", q(s.destination));
    if (s.chain)
        w.field("chain", textList(*s.chain));
    w.field("bandwidth_mbps", n(s.bandwidth_mbps));
    w.field("max_delay_ms", n(s.max_delay_ms));
}

void writeScenario(std::string& out, const Scenario& s) {
    Entry w(out);
    w.field("id", q(s.id));
    w.field("duration_s", n(s.duration_s));
    w.num("warmup_s", s.warmup_s);
    w.num("seed", s.seed);
    w.text("policy", s.policy);
    w.num("sample_interval_s", s.sample_interval_s);
    if (s.device_counts)
        w.field("device_counts", numberList(*s.device_counts));
    w.num("replications", s.replications);
    if (s.mobility)
        w.field("mobility",
                FlowMap().num("speed_mps", s.mobility->speed_mps).num("range_m", s.mobility->range_m).str());
    if (s.area_m)
        w.field("area_m", "[" + n(s.area_m->x) + ", " + n(s.area_m->y) + "]");
}

template <typename T, typename F>
void writeList(std::string& out, const char* key, const std::vector<T>& items, F writeItem) {
    if (items.empty())
        return;
    out += '\n';
    out += key;
    out += ":\n";
    for (const auto& item : items)
        writeItem(out, item);
}

void writeFlowItem(std::string& out, const std::string& flow) {
    out += "  - ";
    out += flow;
    out += '\n';
}

} // namespace

std::string writeProjectYaml(const Project& p) {
    std::string out;
    out.reserve(256 + p.elements.size() * 200 + p.links.size() * 90);
    out += "format: " + q(p.format) + "\n";
    out += "name: " + q(p.name) + "\n";
    if (p.description)
        out += "description: " + q(*p.description) + "\n";
    if (p.targets) {
        FlowMap m;
        const auto& t = *p.targets;
        for (auto [key, level] : {std::pair{"device", t.device}, std::pair{"network", t.network},
                                  std::pair{"service", t.service}, std::pair{"trust", t.trust}})
            if (level)
                m.add(key, toString(*level));
        out += "targets: " + m.str() + "\n";
    }
    if (p.capability_weights)
        out += "capability_weights: " +
               flowOf(*p.capability_weights, [](long long v) { return std::to_string(v); }) + "\n";

    writeList(out, "zones", p.zones, [](std::string& o, const Zone& z) {
        writeFlowItem(o, FlowMap().add("id", q(z.id)).text("name", z.name).add("type", q(z.type)).str());
    });
    writeList(out, "elements", p.elements, writeElement);
    writeList(out, "links", p.links, [](std::string& o, const Link& l) {
        FlowMap link;
        link.text("id", l.id)
            .add("from", q(l.from))
            .add("to", q(l.to))
            .add("medium", q(l.medium))
            .num("bandwidth_mbps", l.bandwidth_mbps)
            .num("latency_ms", l.latency_ms)
            .num("loss", l.loss)
            .num("cost_per_mbps", l.cost_per_mbps)
            .num("channel_mhz", l.channel_mhz)
            .num("noise_w", l.noise_w);
        if (!l.properties.empty())
            link.add("properties", flowOf(l.properties, [](const std::string& v) { return q(v); }));
        writeFlowItem(o, link.str());
    });
    writeList(out, "subsystems", p.subsystems, [](std::string& o, const Subsystem& s) {
        writeFlowItem(o, FlowMap().add("id", q(s.id)).text("name", s.name).num("priority", s.priority).str());
    });
    writeList(out, "applications", p.applications, writeApplication);
    writeList(out, "vnf_types", p.vnf_types, [](std::string& o, const VnfType& t) {
        writeFlowItem(o, FlowMap()
                             .add("id", q(t.id))
                             .add("cores", n(t.cores))
                             .num("processing_ms", t.processing_ms)
                             .str());
    });
    writeList(out, "services", p.services, writeService);
    writeList(out, "scenarios", p.scenarios, writeScenario);
    return out;
}

} // namespace iiot::model
