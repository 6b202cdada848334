#include "graphml_export.h"

#include "effective_values.h"
#include "yaml_scalar.h"

#include <map>
#include <set>
#include <utility>
#include <vector>

namespace iiot::model {

std::string xmlEscape(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&apos;";
            break;
        case '\t':
            out += "&#9;";
            break;
        case '\n':
            out += "&#10;";
            break;
        case '\r':
            out += "&#13;";
            break;
        default:
            if (static_cast<unsigned char>(c) >= 0x20)
                out += c;
        }
    }
    return out;
}

namespace {

using Data = std::vector<std::pair<std::string, std::string>>; // attribute name, value

// Fixed attributes in the order they are declared and written; the GraphML type of each.
const std::vector<std::pair<const char*, const char*>>& nodeKeys() {
    static const std::vector<std::pair<const char*, const char*>> keys = {{"name", "string"},
                                                                          {"kind", "string"},
                                                                          {"layer", "string"},
                                                                          {"zone", "string"},
                                                                          {"zone_name", "string"},
                                                                          {"zone_type", "string"},
                                                                          {"subsystem", "string"},
                                                                          {"x", "double"},
                                                                          {"y", "double"},
                                                                          {"identifier", "string"},
                                                                          {"interfaces", "string"},
                                                                          {"protocols", "string"},
                                                                          {"cores", "long"},
                                                                          {"mips_per_core", "double"},
                                                                          {"ram_mb", "double"},
                                                                          {"storage_mb", "double"},
                                                                          {"vnf_cores", "long"},
                                                                          {"vnf_cost_per_core", "double"},
                                                                          {"vnf_cost_function", "string"},
                                                                          {"vnf_alpha1", "double"},
                                                                          {"vnf_alpha2", "double"},
                                                                          {"vnf_beta", "double"},
                                                                          {"vnf_gamma1", "double"},
                                                                          {"vnf_gamma2", "double"},
                                                                          {"power_idle_w", "double"},
                                                                          {"power_max_w", "double"},
                                                                          {"radio_tx_power_w", "double"},
                                                                          {"radio_channel_gain", "double"}};
    return keys;
}

const std::vector<std::pair<const char*, const char*>>& edgeKeys() {
    static const std::vector<std::pair<const char*, const char*>> keys = {
        {"medium", "string"},      {"wireless", "boolean"}, {"bandwidth_mbps", "double"},
        {"latency_ms", "double"},  {"loss", "double"},      {"cost_per_mbps", "double"},
        {"channel_mhz", "double"}, {"noise_w", "double"}};
    return keys;
}

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i ? "," : "") + items[i];
    return out;
}

void put(Data& d, const char* key, const std::optional<double>& v) {
    if (v)
        d.emplace_back(key, formatNumber(*v));
}

void put(Data& d, const char* key, const std::optional<long long>& v) {
    if (v)
        d.emplace_back(key, std::to_string(*v));
}

void put(Data& d, const char* key, const std::optional<std::string>& v) {
    if (v)
        d.emplace_back(key, *v);
}

Data elementData(const Element& e, const Project& p, const TypeLibrary& types) {
    Data d;
    put(d, "name", e.name);
    d.emplace_back("kind", e.kind);
    if (const KindInfo* k = types.kind(e.kind))
        d.emplace_back("layer", toString(k->layer));
    put(d, "zone", e.zone);
    if (e.zone)
        for (const auto& z : p.zones)
            if (z.id == *e.zone) {
                put(d, "zone_name", z.name);
                d.emplace_back("zone_type", z.type);
            }
    put(d, "subsystem", e.subsystem);
    if (e.position) {
        d.emplace_back("x", formatNumber(e.position->x));
        d.emplace_back("y", formatNumber(e.position->y));
    }
    put(d, "identifier", e.identifier);
    if (e.interfaces)
        d.emplace_back("interfaces", joined(*e.interfaces));
    if (e.protocols)
        d.emplace_back("protocols", joined(*e.protocols));
    if (e.compute) {
        put(d, "cores", e.compute->cores);
        put(d, "mips_per_core", e.compute->mips_per_core);
        put(d, "ram_mb", e.compute->ram_mb);
        put(d, "storage_mb", e.compute->storage_mb);
    }
    if (e.vnf) {
        put(d, "vnf_cores", e.vnf->cores);
        put(d, "vnf_cost_per_core", e.vnf->cost_per_core);
        if (e.vnf->cost_function)
            d.emplace_back("vnf_cost_function", toString(*e.vnf->cost_function));
        put(d, "vnf_alpha1", e.vnf->alpha1);
        put(d, "vnf_alpha2", e.vnf->alpha2);
        put(d, "vnf_beta", e.vnf->beta);
        put(d, "vnf_gamma1", e.vnf->gamma1);
        put(d, "vnf_gamma2", e.vnf->gamma2);
    }
    if (e.power) {
        put(d, "power_idle_w", e.power->idle_w);
        put(d, "power_max_w", e.power->max_w);
    }
    if (e.radio) {
        put(d, "radio_tx_power_w", e.radio->tx_power_w);
        put(d, "radio_channel_gain", e.radio->channel_gain);
    }
    if (e.capacity)
        for (const auto& [r, v] : *e.capacity)
            d.emplace_back("capacity." + r, formatNumber(v));
    if (e.capabilities)
        for (const auto& [c, v] : *e.capabilities)
            d.emplace_back("capability." + c, std::to_string(v));
    for (const auto& [k, v] : e.properties)
        d.emplace_back("property." + k, v);
    return d;
}

