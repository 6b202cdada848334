#include "graphml_import.h"

#include "effective_values.h"
#include "graphml_layout.h"
#include "xml_reader.h"
#include "yaml_scalar.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

namespace iiot::model {

namespace {

// Media tried first for links whose file names none, most capable first.
constexpr const char* kPreferredMedia[] = {"fibre", "ethernet", "dedicated-line", "internet", "tsn", "pon"};

// Node and edge attributes the importer understands; everything else on a node becomes a property.
const std::set<std::string>& knownNodeAttributes() {
    static const std::set<std::string> names = {"name",
                                                "kind",
                                                "layer",
                                                "zone",
                                                "zone_name",
                                                "zone_type",
                                                "subsystem",
                                                "x",
                                                "y",
                                                "identifier",
                                                "interfaces",
                                                "protocols",
                                                "cores",
                                                "mips_per_core",
                                                "ram_mb",
                                                "storage_mb",
                                                "vnf_cores",
                                                "vnf_cost_per_core",
                                                "vnf_cost_function",
                                                "vnf_alpha1",
                                                "vnf_alpha2",
                                                "vnf_beta",
                                                "vnf_gamma1",
                                                "vnf_gamma2",
                                                "power_idle_w",
                                                "power_max_w",
                                                "radio_tx_power_w",
                                                "radio_channel_gain"};
    return names;
}

const std::set<std::string>& knownEdgeAttributes() {
    static const std::set<std::string> names = {"medium",    "wireless",      "bandwidth_mbps", "latency_ms",
                                                "loss",      "cost_per_mbps", "channel_mhz",    "noise_w",
                                                "LinkSpeed", "LinkSpeedRaw",  "LinkSpeedUnits"};
    return names;
}

bool isIdChar(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '.' || c == '-';
}

bool isValidId(const std::string& id) {
    return !id.empty() && id.size() <= 64 && std::all_of(id.begin(), id.end(), isIdChar);
}

std::string trimmed(std::string_view s) {
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string_view::npos)
        return {};
    const auto e = s.find_last_not_of(" \t\r\n");
    return std::string(s.substr(b, e - b + 1));
}

std::vector<std::string> splitList(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    if (trimmed(text).empty())
        return out;
    while (true) {
        const auto comma = text.find(',', start);
        out.push_back(trimmed(std::string_view(text).substr(start, comma - start)));
        if (comma == std::string::npos)
            break;
        start = comma + 1;
    }
    return out;
}

struct Key {
    std::string name;                    // attr.name (the key id when absent)
    std::string domain;                  // node | edge | graph | all | ...
    std::optional<std::string> fallback; // <default>
};

struct Value {
    std::string text;
    int line = 0, column = 0;
};

using Attributes = std::map<std::string, Value>;

struct PendingNode {
    std::string graphmlId;
    const XmlElement* xml = nullptr;
    Attributes attributes;
};

class Importer {
public:
    Importer(const std::string& fileName, const TypeLibrary& types, const KindMapping& mapping)
        : file_(fileName), types_(types), mapping_(mapping) {}

    GraphmlImport run(std::string_view text) {
        GraphmlImport result;
        const XmlDocument doc = parseXml(text);
        if (!doc.ok()) {
            error(doc.error->line, doc.error->column, "malformed XML: " + doc.error->message);
            result.diagnostics = std::move(diags_);
            return result;
        }
        const XmlElement& root = *doc.root;
        if (root.localName() != "graphml") {
            error(root.line, root.column, "the root element is <" + root.name + ">, not <graphml>",
                  "is this a GraphML file?");
        } else {
            readKeys(root);
            const XmlElement* graph = nullptr;
            for (const auto& c : root.children)
                if (c.localName() == "graph") {
                    if (graph)
                        warning(c.line, c.column, "only the first <graph> is imported");
                    else
                        graph = &c;
                }
            if (!graph)
                error(root.line, root.column, "the file holds no <graph>");
            else
                readGraph(*graph);
        }
        if (!hasErrors(diags_))
            result.project = std::move(project_);
        result.diagnostics = std::move(diags_);
        return result;
    }

private:
    std::string file_;
    const TypeLibrary& types_;
    const KindMapping& mapping_;
    Diagnostics diags_;
    Project project_;
    std::map<std::string, Key> keys_;
    std::unordered_map<std::string, std::string> elementIds_;            // GraphML node id -> element id
    std::set<std::string> linkIds_;                                      // ids taken by imported links
    std::set<std::tuple<std::string, std::string, std::string>> joined_; // pairs per medium, ends sorted

