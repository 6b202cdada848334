#include "yaml_reader.h"

#include "did_you_mean.h"
#include "validation.h"
#include "yaml_document.h"
#include "yaml_map_reader.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sys/stat.h>

namespace iiot::model {

namespace {

// Reads a list of maps, one reader per entry.
template <typename F>
void forEachItem(YamlReadContext& ctx, const YamlNode& list, const std::string& path, F&& f) {
    ctx.record(path, list);
    if (!list.isSequence()) {
        ctx.error(list, path, "'" + path + "' must be a list, found " + describeNode(list),
                  "write each entry on its own line starting with '- '");
        return;
    }
    std::size_t i = 0;
    for (const YamlNode* item : list.items())
        f(*item, i++);
}

// "element 'plc1'" when the entry has a readable id, "element #4" otherwise. The first 'id' key
// counts, even when repeated, as it did with yaml-cpp lookups.
std::string itemName(const std::string& singular, const YamlNode& item, std::size_t index) {
    if (item.isMap()) {
        for (std::size_t i = 0; i < item.size(); ++i) {
            const YamlNode& key = item.key(i);
            if (key.isScalar() && key.scalar() == "id") {
                if (item.value(i).isScalar())
                    return singular + " '" + std::string(item.value(i).scalar()) + "'";
                break;
            }
        }
    }
    return singular + " #" + std::to_string(index + 1);
}

template <typename T, typename Parse>
std::optional<T> enumValue(MapReader& m, const char* key, Parse parse,
                           const std::vector<std::string>& names) {
    auto t = m.text(key);
    if (!t)
        return std::nullopt;
    auto v = parse(*t);
    if (!v)
        m.context().error(m.get(key), m.childPath(key), "unknown " + std::string(key) + " '" + *t + "'",
                          suggestion(*t, names));
    return v;
}

const std::vector<std::string> kLevelNames = {"integration", "interconnection", "information-fusion"};

class ProjectReader {
public:
    explicit ProjectReader(YamlReadContext& ctx) : ctx_(ctx) {}

    Project read(const YamlNode& root) {
        Project p;
        MapReader m(ctx_, root, "", "the project",
                    {"format", "name", "description", "targets", "capability_weights", "zones", "elements",
                     "links", "subsystems", "applications", "vnf_types", "services", "scenarios"});
        if (!m.isMap())
            return p;
        if (auto f = m.text("format", true)) {
            p.format = *f;
            if (*f != kFormatId)
                ctx_.error(m.get("format"), "format", "unsupported format '" + *f + "'",
                           std::string("this program reads '") + kFormatId + "'");
        }
        if (auto n = m.text("name", true))
            p.name = *n;
        p.description = m.text("description");
        if (m.has("targets"))
            p.targets = readTargets(m);
        p.capability_weights = m.integerMap("capability_weights");
        readList(m, "zones", p.zones, &ProjectReader::readZone);
        readList(m, "elements", p.elements, &ProjectReader::readElement);
        readList(m, "links", p.links, &ProjectReader::readLink);
        readList(m, "subsystems", p.subsystems, &ProjectReader::readSubsystem);
        readList(m, "applications", p.applications, &ProjectReader::readApplication);
        readList(m, "vnf_types", p.vnf_types, &ProjectReader::readVnfType);
        readList(m, "services", p.services, &ProjectReader::readService);
        readList(m, "scenarios", p.scenarios, &ProjectReader::readScenario);
        return p;
    }

private:
    template <typename T> using ItemReader = T (ProjectReader::*)(MapReader&);

    template <typename T>
    void readList(MapReader& m, const char* key, std::vector<T>& out, ItemReader<T> reader) {
        if (!m.has(key))
            return;
        const auto& list = m.get(key);
        if (list.isSequence())
            out.reserve(list.size());
        const std::string singular = std::string(key).substr(0, std::strlen(key) - 1);
        const std::string prefix = std::string(key) + "/";
        forEachItem(ctx_, list, key, [&](const YamlNode& item, std::size_t i) {
            MapReader im(ctx_, item, prefix + std::to_string(i), itemName(singular, item, i), allowed<T>());
            if (im.isMap())
                out.push_back((this->*reader)(im));
        });
    }

    template <typename T> static const std::vector<const char*>& allowed();

    LayerTargets readTargets(MapReader& parent) {
        LayerTargets t;
        MapReader m(ctx_, parent.get("targets"), "targets", "'targets'",
                    {"device", "network", "service", "trust"});
        auto level = [&](const char* key) {
            return enumValue<FrameworkLevel>(m, key, frameworkLevelFromString, kLevelNames);
        };
        t.device = level("device");
        t.network = level("network");
        t.service = level("service");
        t.trust = level("trust");
        return t;
    }