Data linkData(const Link& l, const TypeLibrary& types) {
    Data d;
    d.emplace_back("medium", l.medium);
    if (types.medium(l.medium)) {
        d.emplace_back("wireless", isWireless(l, types) ? "true" : "false");
        d.emplace_back("bandwidth_mbps", formatNumber(effectiveBandwidthMbps(l, types)));
        d.emplace_back("latency_ms", formatNumber(effectiveLatencyMs(l, types)));
    } else {
        put(d, "bandwidth_mbps", l.bandwidth_mbps);
        put(d, "latency_ms", l.latency_ms);
    }
    put(d, "loss", l.loss);
    put(d, "cost_per_mbps", l.cost_per_mbps);
    put(d, "channel_mhz", l.channel_mhz);
    put(d, "noise_w", l.noise_w);
    for (const auto& [k, v] : l.properties)
        d.emplace_back("property." + k, v);
    return d;
}

const char* dynamicType(const std::string& name) {
    if (name.rfind("capacity.", 0) == 0)
        return "double";
    if (name.rfind("capability.", 0) == 0)
        return "int";
    return "string";
}

// Key ids: "n_" / "e_" / "g_" + the attribute name, so a reader without key lookup still sees
// what a value is.
struct KeyTable {
    const char* domain; // node | edge | graph
    const char* prefix;
    std::vector<std::pair<std::string, const char*>> keys; // name, type, in declaration order

    void declare(const std::vector<std::pair<const char*, const char*>>& fixed,
                 const std::vector<Data>& rows) {
        std::set<std::string> used, dynamic;
        for (const auto& row : rows)
            for (const auto& [k, v] : row)
                used.insert(k);
        for (const auto& [name, type] : fixed)
            if (used.erase(name))
                keys.emplace_back(name, type);
        for (const auto& name : used)
            keys.emplace_back(name, dynamicType(name));
    }

    void write(std::string& out) const {
        for (const auto& [name, type] : keys)
            out += "  <key id=\"" + xmlEscape(prefix + name) + "\" for=\"" + domain + "\" attr.name=\"" +
                   xmlEscape(name) + "\" attr.type=\"" + type + "\"/>\n";
    }
};

void writeData(std::string& out, const char* indent, const char* prefix, const Data& d) {
    for (const auto& [k, v] : d)
        out +=
            std::string(indent) + "<data key=\"" + xmlEscape(prefix + k) + "\">" + xmlEscape(v) + "</data>\n";
}

} // namespace

std::string writeGraphml(const Project& project, const TypeLibrary& types) {
    Data graph{{"name", project.name}};
    if (project.description)
        graph.emplace_back("description", *project.description);
    std::vector<Data> nodes, edges;
    for (const auto& e : project.elements)
        nodes.push_back(elementData(e, project, types));
    for (const auto& l : project.links)
        edges.push_back(linkData(l, types));

    KeyTable graphKeys{"graph", "g_", {}}, nodeTable{"node", "n_", {}}, edgeTable{"edge", "e_", {}};
    graphKeys.declare({{"name", "string"}, {"description", "string"}}, {graph});
    nodeTable.declare(nodeKeys(), nodes);
    edgeTable.declare(edgeKeys(), edges);

    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
                      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                      "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
                      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
    graphKeys.write(out);
    nodeTable.write(out);
    edgeTable.write(out);
    out += "  <graph id=\"G\" edgedefault=\"undirected\">\n";
    writeData(out, "    ", "g_", graph);
    for (std::size_t i = 0; i < project.elements.size(); ++i) {
        out += "    <node id=\"" + xmlEscape(project.elements[i].id) + "\">\n";
        writeData(out, "      ", "n_", nodes[i]);
        out += "    </node>\n";
    }
    for (std::size_t i = 0; i < project.links.size(); ++i) {
        const Link& l = project.links[i];
        out += "    <edge";
        if (l.id)
            out += " id=\"" + xmlEscape(*l.id) + "\"";
        out += " source=\"" + xmlEscape(l.from) + "\" target=\"" + xmlEscape(l.to) + "\">\n";
        writeData(out, "      ", "e_", edges[i]);
        out += "    </edge>\n";
    }
    out += "  </graph>\n</graphml>\n";
    return out;
}

} // namespace iiot::model