    static std::tuple<std::string, std::string, std::string>
    pairKey(const std::string& a, const std::string& b, const std::string& medium) {
        return a < b ? std::make_tuple(a, b, medium) : std::make_tuple(b, a, medium);
    }

    void report(Severity s, int line, int column, std::string message, std::string hint = {}) {
        Diagnostic d;
        d.severity = s;
        d.file = file_;
        d.location = {line, column};
        d.message = std::move(message);
        d.hint = std::move(hint);
        diags_.push_back(std::move(d));
    }
    void error(int line, int column, std::string message, std::string hint = {}) {
        report(Severity::Error, line, column, std::move(message), std::move(hint));
    }
    void warning(int line, int column, std::string message, std::string hint = {}) {
        report(Severity::Warning, line, column, std::move(message), std::move(hint));
    }

    void readKeys(const XmlElement& root) {
        for (const auto& k : root.children) {
            if (k.localName() != "key")
                continue;
            const std::string* id = k.attribute("id");
            if (!id) {
                error(k.line, k.column, "<key> without an id");
                continue;
            }
            Key key;
            const std::string* name = k.attribute("attr.name");
            key.name = name ? *name : *id;
            const std::string* domain = k.attribute("for");
            key.domain = domain ? *domain : "all";
            for (const auto& c : k.children)
                if (c.localName() == "default")
                    key.fallback = c.text;
            if (keys_.count(*id))
                error(k.line, k.column, "key '" + *id + "' is declared twice");
            keys_[*id] = std::move(key);
        }
    }

    // The <data> children of a node, edge or graph by attribute name, key defaults filled in.
    Attributes readData(const XmlElement& owner, const std::string& domain) {
        Attributes out;
        for (const auto& d : owner.children) {
            if (d.localName() != "data")
                continue;
            const std::string* keyId = d.attribute("key");
            if (!keyId) {
                error(d.line, d.column, "<data> without a key attribute");
                continue;
            }
            const auto key = keys_.find(*keyId);
            if (key == keys_.end()) {
                error(d.line, d.column, "<data> refers to key '" + *keyId + "', which no <key> declares");
                continue;
            }
            if (!d.children.empty())
                continue; // structured data (e.g. yEd graphics) carries nothing the project holds
            if (out.count(key->second.name))
                warning(d.line, d.column,
                        "attribute '" + key->second.name + "' given twice; the last one is kept");
            out[key->second.name] = Value{d.text, d.line, d.column};
        }
        for (const auto& [id, key] : keys_)
            if ((key.domain == domain || key.domain == "all") && key.fallback && !out.count(key.name))
                out[key.name] = Value{*key.fallback, owner.line, owner.column};
        return out;
    }

    std::optional<double> number(const Value& v, const std::string& what) {
        const auto parsed = parseNumber(trimmed(v.text));
        if (parsed.error != NumberError::None) {
            error(v.line, v.column, what + ": '" + v.text + "' is not a finite number");
            return std::nullopt;
        }
        return parsed.value;
    }

    std::optional<long long> integer(const Value& v, const std::string& what) {
        const auto parsed = parseInteger(trimmed(v.text));
        if (parsed.error != NumberError::None) {
            error(v.line, v.column, what + ": '" + v.text + "' is not a whole number");
            return std::nullopt;
        }
        return parsed.value;
    }

    void readGraph(const XmlElement& graph) {
        const Attributes g = readData(graph, "graph");
        for (const char* nameKey : {"name", "Network", "label"})
            if (auto it = g.find(nameKey); it != g.end() && !trimmed(it->second.text).empty()) {
                project_.name = trimmed(it->second.text);
                break;
            }
        if (project_.name.empty()) {
            const auto slash = file_.find_last_of("/\\");
            std::string base = slash == std::string::npos ? file_ : file_.substr(slash + 1);
            if (const auto dot = base.rfind('.'); dot != std::string::npos && dot > 0)
                base.resize(dot);
            project_.name = base.empty() ? "Imported topology" : base;
        }
        if (auto it = g.find("description"); it != g.end())
            project_.description = it->second.text;

        std::vector<PendingNode> nodes;
        for (const auto& c : graph.children) {
            if (c.localName() == "node") {
                const std::string* id = c.attribute("id");
                if (!id) {
                    error(c.line, c.column, "<node> without an id");
                    continue;
                }
                for (const auto& inner : c.children)
                    if (inner.localName() == "graph")
                        warning(inner.line, inner.column, "nested graphs are not imported");
                nodes.push_back({*id, &c, readData(c, "node")});
            } else if (c.localName() == "hyperedge") {
                warning(c.line, c.column, "hyperedges are not imported");
            }
        }
        std::set<std::string> usedIds;
        std::vector<std::optional<std::pair<double, double>>> geo; // longitude, latitude
        for (auto& n : nodes) {
            geo.emplace_back();
            if (elementIds_.count(n.graphmlId)) {
                error(n.xml->line, n.xml->column, "node id '" + n.graphmlId + "' is used twice");
                continue;
            }
            Element e = readElement(n, usedIds, geo.back());
            elementIds_[n.graphmlId] = e.id;
            usedIds.insert(e.id);
            project_.elements.push_back(std::move(e));
        }
        for (const auto& c : graph.children)
            if (c.localName() == "edge")
                readEdge(c);
        project_.ensureLinkIds();
        placeElements(project_, geo);
    }