    Zone readZone(MapReader& m) {
        Zone z;
        z.id = m.text("id", true).value_or("");
        z.name = m.text("name");
        z.type = m.text("type", true).value_or("");
        return z;
    }

    Element readElement(MapReader& m) {
        Element e;
        e.id = m.text("id", true).value_or("");
        e.kind = m.text("kind", true).value_or("");
        e.name = m.text("name");
        e.zone = m.text("zone");
        e.subsystem = m.text("subsystem");
        if (auto p = m.pair("position"))
            e.position = Position{p->first, p->second};
        e.identifier = m.text("identifier");
        e.interfaces = m.textList("interfaces");
        e.protocols = m.textList("protocols");
        const std::string& what = m.what();
        if (m.has("compute")) {
            MapReader c(ctx_, m.get("compute"), m.childPath("compute"), "'compute' of " + what,
                        {"cores", "mips_per_core", "ram_mb", "storage_mb"});
            if (c.isMap())
                e.compute = Compute{c.integer("cores"), c.number("mips_per_core"), c.number("ram_mb"),
                                    c.number("storage_mb")};
        }
        if (m.has("vnf")) {
            MapReader v(
                ctx_, m.get("vnf"), m.childPath("vnf"), "'vnf' of " + what,
                {"cores", "cost_per_core", "cost_function", "alpha1", "alpha2", "beta", "gamma1", "gamma2"});
            if (v.isMap()) {
                Vnf vnf;
                vnf.cores = v.integer("cores");
                vnf.cost_per_core = v.number("cost_per_core");
                vnf.cost_function = enumValue<CostFunction>(v, "cost_function", costFunctionFromString,
                                                            {"linear", "step", "inverse", "exponential"});
                vnf.alpha1 = v.number("alpha1");
                vnf.alpha2 = v.number("alpha2");
                vnf.beta = v.number("beta");
                vnf.gamma1 = v.number("gamma1");
                vnf.gamma2 = v.number("gamma2");
                e.vnf = vnf;
            }
        }
        e.capacity = m.numberMap("capacity");
        if (m.has("power")) {
            MapReader p(ctx_, m.get("power"), m.childPath("power"), "'power' of " + what,
                        {"idle_w", "max_w"});
            if (p.isMap())
                e.power = Power{p.number("idle_w"), p.number("max_w")};
        }
        if (m.has("radio")) {
            MapReader r(ctx_, m.get("radio"), m.childPath("radio"), "'radio' of " + what,
                        {"tx_power_w", "channel_gain"});
            if (r.isMap())
                e.radio = Radio{r.number("tx_power_w"), r.number("channel_gain")};
        }
        if (auto caps = m.integerMap("capabilities")) {
            e.capabilities.emplace();
            for (const auto& [id, level] : *caps)
                (*e.capabilities)[id] = static_cast<int>(std::clamp<long long>(level, -1, 4));
        }
        if (auto props = m.textMap("properties"))
            e.properties = std::move(*props);
        return e;
    }

    Link readLink(MapReader& m) {
        Link l;
        l.id = m.text("id");
        l.from = m.text("from", true).value_or("");
        l.to = m.text("to", true).value_or("");
        l.medium = m.text("medium", true).value_or("");
        l.bandwidth_mbps = m.number("bandwidth_mbps");
        l.latency_ms = m.number("latency_ms");
        l.loss = m.number("loss");
        l.cost_per_mbps = m.number("cost_per_mbps");
        l.channel_mhz = m.number("channel_mhz");
        l.noise_w = m.number("noise_w");
        if (auto props = m.textMap("properties"))
            l.properties = std::move(*props);
        return l;
    }

    Subsystem readSubsystem(MapReader& m) {
        return {m.text("id", true).value_or(""), m.text("name"), m.integer("priority")};
    }

