#include "tosca_export.h"

#include "effective_values.h"
#include "json_value.h"
#include "yaml_scalar.h"
#include "zip_writer.h"

#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <vector>

namespace iiot::model {

namespace {

enum class Base { Compute, Service, Network };

// Service-layer kinds that are hosts rather than software; every other service-layer kind is
// software running somewhere.
bool isHostKind(const std::string& kind) {
    return kind == "edge-server" || kind == "fog-node" || kind == "cloud";
}

Base baseOf(const std::string& kind, const TypeLibrary& types) {
    const KindInfo* info = types.kind(kind);
    if (!info)
        return Base::Network; // the plainest base: validation rejects unknown kinds before export
    switch (info->layer) {
    case ElementLayer::Device:
        return Base::Compute;
    case ElementLayer::Network:
        return Base::Network;
    case ElementLayer::Service:
        return isHostKind(kind) ? Base::Compute : Base::Service;
    }
    return Base::Network;
}

const char* baseType(Base b) {
    switch (b) {
    case Base::Compute:
        return "iiot.nodes.ComputeElement";
    case Base::Service:
        return "iiot.nodes.ServiceElement";
    case Base::Network:
        return "iiot.nodes.NetworkElement";
    }
    return "";
}

// "rfid-reader" -> "iiot.nodes.RfidReader"; digits stay ("5g-modem" -> "iiot.nodes.5gModem").
std::string typeName(const std::string& kind) {
    std::string out = "iiot.nodes.";
    bool upper = true;
    for (char c : kind) {
        if (c == '-' || c == '_' || c == '.') {
            upper = true;
            continue;
        }
        out += upper && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
        upper = false;
    }
    return out;
}

std::string str(const std::string& s) {
    return doubleQuoted(s);
}

// TOSCA float values must look like floats to a YAML 1.1 reader: always a '.'.
std::string flt(double v) {
    std::string s = formatNumber(v);
    if (s.find_first_of(".eEn") == std::string::npos)
        s += ".0";
    return s;
}

// A scalar-unit value such as "512 MB" (the number never in exponent form).
std::string scalarUnit(double v, const char* unit) {
    char buf[64];
    if (v == std::floor(v) && std::fabs(v) < 1e15)
        std::snprintf(buf, sizeof buf, "%.0f %s", v, unit);
    else
        std::snprintf(buf, sizeof buf, "%.6f %s", v, unit);
    return buf;
}

std::string list(const std::vector<std::string>& items) {
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i ? ", " : "") + str(items[i]);
    return out + "]";
}

class Writer {
public:
    std::string out;
    void line(int indent, const std::string& text) {
        out.append(static_cast<std::size_t>(indent) * 2, ' ');
        out += text;
        out += '\n';
    }
};

void elementPropertyDefinitions(Writer& w) {
    static const char* const defs[] = {
        "kind: {type: string, required: true, description: element kind of the IIoT Workbench type library}",
        "layer: {type: string, required: true, constraints: [{valid_values: [device, network, service]}]}",
        "display_name: {type: string, required: false}",
        "zone: {type: string, required: false}",
        "zone_type: {type: string, required: false}",
        "subsystem: {type: string, required: false}",
        "identifier: {type: string, required: false}",
        "position: {type: iiot.datatypes.Position, required: false, description: canvas position in pixels}",
        "interfaces: {type: list, required: true, entry_schema: {type: string}, description: link media it "
        "attaches to}",
        "protocols: {type: list, required: true, entry_schema: {type: string}}",
        "capability_levels: {type: map, required: false, entry_schema: {type: integer, constraints: "
        "[{in_range: [0, "
        "3]}]}}",
        "cores: {type: integer, required: false, constraints: [{greater_or_equal: 0}]}",
        "mips_per_core: {type: float, required: false, constraints: [{greater_or_equal: 0.0}]}",
        "ram_mb: {type: float, required: false, constraints: [{greater_or_equal: 0.0}]}",
        "storage_mb: {type: float, required: false, constraints: [{greater_or_equal: 0.0}]}",
        "vnf_cores: {type: integer, required: false, constraints: [{greater_or_equal: 0}]}",
        "vnf_cost_per_core: {type: float, required: false}",
        "vnf_cost_function: {type: string, required: false, constraints: [{valid_values: [linear, step, "
        "inverse, "
        "exponential]}]}",
        "capacity: {type: map, required: false, entry_schema: {type: float}, description: resources offered "
        "to "
        "allocation}",
        "power_idle_w: {type: float, required: false}",
        "power_max_w: {type: float, required: false}",
        "radio_tx_power_w: {type: float, required: false}",
        "radio_channel_gain: {type: float, required: false}",
        "annotations: {type: map, required: false, entry_schema: {type: string}, description: free text "
        "properties}"};
    for (const char* d : defs)
        w.line(3, d);
}

void writeTypes(Writer& w, const Project& p, const TypeLibrary& types) {
    w.line(0, "data_types:");
    w.line(1, "iiot.datatypes.Position:");
    w.line(2, "derived_from: tosca.datatypes.Root");
    w.line(2, "properties:");
    w.line(3, "x: {type: float}");
    w.line(3, "y: {type: float}");
    w.line(0, "");
    w.line(0, "relationship_types:");
    w.line(1, "iiot.relationships.CandidateHost:");
    w.line(2, "derived_from: tosca.relationships.DependsOn");
    w.line(2, "description: the application may be placed on the target (allocation decides)");
    w.line(0, "");
    w.line(0, "group_types:");
    w.line(1, "iiot.groups.Zone:");
    w.line(2, "derived_from: tosca.groups.Root");
    w.line(2, "properties:");
    w.line(3, "display_name: {type: string, required: false}");
    w.line(3, "zone_type: {type: string, required: true}");
    w.line(1, "iiot.groups.Subsystem:");
    w.line(2, "derived_from: tosca.groups.Root");
    w.line(2, "properties:");
    w.line(3, "display_name: {type: string, required: false}");
    w.line(3, "priority: {type: integer, required: false, constraints: [{in_range: [1, 10]}]}");
    w.line(0, "");
    w.line(0, "node_types:");
    w.line(1, "iiot.nodes.ComputeElement:");
    w.line(2, "derived_from: tosca.nodes.Compute");
    w.line(2, "description: an element that runs software (devices, edge, fog and cloud hosts)");
    w.line(2, "properties:");
    elementPropertyDefinitions(w);
    w.line(1, "iiot.nodes.ServiceElement:");
    w.line(2, "derived_from: tosca.nodes.SoftwareComponent");
    w.line(2, "description: a software service of the service-support layer");
    w.line(2, "properties:");
    elementPropertyDefinitions(w);
    w.line(2, "capabilities:");
    w.line(3, "binding: {type: tosca.capabilities.network.Bindable}");
    w.line(3, "host: {type: tosca.capabilities.Container, valid_source_types: [iiot.nodes.Application]}");
    w.line(1, "iiot.nodes.NetworkElement:");
    w.line(2, "derived_from: tosca.nodes.Root");
    w.line(2, "description: a network element (switch, router, firewall, access point, ...)");
    w.line(2, "properties:");
    elementPropertyDefinitions(w);
    w.line(2, "capabilities:");
    w.line(3, "binding: {type: tosca.capabilities.network.Bindable}");
    std::set<std::string> kinds;
    for (const auto& e : p.elements)
        kinds.insert(e.kind);
    for (const auto& kind : kinds) {
        w.line(1, typeName(kind) + ":");
        w.line(2, std::string("derived_from: ") + baseType(baseOf(kind, types)));
        const KindInfo* info = types.kind(kind);
        w.line(2,
               "description: " + str(info ? info->label + " (" + toString(info->layer) + " layer)" : kind));
    }
    w.line(1, "iiot.nodes.network.Link:");
    w.line(2, "derived_from: tosca.nodes.network.Network");
    w.line(2, "description: a link of the topology; Ports bind its two endpoints to it");
    w.line(2, "properties:");
    w.line(3, "medium: {type: string, required: true}");
    w.line(3, "wireless: {type: boolean, required: true}");
    w.line(
        3,
        "bandwidth_mbps: {type: float, required: true, constraints: [{greater_than: 0.0}], description: per "
        "direction}");
    w.line(
        3,
        "latency_ms: {type: float, required: true, constraints: [{greater_or_equal: 0.0}], description: one "
        "way}");
    w.line(3, "loss: {type: float, required: false, constraints: [{in_range: [0.0, 1.0]}]}");
    w.line(3, "cost_per_mbps: {type: float, required: false}");
    w.line(3, "channel_mhz: {type: float, required: false}");
    w.line(3, "noise_w: {type: float, required: false}");
    w.line(1, "iiot.nodes.Application:");
    w.line(2, "derived_from: tosca.nodes.SoftwareComponent");
    w.line(2, "description: an application of the project (its tasks, deadline and resource demands)");
    w.line(2, "properties:");
    w.line(3, "subsystem: {type: string, required: false}");
    w.line(3, "priority: {type: integer, required: false, constraints: [{in_range: [1, 10]}]}");
    w.line(3, "max_latency_ms: {type: float, required: false}");
    w.line(3, "offloadable: {type: boolean, required: false}");
    w.line(3, "container_mb: {type: float, required: false}");
    w.line(3, "demands_committed: {type: map, required: false, entry_schema: {type: float}}");
    w.line(3, "demands_peak: {type: map, required: false, entry_schema: {type: float}}");
    w.line(3, "request: {type: map, required: false, entry_schema: {type: float}}");
    w.line(2, "requirements:");
    w.line(3, "- candidate_host: {capability: tosca.capabilities.Node, node: tosca.nodes.Root, relationship: "
              "iiot.relationships.CandidateHost, occurrences: [0, UNBOUNDED]}");
    w.line(0, "");
}

void optionalFloat(Writer& w, const char* key, const std::optional<double>& v) {
    if (v && std::isfinite(*v))
        w.line(4, std::string(key) + ": " + flt(*v));
}

template <typename T> std::string floatMap(const std::map<std::string, T>& m) {
    std::string out = "{";
    bool first = true;
    for (const auto& [k, v] : m) {
        out += (first ? "" : ", ") + str(k) + ": " + flt(static_cast<double>(v));
        first = false;
    }
    return out + "}";
}

void writeElement(Writer& w, const Element& e, const Project& p, const TypeLibrary& types) {
    w.line(2, str(e.id) + ":");
    w.line(3, "type: " + typeName(e.kind));
    w.line(3, "properties:");
    w.line(4, "kind: " + str(e.kind));
    const KindInfo* info = types.kind(e.kind);
    w.line(4, std::string("layer: ") + (info ? toString(info->layer) : "network"));
    if (e.name)
        w.line(4, "display_name: " + str(*e.name));
    if (e.zone) {
        w.line(4, "zone: " + str(*e.zone));
        for (const auto& z : p.zones)
            if (z.id == *e.zone)
                w.line(4, "zone_type: " + str(z.type));
    }
    if (e.subsystem)
        w.line(4, "subsystem: " + str(*e.subsystem));
    if (e.identifier)
        w.line(4, "identifier: " + str(*e.identifier));
    if (e.position)
        w.line(4, "position: {x: " + flt(e.position->x) + ", y: " + flt(e.position->y) + "}");
    w.line(4, "interfaces: " + list(effectiveInterfaces(e, types)));
    w.line(4, "protocols: " + list(effectiveProtocols(e, types)));
    const auto& levels = effectiveCapabilities(e, types);
    if (!levels.empty()) {
        std::string m = "{";
        bool first = true;
        for (const auto& [k, v] : levels) {
            m += (first ? "" : ", ") + str(k) + ": " + std::to_string(v);
            first = false;
        }
        w.line(4, "capability_levels: " + m + "}");
    }
    if (e.compute) {
        if (e.compute->cores)
            w.line(4, "cores: " + std::to_string(*e.compute->cores));
        optionalFloat(w, "mips_per_core", e.compute->mips_per_core);
        optionalFloat(w, "ram_mb", e.compute->ram_mb);
        optionalFloat(w, "storage_mb", e.compute->storage_mb);
    }
    if (e.vnf) {
        if (e.vnf->cores)
            w.line(4, "vnf_cores: " + std::to_string(*e.vnf->cores));
        optionalFloat(w, "vnf_cost_per_core", e.vnf->cost_per_core);
        if (e.vnf->cost_function)
            w.line(4, std::string("vnf_cost_function: ") + toString(*e.vnf->cost_function));
    }
    if (e.capacity && !e.capacity->empty())
        w.line(4, "capacity: " + floatMap(*e.capacity));
    if (e.power) {
        optionalFloat(w, "power_idle_w", e.power->idle_w);
        optionalFloat(w, "power_max_w", e.power->max_w);
    }
    if (e.radio) {
        optionalFloat(w, "radio_tx_power_w", e.radio->tx_power_w);
        optionalFloat(w, "radio_channel_gain", e.radio->channel_gain);
    }
    if (!e.properties.empty()) {
        std::string m = "{";
        bool first = true;
        for (const auto& [k, v] : e.properties) {
            m += (first ? "" : ", ") + str(k) + ": " + str(v);
            first = false;
        }
        w.line(4, "annotations: " + m + "}");
    }
    // Compute sizes where deployment tools look for them: the host capability of tosca.nodes.Compute.
    // cpu_frequency follows from MIPS at one instruction per cycle (FORMAT.md section 1); the
    // normative types require at least 0.1 GHz and one CPU, so smaller values stay properties only.
    if (baseOf(e.kind, types) == Base::Compute && e.compute) {
        std::vector<std::string> host;
        if (e.compute->cores && *e.compute->cores >= 1)
            host.push_back("num_cpus: " + std::to_string(*e.compute->cores));
        if (e.compute->mips_per_core && *e.compute->mips_per_core >= 100)
            host.push_back("cpu_frequency: " + str(scalarUnit(*e.compute->mips_per_core, "MHz")));
        if (e.compute->ram_mb && *e.compute->ram_mb >= 0)
            host.push_back("mem_size: " + str(scalarUnit(*e.compute->ram_mb, "MB")));
        if (e.compute->storage_mb && *e.compute->storage_mb >= 0)
            host.push_back("disk_size: " + str(scalarUnit(*e.compute->storage_mb, "MB")));
        if (!host.empty()) {
            w.line(3, "capabilities:");
            w.line(4, "host:");
            w.line(5, "properties:");
            for (const auto& h : host)
                w.line(6, h);
        }
    }
}

void writeLink(Writer& w, const Link& l, const TypeLibrary& types) {
    const std::string id = l.id ? *l.id : l.from + "-" + l.to;
    const std::string network = "link/" + id;
    w.line(2, str(network) + ":");
    w.line(3, "type: iiot.nodes.network.Link");
    w.line(3, "properties:");
    w.line(4, "network_name: " + str(id));
    w.line(4, "medium: " + str(l.medium));
    w.line(4, std::string("wireless: ") + (isWireless(l, types) ? "true" : "false"));
    w.line(4, "bandwidth_mbps: " + flt(effectiveBandwidthMbps(l, types)));
    w.line(4, "latency_ms: " + flt(effectiveLatencyMs(l, types)));
    optionalFloat(w, "loss", l.loss);
    optionalFloat(w, "cost_per_mbps", l.cost_per_mbps);
    optionalFloat(w, "channel_mhz", l.channel_mhz);
    optionalFloat(w, "noise_w", l.noise_w);
    const std::pair<const char*, const std::string*> ends[] = {{"from", &l.from}, {"to", &l.to}};
    for (int k = 0; k < 2; ++k) {
        w.line(2, str("port/" + id + "/" + ends[k].first) + ":");
        w.line(3, "type: tosca.nodes.network.Port");
        w.line(3, "properties:");
        w.line(4, "order: " + std::to_string(k));
        w.line(3, "requirements:");
        w.line(4, "- binding: {node: " + str(*ends[k].second) +
                      ", relationship: tosca.relationships.network.BindsTo}");
        w.line(4, "- link: {node: " + str(network) + ", relationship: tosca.relationships.network.LinksTo}");
    }
}

// The placements of the latest stored allocation (kind allocate; latest by creation time, then by
// position): application -> host.
struct Placements {
    const StoredResult* result = nullptr;
    std::map<std::string, std::string> hostOf;
};

// Text from a stored result inside a YAML comment: control characters (a line break would end
// the comment) become spaces.
std::string commentText(std::string s) {
    for (char& c : s)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            c = ' ';
    return s;
}

Placements latestPlacements(const Project& p) {
    Placements out;
    for (const auto& r : p.results)
        if (r.kind == "allocate" && (!out.result || r.created >= out.result->created))
            out.result = &r;
    if (!out.result)
        return out;
    const auto doc = parseJson(out.result->json);
    const JsonValue* allocations = doc && doc->isObject() ? doc->find("allocations") : nullptr;
    if (allocations && allocations->isArray())
        for (const auto& a : allocations->items)
            if (a.isObject() && !a.string("application").empty() && !a.string("host").empty())
                out.hostOf.emplace(a.string("application"), a.string("host"));
    return out;
}

void writeApplication(Writer& w, const Application& a, const Project& p, const TypeLibrary& types,
                      const Placements& placements) {
    w.line(2, str("app/" + a.id) + ":");
    w.line(3, "type: iiot.nodes.Application");
    std::vector<std::string> props;
    if (a.subsystem)
        props.push_back("subsystem: " + str(*a.subsystem));
    if (a.priority)
        props.push_back("priority: " + std::to_string(*a.priority));
    if (a.max_latency_ms)
        props.push_back("max_latency_ms: " + flt(*a.max_latency_ms));
    if (a.offloadable)
        props.push_back(std::string("offloadable: ") + (*a.offloadable ? "true" : "false"));
    if (a.container_mb)
        props.push_back("container_mb: " + flt(*a.container_mb));
    if (a.demands && !a.demands->empty()) {
        std::map<std::string, double> committed, peak;
        for (const auto& [r, d] : *a.demands) {
            committed[r] = d.committed;
            peak[r] = d.peak;
        }
        props.push_back("demands_committed: " + floatMap(committed));
        props.push_back("demands_peak: " + floatMap(peak));
    }
    if (a.request && !a.request->empty())
        props.push_back("request: " + floatMap(*a.request));
    if (!props.empty()) {
        w.line(3, "properties:");
        for (const auto& s : props)
            w.line(4, s);
    }
    const auto hostable = [&](const std::string& id) {
        const Element* e = p.findElement(id);
        return e && baseOf(e->kind, types) != Base::Network;
    };
    // A stored allocation decided where it runs: that placement is the deployment.
    if (auto placed = placements.hostOf.find(a.id);
        placed != placements.hostOf.end() && hostable(placed->second)) {
        w.line(3, "requirements:");
        w.line(4, "# placed by stored allocation result " + std::to_string(placements.result->id) + " (" +
                      commentText(placements.result->method) + ", " +
                      commentText(placements.result->created) + ")");
        w.line(4, "- host: {node: " + str(placed->second) + ", relationship: tosca.relationships.HostedOn}");
        return;
    }
    if (!a.hosts || a.hosts->empty())
        return;
    w.line(3, "requirements:");
    // One host is a placement; several are candidates for allocation to choose from.
    if (a.hosts->size() == 1 && hostable(a.hosts->front())) {
        w.line(4,
               "- host: {node: " + str(a.hosts->front()) + ", relationship: tosca.relationships.HostedOn}");
        return;
    }
    for (const auto& h : *a.hosts)
        w.line(4, "- candidate_host: {node: " + str(h) + ", relationship: iiot.relationships.CandidateHost}");
}

void writeGroups(Writer& w, const Project& p) {
    std::vector<std::pair<std::string, std::vector<std::string>>> zones, subsystems;
    for (const auto& z : p.zones) {
        std::vector<std::string> members;
        for (const auto& e : p.elements)
            if (e.zone == z.id)
                members.push_back(e.id);
        if (!members.empty())
            zones.emplace_back(z.id, std::move(members));
    }
    for (const auto& s : p.subsystems) {
        std::vector<std::string> members;
        for (const auto& e : p.elements)
            if (e.subsystem == s.id)
                members.push_back(e.id);
        for (const auto& a : p.applications)
            if (a.subsystem == s.id)
                members.push_back("app/" + a.id);
        if (!members.empty())
            subsystems.emplace_back(s.id, std::move(members));
    }
    if (zones.empty() && subsystems.empty())
        return;
    w.line(1, "groups:");
    for (const auto& [id, members] : zones) {
        const Zone* zone = nullptr;
        for (const auto& z : p.zones)
            if (z.id == id)
                zone = &z;
        w.line(2, str("zone/" + id) + ":");
        w.line(3, "type: iiot.groups.Zone");
        w.line(3, "members: " + list(members));
        w.line(3, "properties:");
        w.line(4, "zone_type: " + str(zone->type));
        if (zone->name)
            w.line(4, "display_name: " + str(*zone->name));
    }
    for (const auto& [id, members] : subsystems) {
        const Subsystem* sub = nullptr;
        for (const auto& s : p.subsystems)
            if (s.id == id)
                sub = &s;
        w.line(2, str("subsystem/" + id) + ":");
        w.line(3, "type: iiot.groups.Subsystem");
        w.line(3, "members: " + list(members));
        if (sub->name || sub->priority) {
            w.line(3, "properties:");
            if (sub->name)
                w.line(4, "display_name: " + str(*sub->name));
            if (sub->priority)
                w.line(4, "priority: " + std::to_string(*sub->priority));
        }
    }
}

} // namespace