    std::string elementIdFor(const std::string& graphmlId, const std::set<std::string>& used) {
        std::string id;
        for (char c : graphmlId)
            id += isIdChar(c) ? c : '-';
        if (id.size() > 60)
            id.resize(60);
        if (id.empty())
            id = "node";
        if (!used.count(id))
            return id;
        for (int k = 2;; ++k)
            if (const std::string candidate = id + "-" + std::to_string(k); !used.count(candidate))
                return candidate;
    }

    std::string kindFor(const PendingNode& n) {
        if (auto it = n.attributes.find("kind"); it != n.attributes.end()) {
            if (types_.kind(trimmed(it->second.text)))
                return trimmed(it->second.text);
            warning(it->second.line, it->second.column,
                    "kind '" + it->second.text + "' is not in the type library; the kind mapping decides");
        }
        if (auto it = n.attributes.find(mapping_.attribute); it != n.attributes.end())
            if (auto m = mapping_.values.find(trimmed(it->second.text)); m != mapping_.values.end())
                return m->second;
        return mapping_.defaultKind;
    }

    void zoneFor(Element& e, const Attributes& a) {
        const auto zone = a.find("zone");
        if (zone == a.end())
            return;
        const std::string id = trimmed(zone->second.text);
        for (const auto& z : project_.zones)
            if (z.id == id) {
                e.zone = id;
                return;
            }
        const auto type = a.find("zone_type");
        if (type == a.end() || !types_.zoneType(trimmed(type->second.text))) {
            warning(zone->second.line, zone->second.column,
                    "zone '" + id + "' has no known zone_type; the element is imported without a zone");
            return;
        }
        Zone z{id, std::nullopt, trimmed(type->second.text)};
        if (auto name = a.find("zone_name"); name != a.end())
            z.name = name->second.text;
        project_.zones.push_back(std::move(z));
        e.zone = id;
    }

    template <typename T, typename Parse>
    void optionalField(const Attributes& a, const char* name, std::optional<T>& field, Parse parse) {
        if (auto it = a.find(name); it != a.end())
            field = parse(it->second, name);
    }