    Application readApplication(MapReader& m) {
        Application a;
        a.id = m.text("id", true).value_or("");
        a.subsystem = m.text("subsystem");
        a.priority = m.integer("priority");
        const std::string& what = m.what();
        if (m.has("generated_by")) {
            MapReader g(ctx_, m.get("generated_by"), m.childPath("generated_by"), "'generated_by' of " + what,
                        {"kinds", "elements"});
            if (g.isMap()) {
                a.generated_by = GeneratedBy{g.textList("kinds"), g.textList("elements")};
                if (g.has("kinds") == g.has("elements"))
                    ctx_.error(m.get("generated_by"), g.path(),
                               "'generated_by' of " + what + " needs exactly one of 'kinds' and 'elements'");
            }
        }
        if (m.has("arrival"))
            a.arrival = readArrival(m, what);
        a.data_kb = m.quantity("data_kb");
        a.result_kb = m.quantity("result_kb");
        a.instructions_mi = m.quantity("instructions_mi");
        a.max_latency_ms = m.number("max_latency_ms");
        a.offloadable = m.boolean("offloadable");
        a.container_mb = m.number("container_mb");
        if (m.has("demands")) {
            std::map<std::string, Demand> demands;
            m.forEachEntry("demands", [&](std::string_view key, const YamlNode& v, const std::string& p) {
                const std::string k(key);
                ctx_.record(p, v);
                if (!v.isSequence() || v.size() != 2) {
                    ctx_.error(v, p,
                               "demand '" + k + "' must be [committed, peak], found " + describeNode(v));
                    return;
                }
                auto c = m.scalarNumber(v[0], p + "/0", "committed '" + k + "'");
                auto pk = m.scalarNumber(v[1], p + "/1", "peak '" + k + "'");
                if (c && pk)
                    demands[k] = Demand{*c, *pk};
            });
            a.demands = std::move(demands);
        }
        a.request = m.numberMap("request");
        a.hosts = m.textList("hosts");
        return a;
    }

    Arrival readArrival(MapReader& parent, const std::string& what) {
        Arrival arrival;
        MapReader r(ctx_, parent.get("arrival"), parent.childPath("arrival"), "'arrival' of " + what,
                    {"type", "rate_per_s", "period_s"});
        if (!r.isMap())
            return arrival;
        if (auto t =
                enumValue<ArrivalType>(r, "type", arrivalTypeFromString, {"poisson", "periodic", "once"}))
            arrival.type = *t;
        else if (!r.has("type"))
            ctx_.error(parent.get("arrival"), r.path(), "'arrival' of " + what + " needs 'type'",
                       "poisson, periodic or once");
        arrival.rate_per_s = r.number("rate_per_s");
        arrival.period_s = r.number("period_s");
        return arrival;
    }

    VnfType readVnfType(MapReader& m) {
        VnfType v;
        v.id = m.text("id", true).value_or("");
        v.cores = m.integer("cores", true).value_or(0);
        v.processing_ms = m.number("processing_ms");
        return v;
    }

    Service readService(MapReader& m) {
        Service s;
        s.id = m.text("id", true).value_or("");
        s.service_class = m.text("class");
        s.source = m.text("source", true).value_or("");
        s.destination = m.text("destination", true).value_or("");
        s.chain = m.textList("chain");
        s.bandwidth_mbps = m.number("bandwidth_mbps", true).value_or(0);
        s.max_delay_ms = m.number("max_delay_ms", true).value_or(0);
        return s;
    }

    Scenario readScenario(MapReader& m) {
        Scenario s;
        s.id = m.text("id", true).value_or("");
        s.duration_s = m.number("duration_s", true).value_or(0);
        s.warmup_s = m.number("warmup_s");
        s.seed = m.integer("seed");
        s.policy = m.text("policy");
        s.sample_interval_s = m.number("sample_interval_s");
        s.device_counts = m.integerList("device_counts");
        s.replications = m.integer("replications");
        if (m.has("mobility")) {
            MapReader mob(ctx_, m.get("mobility"), m.childPath("mobility"), "'mobility' of " + m.what(),
                          {"speed_mps", "range_m"});
            if (mob.isMap())
                s.mobility = Mobility{mob.number("speed_mps"), mob.number("range_m")};
        }
        if (auto area = m.pair("area_m"))
            s.area_m = Position{area->first, area->second};
        return s;
    }