std::string writeToscaTemplate(const Project& project, const TypeLibrary& types) {
    Writer w;
    w.line(0, std::string("tosca_definitions_version: ") + kToscaVersion);
    w.line(0, "description: " +
                  str(project.description ? project.name + ": " + *project.description : project.name));
    w.line(0, "metadata:");
    w.line(1, "template_name: " + str(project.name));
    w.line(1, "template_author: \"IIoT Workbench\"");
    w.line(1, std::string("template_version: ") + str(IIOT_VERSION));
    w.line(0, "");
    writeTypes(w, project, types);
    w.line(0, "topology_template:");
    w.line(1, "description: " + str("Topology of " + project.name +
                                    ": elements, links as networks with ports, "
                                    "applications and their hosts"));
    if (project.elements.empty()) {
        // TOSCA needs at least one node template; an empty design still exports validly.
        w.line(1, "node_templates:");
        w.line(2, "\"topology/empty\":");
        w.line(3, "type: tosca.nodes.Root");
        return w.out;
    }
    w.line(1, "node_templates:");
    for (const auto& e : project.elements)
        writeElement(w, e, project, types);
    for (const auto& l : project.links)
        writeLink(w, l, types);
    const Placements placements = latestPlacements(project);
    for (const auto& a : project.applications)
        writeApplication(w, a, project, types, placements);
    writeGroups(w, project);
    return w.out;
}

std::string writeToscaCsar(const Project& project, const TypeLibrary& types) {
    ZipWriter zip;
    zip.add("TOSCA-Metadata/TOSCA.meta", std::string("TOSCA-Meta-File-Version: 1.0\n"
                                                     "CSAR-Version: 1.1\n"
                                                     "Created-By: IIoT Workbench\n"
                                                     "Entry-Definitions: ") +
                                             kToscaEntryDefinitions + "\n");
    zip.add(kToscaEntryDefinitions, writeToscaTemplate(project, types));
    return zip.finish();
}

} // namespace iiot::model