    Element readElement(const PendingNode& n, const std::set<std::string>& used,
                        std::optional<std::pair<double, double>>& geo) {
        const Attributes& a = n.attributes;
        Element e;
        e.id = isValidId(n.graphmlId) && !used.count(n.graphmlId) ? n.graphmlId
                                                                  : elementIdFor(n.graphmlId, used);
        if (e.id != n.graphmlId)
            e.properties["graphml_id"] = n.graphmlId;
        e.kind = kindFor(n);
        if (auto it = a.find("name"); it != a.end())
            e.name = it->second.text;
        else if (auto label = a.find("label"); label != a.end() && label->second.text != e.id)
            e.name = label->second.text;
        zoneFor(e, a);
        if (auto it = a.find("subsystem"); it != a.end()) {
            const std::string s = trimmed(it->second.text);
            e.subsystem = s;
            if (std::none_of(project_.subsystems.begin(), project_.subsystems.end(),
                             [&](const Subsystem& x) { return x.id == s; }))
                project_.subsystems.push_back({s, std::nullopt, std::nullopt});
        }
        const auto num = [this](const Value& v, const std::string& what) { return number(v, what); };
        const auto whole = [this](const Value& v, const std::string& what) { return integer(v, what); };
        std::optional<double> x, y, lat, lon;
        optionalField(a, "x", x, num);
        optionalField(a, "y", y, num);
        optionalField(a, "Latitude", lat, num);
        optionalField(a, "Longitude", lon, num);
        if (x && y)
            e.position = Position{*x, *y};
        else if (lat && lon && std::fabs(*lat) <= 90 && std::fabs(*lon) <= 180)
            geo = std::make_pair(*lon, *lat);
        else if (lat && lon)
            warning(n.xml->line, n.xml->column,
                    "Latitude/Longitude outside [-90, 90] x [-180, 180]; the node gets "
                    "a layout position");
        if (auto it = a.find("identifier"); it != a.end())
            e.identifier = it->second.text;
        if (auto it = a.find("interfaces"); it != a.end())
            e.interfaces = splitList(it->second.text);
        if (auto it = a.find("protocols"); it != a.end())
            e.protocols = splitList(it->second.text);
        Compute c;
        optionalField(a, "cores", c.cores, whole);
        optionalField(a, "mips_per_core", c.mips_per_core, num);
        optionalField(a, "ram_mb", c.ram_mb, num);
        optionalField(a, "storage_mb", c.storage_mb, num);
        if (c != Compute{})
            e.compute = c;
        Vnf v;
        optionalField(a, "vnf_cores", v.cores, whole);
        optionalField(a, "vnf_cost_per_core", v.cost_per_core, num);
        if (auto it = a.find("vnf_cost_function"); it != a.end()) {
            v.cost_function = costFunctionFromString(trimmed(it->second.text));
            if (!v.cost_function)
                error(it->second.line, it->second.column,
                      "vnf_cost_function '" + it->second.text +
                          "' is not one of linear, step, inverse, exponential");
        }
        optionalField(a, "vnf_alpha1", v.alpha1, num);
        optionalField(a, "vnf_alpha2", v.alpha2, num);
        optionalField(a, "vnf_beta", v.beta, num);
        optionalField(a, "vnf_gamma1", v.gamma1, num);
        optionalField(a, "vnf_gamma2", v.gamma2, num);
        if (v != Vnf{})
            e.vnf = v;
        Power p;
        optionalField(a, "power_idle_w", p.idle_w, num);
        optionalField(a, "power_max_w", p.max_w, num);
        if (p != Power{})
            e.power = p;
        Radio r;
        optionalField(a, "radio_tx_power_w", r.tx_power_w, num);
        optionalField(a, "radio_channel_gain", r.channel_gain, num);
        if (r != Radio{})
            e.radio = r;
        for (const auto& [name, value] : a) {
            if (name.rfind("capacity.", 0) == 0) {
                if (auto d = number(value, name)) {
                    if (!e.capacity)
                        e.capacity.emplace();
                    (*e.capacity)[name.substr(9)] = *d;
                }
            } else if (name.rfind("capability.", 0) == 0) {
                if (auto i = integer(value, name)) {
                    if (!e.capabilities)
                        e.capabilities.emplace();
                    (*e.capabilities)[name.substr(11)] = static_cast<int>(std::clamp<long long>(*i, -1, 4));
                }
            } else if (name.rfind("property.", 0) == 0) {
                e.properties[name.substr(9)] = value.text;
            } else if (!knownNodeAttributes().count(name) &&
                       !(name == "label" && e.name && value.text == *e.name)) {
                e.properties[name] = value.text;
            }
        }
        return e;
    }

    std::optional<double> bandwidthOf(const Attributes& a) {
        if (auto it = a.find("bandwidth_mbps"); it != a.end())
            return number(it->second, "bandwidth_mbps");
        if (auto it = a.find("LinkSpeedRaw"); it != a.end()) {
            const auto bits = number(it->second, "LinkSpeedRaw");
            return bits ? std::optional<double>(*bits / 1e6) : std::nullopt;
        }
        if (auto it = a.find("LinkSpeed"); it != a.end()) {
            const auto speed = number(it->second, "LinkSpeed");
            if (!speed)
                return std::nullopt;
            std::string units = "M";
            if (auto u = a.find("LinkSpeedUnits"); u != a.end())
                units = trimmed(u->second.text);
            static const std::map<std::string, double> toMbps = {
                {"", 1.0}, {"b", 1e-6}, {"k", 1e-3}, {"K", 1e-3}, {"M", 1.0}, {"G", 1e3}, {"T", 1e6}};
            const auto factor = toMbps.find(units);
            if (factor == toMbps.end()) {
                warning(it->second.line, it->second.column,
                        "LinkSpeedUnits '" + units +
                            "' is unknown (k, M, G, T); the medium's bandwidth is used");
                return std::nullopt;
            }
            return *speed * factor->second;
        }
        return std::nullopt;
    }