    YamlReadContext& ctx_;
};

template <> const std::vector<const char*>& ProjectReader::allowed<Zone>() {
    static const std::vector<const char*> keys = {"id", "name", "type"};
    return keys;
}
template <> const std::vector<const char*>& ProjectReader::allowed<Element>() {
    static const std::vector<const char*> keys = {
        "id",        "kind",    "name", "zone",     "subsystem", "position", "identifier",   "interfaces",
        "protocols", "compute", "vnf",  "capacity", "power",     "radio",    "capabilities", "properties"};
    return keys;
}
template <> const std::vector<const char*>& ProjectReader::allowed<Link>() {
    static const std::vector<const char*> keys = {
        "id",   "from",          "to",          "medium",  "bandwidth_mbps", "latency_ms",
        "loss", "cost_per_mbps", "channel_mhz", "noise_w", "properties"};
    return keys;
}
template <> const std::vector<const char*>& ProjectReader::allowed<Subsystem>() {
    static const std::vector<const char*> keys = {"id", "name", "priority"};
    return keys;
}
template <> const std::vector<const char*>& ProjectReader::allowed<Application>() {
    static const std::vector<const char*> keys = {
        "id",           "subsystem", "priority",        "generated_by",   "arrival",
        "data_kb",      "result_kb", "instructions_mi", "max_latency_ms", "offloadable",
        "container_mb", "demands",   "request",         "hosts"};
    return keys;
}
template <> const std::vector<const char*>& ProjectReader::allowed<VnfType>() {
    static const std::vector<const char*> keys = {"id", "cores", "processing_ms"};
    return keys;
}
template <> const std::vector<const char*>& ProjectReader::allowed<Service>() {
    static const std::vector<const char*> keys = {"id",    "class",          "source",      "destination",
                                                  "chain", "bandwidth_mbps", "max_delay_ms"};
    return keys;
}
template <> const std::vector<const char*>& ProjectReader::allowed<Scenario>() {
    static const std::vector<const char*> keys = {
        "id",           "duration_s", "warmup_s", "seed", "policy", "sample_interval_s", "device_counts",
        "replications", "mobility",   "area_m"};
    return keys;
}

void sortByPlace(Diagnostics& d) {
    std::stable_sort(d.begin(), d.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.location.line, a.location.column) < std::tie(b.location.line, b.location.column);
    });
}

} // namespace

LoadResult readProjectYaml(const std::string& text, const std::string& fileName, const TypeLibrary& types,
                           const CapabilityCatalogue& catalogue) {
    LoadResult result;
    auto refuse = [&](Diagnostic d) {
        d.file = fileName;
        result.diagnostics.push_back(std::move(d));
        return std::move(result);
    };
    if (text.size() > kMaxYamlBytes) {
        Diagnostic d;
        d.message = "file is larger than 64 MiB (" + std::to_string(text.size()) + " bytes)";
        d.hint = "a project file is far smaller; check that this is the right file";
        return refuse(d);
    }
    const std::string notProject =
        "not a project file: expected a map starting with 'format: " + std::string(kFormatId) + "'";
    auto parsed = parseYamlDocument(text, kMaxYamlDepth);
    if (auto* failed = std::get_if<YamlParseError>(&parsed)) {
        // Text that is not YAML from its first character (a lone ',') is named for what it is not.
        if (failed->beforeFirstNode) {
            failed->diagnostic.hint = std::move(failed->diagnostic.message);
            failed->diagnostic.message = notProject;
        }
        return refuse(std::move(failed->diagnostic));
    }
    const YamlDocument& document = std::get<YamlDocument>(parsed);
    const YamlNode& root = document.root();
    if (!root.isMap()) {
        Diagnostic d;
        d.location = locationOf(root);
        d.message = notProject;
        return refuse(d);
    }

    YamlReadContext ctx;
    ctx.file = fileName;
    ProjectReader reader(ctx);
    Project project = reader.read(root);
    result.diagnostics = std::move(ctx.diagnostics);
    result.sources = std::move(ctx.sources);
    if (!hasErrors(result.diagnostics)) {
        project.ensureLinkIds();
        auto semantic = validateProject(project, types, catalogue, &result.sources, fileName);
        result.diagnostics.insert(result.diagnostics.end(), semantic.begin(), semantic.end());
        result.project = std::move(project);
    }
    sortByPlace(result.diagnostics);
    return result;
}

LoadResult readProjectYamlFile(const std::string& path, const TypeLibrary& types,
                               const CapabilityCatalogue& catalogue) {
    LoadResult result;
    auto fail = [&](std::string message, std::string hint = {}) {
        Diagnostic d;
        d.file = path;
        d.message = std::move(message);
        d.hint = std::move(hint);
        result.diagnostics.push_back(std::move(d));
        return std::move(result);
    };
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0)
        return fail(std::string("cannot read the file: ") + std::strerror(errno));
    if (S_ISDIR(st.st_mode))
        return fail("is a directory, not a project file");
    if (static_cast<unsigned long long>(st.st_size) > kMaxYamlBytes)
        return fail("file is larger than 64 MiB (" + std::to_string(st.st_size) + " bytes)",
                    "a project file is far smaller; check that this is the right file");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return fail(std::string("cannot read the file: ") + std::strerror(errno));
    // Read at most one byte past the limit: the file may have grown since stat().
    std::string text(static_cast<std::size_t>(st.st_size), '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(in.gcount()));
    char extra = 0;
    while (in.get(extra)) {
        text.push_back(extra);
        if (text.size() > kMaxYamlBytes)
            return fail("file is larger than 64 MiB", "a project file is far smaller");
    }
    return readProjectYaml(text, path, types, catalogue);
}

} // namespace iiot::model
