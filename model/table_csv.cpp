#include "table_csv.h"

#include "effective_values.h"
#include "yaml_scalar.h"

namespace iiot::model {

namespace {

std::string num(const std::optional<double>& v) {
    return v ? formatNumber(*v) : std::string();
}

std::string num(const std::optional<long long>& v) {
    return v ? std::to_string(*v) : std::string();
}

std::string text(const std::optional<std::string>& v) {
    return v ? *v : std::string();
}

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i ? ";" : "") + items[i];
    return out;
}

} // namespace

std::string csvField(const std::string& s) {
    if (s.find_first_of(",\"\r\n") == std::string::npos)
        return s;
    std::string out = "\"";
    for (char c : s)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string csvRow(const std::vector<std::string>& fields) {
    std::string out;
    for (std::size_t i = 0; i < fields.size(); ++i)
        out += (i ? "," : "") + csvField(fields[i]);
    return out + "\n";
}

std::string elementsCsv(const Project& p, const TypeLibrary& types) {
    std::string out = csvRow({"id", "kind", "layer", "name", "zone", "subsystem", "x", "y", "identifier",
                              "interfaces", "protocols", "cores", "mips_per_core", "ram_mb", "storage_mb",
                              "vnf_cores", "power_idle_w", "power_max_w", "properties"});
    for (const auto& e : p.elements) {
        const KindInfo* kind = types.kind(e.kind);
        const Compute c = e.compute.value_or(Compute{});
        const Power pw = e.power.value_or(Power{});
        std::string props;
        for (const auto& [k, v] : e.properties)
            props += (props.empty() ? "" : ";") + k + "=" + v;
        out += csvRow({e.id, e.kind, kind ? toString(kind->layer) : "", e.displayName(), text(e.zone),
                       text(e.subsystem), e.position ? formatNumber(e.position->x) : "",
                       e.position ? formatNumber(e.position->y) : "", text(e.identifier),
                       joined(effectiveInterfaces(e, types)), joined(effectiveProtocols(e, types)),
                       num(c.cores), num(c.mips_per_core), num(c.ram_mb), num(c.storage_mb),
                       e.vnf ? num(e.vnf->cores) : std::string(), num(pw.idle_w), num(pw.max_w), props});
    }
    return out;
}

std::string linksCsv(const Project& p, const TypeLibrary& types) {
    std::string out = csvRow({"id", "from", "to", "medium", "wireless", "bandwidth_mbps", "latency_ms",
                              "loss", "cost_per_mbps", "channel_mhz", "noise_w", "properties"});
    for (const auto& l : p.links) {
        std::string props;
        for (const auto& [k, v] : l.properties)
            props += (props.empty() ? "" : ";") + k + "=" + v;
        out += csvRow({text(l.id), l.from, l.to, l.medium, isWireless(l, types) ? "true" : "false",
                       formatNumber(effectiveBandwidthMbps(l, types)),
                       formatNumber(effectiveLatencyMs(l, types)), num(l.loss), num(l.cost_per_mbps),
                       num(l.channel_mhz), num(l.noise_w), props});
    }
    return out;
}

std::string resultsCsv(const Project& p) {
    std::string out = csvRow({"id", "kind", "method", "created", "parameters", "result"});
    for (const auto& r : p.results)
        out += csvRow({std::to_string(r.id), r.kind, r.method, r.created, r.parameters, r.json});
    return out;
}

} // namespace iiot::model