    // The named medium when both ends carry it, else the first preferred (then any) medium both
    // ends carry that does not already join this pair.
    std::optional<std::string> mediumFor(const XmlElement& edge, const Attributes& a, const Element& from,
                                         const Element& to) {
        const auto& fi = effectiveInterfaces(from, types_);
        const auto& ti = effectiveInterfaces(to, types_);
        const auto carries = [&](const std::string& m) {
            return std::find(fi.begin(), fi.end(), m) != fi.end() &&
                   std::find(ti.begin(), ti.end(), m) != ti.end();
        };
        const auto taken = [&](const std::string& m) {
            return joined_.count(pairKey(from.id, to.id, m)) > 0;
        };
        if (auto it = a.find("medium"); it != a.end()) {
            const std::string m = trimmed(it->second.text);
            if (types_.medium(m))
                return m; // validation reports a medium an endpoint cannot carry
            warning(it->second.line, it->second.column, "medium '" + m + "' is not in the type library");
        }
        for (const char* m : kPreferredMedia)
            if (carries(m) && !taken(m))
                return std::string(m);
        for (const auto& m : fi)
            if (carries(m) && !taken(m))
                return m;
        warning(edge.line, edge.column,
                "no medium joins " + from.id + " (" + from.kind + ") and " + to.id + " (" + to.kind +
                    ") that is not already used between them; the edge is not imported",
                "map the nodes to kinds with a common interface (--kind-map)");
        return std::nullopt;
    }

    const Element* elementOf(const XmlElement& edge, const char* end) {
        const std::string* ref = edge.attribute(end);
        if (!ref) {
            error(edge.line, edge.column, std::string("<edge> without a ") + end + " attribute");
            return nullptr;
        }
        const auto id = elementIds_.find(*ref);
        if (id == elementIds_.end()) {
            error(edge.line, edge.column,
                  std::string("edge ") + end + " '" + *ref + "' is not a node of the graph");
            return nullptr;
        }
        return project_.findElement(id->second);
    }

    void readEdge(const XmlElement& edge) {
        const Attributes a = readData(edge, "edge");
        const Element* from = elementOf(edge, "source");
        const Element* to = elementOf(edge, "target");
        if (!from || !to)
            return;
        if (from == to) {
            warning(edge.line, edge.column, "self-loop on '" + from->id + "' is not imported");
            return;
        }
        Link l;
        // Our own export writes link properties as property.*; any other unknown attribute (a
        // Topology Zoo edge's LinkLabel, LinkNote, ...) is kept under its own name.
        for (const auto& [name, value] : a)
            if (name.rfind("property.", 0) == 0)
                l.properties[name.substr(9)] = value.text;
            else if (!knownEdgeAttributes().count(name))
                l.properties[name] = value.text;
        if (const std::string* id = edge.attribute("id"); id && isValidId(*id) && !linkIds_.count(*id))
            l.id = *id;
        l.from = from->id;
        l.to = to->id;
        const auto medium = mediumFor(edge, a, *from, *to);
        if (!medium)
            return;
        l.medium = *medium;
        const MediumInfo* info = types_.medium(l.medium);
        if (const auto bw = bandwidthOf(a); bw && (!info || *bw != info->bandwidth_mbps))
            l.bandwidth_mbps = bw;
        if (auto it = a.find("latency_ms"); it != a.end())
            if (const auto lat = number(it->second, "latency_ms"); lat && (!info || *lat != info->latency_ms))
                l.latency_ms = lat;
        const auto num = [this](const Value& v, const std::string& what) { return number(v, what); };
        optionalField(a, "loss", l.loss, num);
        optionalField(a, "cost_per_mbps", l.cost_per_mbps, num);
        optionalField(a, "channel_mhz", l.channel_mhz, num);
        optionalField(a, "noise_w", l.noise_w, num);
        if (l.id)
            linkIds_.insert(*l.id);
        joined_.insert(pairKey(l.from, l.to, l.medium));
        project_.links.push_back(std::move(l));
    }
};

} // namespace

GraphmlImport importGraphml(std::string_view text, const std::string& fileName, const TypeLibrary& types,
                            const KindMapping& mapping) {
    return Importer(fileName, types, mapping).run(text);
}

} // namespace iiot::model
