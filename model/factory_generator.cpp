#include "factory_generator.h"

#include "random.h"
#include "type_library.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <stdexcept>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace iiot::model {

namespace {

constexpr long long kMinimumElements = 10;
constexpr long long kFullLayoutFrom = 24; // below: one compact cell hanging off the core switch
constexpr long long kLargeFrom = 1000;    // redundant firewall and a historian
constexpr long long kDedicatedLineFrom = 200;
constexpr double kElementsPerCell = 55;
constexpr int kCellsPerWorkshop = 8;
constexpr double kLinksPerElement = 1.5;

// Canvas bands in pixels; y grows downwards, so the service layer is on top.
constexpr double kServiceY = 0, kNetworkY = 400, kDeviceY = 800;
constexpr double kGrid = 50;
constexpr int kCellColumns = 8;
constexpr double kCellWidth = kCellColumns * kGrid + 100;

// Where a field device attaches inside its cell.
enum class Attach { None, Switch, Plc, Gateway, AccessPoint };

struct DeviceSpec {
    const char* kind;
    Attach primary;
    const char* primaryMedium;
    Attach secondary; // a redundant path, added when the link budget allows
    const char* secondaryMedium;
    double weight; // share of the cell's field devices
    const char* subsystem;
};

// A plausible mix of field devices. Wired sensors sit on IO-Link masters (the gateway), wireless
// ones on the cell's access point; machines are on the cell switch with a fieldbus to the PLC.
constexpr DeviceSpec kDevices[] = {
    {"sensor", Attach::Gateway, "io-link", Attach::AccessPoint, "wifi", 0.26, "production"},
    {"sensor", Attach::AccessPoint, "wifi", Attach::Gateway, "zigbee", 0.14, "production"},
    {"actuator", Attach::Plc, "profinet", Attach::Gateway, "io-link", 0.18, "production"},
    {"robot", Attach::Switch, "profinet", Attach::Plc, "ethercat", 0.07, "production"},
    {"camera", Attach::Switch, "ethernet", Attach::AccessPoint, "wifi", 0.08, "production"},
    {"cnc", Attach::Switch, "profinet", Attach::Plc, "ethernet-ip", 0.06, "production"},
    {"agv", Attach::AccessPoint, "wifi", Attach::Gateway, "bluetooth", 0.05, "logistics"},
    {"rfid-reader", Attach::Gateway, "io-link", Attach::Switch, "ethernet", 0.07, "logistics"},
    {"hmi", Attach::Switch, "ethernet", Attach::Plc, "profinet", 0.04, "production"},
    {"industrial-pc", Attach::Switch, "ethernet", Attach::Plc, "profinet", 0.05, "production"},
};
constexpr std::size_t kWiredSensor = 0, kActuator = 2;

// Typical computing resources per kind: cores, MIPS per core, RAM MB, storage MB.
Compute computeFor(const std::string& kind) {
    static const std::unordered_map<std::string, Compute> table = {
        {"sensor", {1, 100, 1, 4}},           {"actuator", {1, 50, 1, 1}},
        {"plc", {2, 500, 256, 1024}},         {"robot", {2, 1000, 1024, 8192}},
        {"camera", {2, 800, 512, 4096}},      {"cnc", {2, 1000, 1024, 8192}},
        {"agv", {4, 1500, 2048, 16384}},      {"rfid-reader", {1, 200, 64, 128}},
        {"hmi", {2, 1000, 2048, 8192}},       {"industrial-pc", {8, 2500, 16384, 262144}},
        {"gateway", {4, 1200, 2048, 16384}},  {"edge-server", {32, 3000, 131072, 4.0e6}},
        {"cloud", {512, 3500, 4.0e6, 1.0e9}},
    };
    const auto it = table.find(kind);
    return it == table.end() ? Compute{} : it->second;
}

// Sizes of the factory, derived from the wanted element count alone.
struct Plan {
    bool compact = false;
    bool large = false;
    int cells = 1;
    int workshops = 1;
    std::vector<long long> devices; // field devices per cell
};

Plan makePlan(long long wanted) {
    Plan plan;
    const long long n = std::max(wanted, kMinimumElements);
    if (n < kFullLayoutFrom) {
        // Core switch, firewall, router, edge server, broker, cloud, PLC and gateway.
        plan.compact = true;
        plan.devices = {n - 8};
        return plan;
    }
    plan.large = n >= kLargeFrom;
    plan.cells = static_cast<int>(std::max(1LL, std::llround(double(n) / kElementsPerCell)));
    plan.workshops = (plan.cells + kCellsPerWorkshop - 1) / kCellsPerWorkshop;
    // Core pair, firewall, IT switch, router, database, broker, MES, resolver, cloud (+ fw-2, storage).
    const long long fixed = 10 + (plan.large ? 2 : 0);
    const long long perWorkshop = 1 + (plan.workshops > 1 ? 2 : 0); // edge server, distribution pair
    const long long perCell = 4;                                    // switch, PLC, gateway, access point
    const long long devices = n - fixed - perWorkshop * plan.workshops - perCell * plan.cells;
    for (int c = 0; c < plan.cells; ++c)
        plan.devices.push_back(devices / plan.cells + (c < devices % plan.cells ? 1 : 0));
    return plan;
}

struct Cell {
    int number = 0; // 1-based
    std::string zone;
    std::string sw, plc, gateway, ap; // sw is the core switch in the compact layout; ap may be empty
};

struct Candidate {
    std::string from, to;
    std::string medium;
};

// Adds zones, elements and links, checking every link against the type library so that a change
// of types.yaml breaks the generator loudly instead of producing projects that do not validate.
class Builder {
public:
    explicit Builder(std::uint64_t seed) : rng(seed), types_(TypeLibrary::builtin()) {}

    Project project;
    Random rng;

    void zone(const std::string& id, const std::string& name, const std::string& type) {
        if (!types_.zoneType(type))
            throw std::logic_error("factory generator: unknown zone type " + type);
        project.zones.push_back({id, name, type});
    }

    // Returns the id (a copy: later insertions move the elements).
    std::string element(const std::string& id, const std::string& kind, const std::string& zone,
                        const std::string& name, double x, double y, const char* subsystem = nullptr) {
        const KindInfo* info = types_.kind(kind);
        if (!info)
            throw std::logic_error("factory generator: unknown kind " + kind);
        Element e;
        e.id = id;
        e.kind = kind;
        e.name = name;
        e.zone = zone;
        if (subsystem)
            e.subsystem = subsystem;
        e.position = Position{x, y};
        e.identifier = "88.1000.1/" + id;
        if (const Compute c = computeFor(kind); c != Compute{})
            e.compute = c;
        if (kind == "edge-server")
            e.power = Power{120.0, 450.0};
        kinds_.emplace(id, info);
        project.elements.push_back(std::move(e));
        return id;
    }

    // Returns false when the pair is already joined over this medium (allowed once only).
    bool link(const std::string& from, const std::string& to, const std::string& medium) {
        if (!attaches(from, medium) || !attaches(to, medium))
            throw std::logic_error("factory generator: " + medium + " does not join " + from + " and " + to);
        if (!joined_.emplace(std::min(from, to), std::max(from, to), medium).second)
            return false;
        Link l;
        l.id = "l" + std::to_string(project.links.size() + 1);
        l.from = from;
        l.to = to;
        l.medium = medium;
        project.links.push_back(std::move(l));
        return true;
    }

    bool has(const std::string& kind) const {
        return std::any_of(project.elements.begin(), project.elements.end(),
                           [&](const Element& e) { return e.kind == kind; });
    }

    const std::string& label(const std::string& kind) const { return types_.kind(kind)->label; }

private:
    bool attaches(const std::string& id, const std::string& medium) const {
        const auto it = kinds_.find(id);
        if (it == kinds_.end())
            throw std::logic_error("factory generator: link to unknown element " + id);
        const auto& media = it->second->interfaces;
        return std::find(media.begin(), media.end(), medium) != media.end();
    }

    const TypeLibrary& types_;
    std::unordered_map<std::string, const KindInfo*> kinds_;
    std::set<std::tuple<std::string, std::string, std::string>> joined_;
};

std::string numbered(const std::string& prefix, long long n) {
    return prefix + std::to_string(n);
}

const std::string& attachPoint(const Cell& cell, Attach a) {
    static const std::string none;
    switch (a) {
    case Attach::Switch:
        return cell.sw;
    case Attach::Plc:
        return cell.plc;
    case Attach::Gateway:
        return cell.gateway;
    case Attach::AccessPoint:
        return cell.ap;
    case Attach::None:
        break;
    }
    return none;
}

std::size_t pickDevice(Random& rng, bool hasAccessPoint) {
    double total = 0;
    for (const auto& d : kDevices)
        total += (hasAccessPoint || d.primary != Attach::AccessPoint) ? d.weight : 0;
    double u = rng.uniform01() * total;
    for (std::size_t i = 0; i < std::size(kDevices); ++i) {
        if (!hasAccessPoint && kDevices[i].primary == Attach::AccessPoint)
            continue;
        u -= kDevices[i].weight;
        if (u < 0)
            return i;
    }
    return kWiredSensor; // only reached through rounding at the very end of the range
}

// Field devices of one cell in a grid below its controllers; secondary links become candidates.
void addFieldDevices(Builder& b, const Cell& cell, long long count, double cellX,
                     std::vector<Candidate>& candidates) {
    const std::string prefix = "c" + std::to_string(cell.number) + "-";
    std::unordered_map<std::string, int> perKind;
    for (long long i = 0; i < count; ++i) {
        // Every cell has a sensor and an actuator; the rest follows the mix.
        const std::size_t s = i == 0   ? kWiredSensor
                              : i == 1 ? kActuator
                                       : pickDevice(b.rng, !cell.ap.empty());
        const DeviceSpec& spec = kDevices[s];
        const int k = ++perKind[spec.kind];
        const std::string id = prefix + spec.kind + "-" + std::to_string(k);
        const std::string name =
            b.label(spec.kind) + " " + std::to_string(cell.number) + "." + std::to_string(k);
        const double x = cellX + 50 + double(i % kCellColumns) * kGrid;
        const double y = kDeviceY + 100 + double(i / kCellColumns) * kGrid;
        b.element(id, spec.kind, cell.zone, name, x, y, spec.subsystem);
        b.link(id, attachPoint(cell, spec.primary), spec.primaryMedium);
        const std::string& second = attachPoint(cell, spec.secondary);
        if (!second.empty())
            candidates.push_back({id, second, spec.secondaryMedium});
    }
}

// The controllers (and, in the full layout, the switch and access point) of one cell.
Cell addCellInfrastructure(Builder& b, int number, const std::string& coreSwitch, double cellX,
                           std::vector<Candidate>& candidates) {
    Cell cell;
    cell.number = number;
    cell.zone = numbered("cell-", number);
    b.zone(cell.zone, numbered("Cell ", number), "ot-field");
    const std::string prefix = numbered("c", number) + "-";
    const double cx = cellX + kCellWidth / 2;
    if (coreSwitch.empty()) {
        cell.sw = b.element(prefix + "sw", "switch", cell.zone, numbered("Cell switch ", number), cx,
                            kNetworkY + 200);
        cell.ap = b.element(prefix + "ap", "access-point", cell.zone, numbered("Access point ", number),
                            cx + 100, kNetworkY + 260);
        b.link(cell.ap, cell.sw, "ethernet");
    } else {
        cell.sw = coreSwitch;
    }
    cell.plc = b.element(prefix + "plc", "plc", cell.zone, numbered("Cell PLC ", number), cx - 100, kDeviceY,
                         "production");
    cell.gateway = b.element(prefix + "gw", "gateway", cell.zone, numbered("IIoT gateway ", number), cx + 100,
                             kDeviceY, "production");
    b.link(cell.plc, cell.sw, "profinet");
    b.link(cell.gateway, cell.sw, "ethernet");
    candidates.push_back({cell.plc, cell.gateway, "modbus-tcp"});
    if (!cell.ap.empty())
        candidates.push_back({cell.gateway, cell.ap, "ethernet"});
    return cell;
}

// Redundant uplinks and mesh links, chosen at random up to about kLinksPerElement per element.
void addRedundantLinks(Builder& b, const std::vector<Candidate>& candidates) {
    const auto target =
        static_cast<long long>(std::llround(kLinksPerElement * double(b.project.elements.size())));
    const long long missing = target - static_cast<long long>(b.project.links.size());
    if (missing <= 0)
        return;
    std::vector<std::size_t> order(candidates.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    const auto take =
        static_cast<std::size_t>(std::min<long long>(missing, static_cast<long long>(order.size())));
    // Partial Fisher-Yates: the first `take` entries are a uniform random subset.
    for (std::size_t i = 0; i < take; ++i)
        std::swap(order[i], order[i + b.rng.uniformInt(order.size() - i)]);
    order.resize(take);
    std::sort(order.begin(), order.end()); // keep the links in the order of their elements
    for (std::size_t i : order)
        b.link(candidates[i].from, candidates[i].to, candidates[i].medium);
}

void addCompact(Builder& b, const Plan& plan, std::vector<Candidate>& candidates) {
    const double itX = kCellWidth + 150;
    b.zone("workshop-1", "Workshop 1", "ot-workshop");
    b.zone("enterprise", "Enterprise IT", "it-enterprise");
    b.zone("dmz", "DMZ", "dmz");
    b.zone("cloud", "Cloud", "cloud");
    b.element("cloud-1", "cloud", "cloud", "Cloud data centre", itX + 300, kServiceY);
    b.element("broker-1", "message-broker", "enterprise", "Message broker", itX + 150, kServiceY + 200);
    b.element("edge-1", "edge-server", "workshop-1", "Edge server 1", kCellWidth / 2, kServiceY + 250);
    b.element("core-sw-1", "switch", "workshop-1", "Core switch 1", kCellWidth / 2, kNetworkY);
    b.element("fw-1", "firewall", "dmz", "OT/IT firewall", itX, kNetworkY);
    b.element("router-1", "router", "dmz", "Internet router", itX + 300, kNetworkY);
    b.link("edge-1", "core-sw-1", "ethernet");
    b.link("core-sw-1", "fw-1", "fibre");
    b.link("broker-1", "fw-1", "ethernet");
    b.link("fw-1", "router-1", "fibre");
    b.link("router-1", "cloud-1", "internet");
    const Cell cell = addCellInfrastructure(b, 1, "core-sw-1", 0, candidates);
    addFieldDevices(b, cell, plan.devices.front(), 0, candidates);
}

// Enterprise IT, DMZ and cloud, to the right of the plant. The firewalls are the only path between
// the OT core switches and IT.
void addItSide(Builder& b, const Plan& plan, double itX) {
    b.zone("enterprise", "Enterprise IT", "it-enterprise");
    b.zone("dmz", "DMZ", "dmz");
    b.zone("cloud", "Cloud", "cloud");
    b.element("cloud-1", "cloud", "cloud", "Cloud data centre", itX + 500, kServiceY);
    b.element("database-1", "database", "enterprise", "Production database", itX + 150, kServiceY + 200);
    b.element("broker-1", "message-broker", "enterprise", "Message broker", itX + 300, kServiceY + 200);
    b.element("mes-1", "application-server", "enterprise", "MES", itX + 450, kServiceY + 200);
    if (plan.large)
        b.element("storage-1", "storage", "enterprise", "Historian storage", itX + 600, kServiceY + 200);
    b.element("id-resolver-1", "id-resolver", "dmz", "Identifier resolver", itX, kServiceY + 200);
    b.element("fw-1", "firewall", "dmz", "OT/IT firewall 1", itX, kNetworkY);
    if (plan.large)
        b.element("fw-2", "firewall", "dmz", "OT/IT firewall 2", itX, kNetworkY + 120);
    b.element("it-sw-1", "switch", "enterprise", "IT switch", itX + 250, kNetworkY + 60);
    b.element("router-1", "router", "dmz", "Internet router", itX + 500, kNetworkY + 60);

    const std::vector<std::string> firewalls =
        plan.large ? std::vector<std::string>{"fw-1", "fw-2"} : std::vector<std::string>{"fw-1"};
    for (const auto& fw : firewalls) {
        b.link(fw, "core-sw-1", "fibre");
        b.link(fw, "core-sw-2", "fibre");
        b.link(fw, "it-sw-1", "fibre");
        b.link(fw, "router-1", "fibre");
        b.link("id-resolver-1", fw, "ethernet");
    }
    for (const char* server : {"database-1", "broker-1", "mes-1"})
        b.link(server, "it-sw-1", "ethernet");
    if (plan.large)
        b.link("storage-1", "it-sw-1", "ethernet");
    b.link("router-1", "cloud-1", "internet");
}

void addFull(Builder& b, const Plan& plan, std::vector<Candidate>& candidates) {
    const double plantWidth = plan.cells * kCellWidth;
    const double itX = plantWidth + 150;
    const bool multi = plan.workshops > 1;
    const std::string coreZone = multi ? "plant-backbone" : "workshop-1";
    if (multi)
        b.zone(coreZone, "Plant backbone", "ot-workshop");
    else
        b.zone(coreZone, "Workshop 1", "ot-workshop");
    b.element("core-sw-1", "switch", coreZone, "Core switch 1", plantWidth / 2 - 100, kNetworkY);
    b.element("core-sw-2", "switch", coreZone, "Core switch 2", plantWidth / 2 + 100, kNetworkY);
    b.link("core-sw-1", "core-sw-2", "fibre");
    addItSide(b, plan, itX);

    int cellNumber = 0;
    for (int w = 1; w <= plan.workshops; ++w) {
        const int first = (w - 1) * kCellsPerWorkshop;
        const int last = std::min(plan.cells, first + kCellsPerWorkshop); // exclusive
        const double centre = (first + last) * kCellWidth / 2;
        const std::string zone = multi ? numbered("workshop-", w) : coreZone;
        std::string up1 = "core-sw-1", up2 = "core-sw-2";
        if (multi) {
            b.zone(zone, numbered("Workshop ", w), "ot-workshop");
            const std::string prefix = numbered("ws", w) + "-";
            up1 = b.element(prefix + "dsw-1", "switch", zone,
                            "Distribution switch " + std::to_string(w) + "A", centre - 60, kNetworkY + 100);
            up2 = b.element(prefix + "dsw-2", "switch", zone,
                            "Distribution switch " + std::to_string(w) + "B", centre + 60, kNetworkY + 100);
            b.link(up1, up2, "fibre");
            for (const auto& d : {up1, up2}) {
                b.link(d, "core-sw-1", "fibre");
                b.link(d, "core-sw-2", "fibre");
            }
        }
        const std::string edge = b.element(numbered("edge-", w), "edge-server", zone,
                                           numbered("Edge server ", w), centre, kServiceY + 250);
        b.link(edge, up1, "fibre");
        b.link(edge, up2, "fibre");
        std::string previousSwitch;
        for (int c = first; c < last; ++c) {
            const double cellX = c * kCellWidth;
            const Cell cell = addCellInfrastructure(b, ++cellNumber, {}, cellX, candidates);
            b.link(cell.sw, up1, "fibre");
            b.link(cell.sw, up2, "fibre");
            if (!previousSwitch.empty()) // a ring between neighbouring cells of a workshop
                candidates.push_back({previousSwitch, cell.sw, "ethernet"});
            previousSwitch = cell.sw;
            addFieldDevices(b, cell, plan.devices[static_cast<std::size_t>(c)], cellX, candidates);
        }
    }
    if (b.project.elements.size() >= static_cast<std::size_t>(kDedicatedLineFrom))
        b.link("router-1", "cloud-1", "dedicated-line");
}

void addApplications(Builder& b, std::uint64_t seed) {
    Project& p = b.project;
    p.subsystems.push_back({"production", "Production lines", 8});
    p.subsystems.push_back({"logistics", "Intralogistics", 5});

    auto present = [&](const std::vector<std::string>& kinds) {
        return std::any_of(kinds.begin(), kinds.end(), [&](const std::string& k) { return b.has(k); });
    };
    auto add = [&](Application a, const std::vector<std::string>& kinds) {
        if (!present(kinds))
            return; // an application without any generating element would only confuse
        a.generated_by = GeneratedBy{kinds, std::nullopt};
        a.offloadable = true;
        p.applications.push_back(std::move(a));
    };
    Application monitoring;
    monitoring.id = "process-monitoring";
    monitoring.subsystem = "production";
    monitoring.priority = 9;
    monitoring.arrival = Arrival{ArrivalType::Poisson, 0.2, std::nullopt};
    monitoring.data_kb = Quantity::number(20);
    monitoring.result_kb = Quantity::number(1);
    monitoring.instructions_mi = Quantity{DistributionKind::Uniform, 40, 90};
    monitoring.max_latency_ms = 50;
    add(monitoring, {"sensor"});

    Application inspection;
    inspection.id = "quality-inspection";
    inspection.subsystem = "production";
    inspection.priority = 7;
    inspection.arrival = Arrival{ArrivalType::Periodic, std::nullopt, 2.0};
    inspection.data_kb = Quantity{DistributionKind::Normal, 500, 100};
    inspection.result_kb = Quantity::number(5);
    inspection.instructions_mi = Quantity{DistributionKind::Exponential, 300, 0};
    inspection.max_latency_ms = 500;
    add(inspection, {"camera"});

    Application tracking;
    tracking.id = "inventory-tracking";
    tracking.subsystem = "logistics";
    tracking.priority = 4;
    tracking.arrival = Arrival{ArrivalType::Poisson, 0.1, std::nullopt};
    tracking.data_kb = Quantity::number(2);
    tracking.result_kb = Quantity::number(1);
    tracking.instructions_mi = Quantity{DistributionKind::Constant, 20, 0};
    tracking.max_latency_ms = 1000;
    add(tracking, {"rfid-reader", "agv"});

    Scenario baseline;
    baseline.id = "baseline";
    baseline.duration_s = 60;
    baseline.warmup_s = 5;
    baseline.seed = static_cast<long long>(seed & 0x7FFFFFFFull); // the file's seed is a signed integer
    baseline.policy = "edge-cloud";
    baseline.sample_interval_s = 1;
    p.scenarios.push_back(std::move(baseline));
}

} // namespace

Project generateFactory(const FactoryOptions& options) {
    const Plan plan = makePlan(options.elements);
    Builder b(options.seed);
    b.project.name = "Generated factory";
    std::vector<Candidate> candidates;
    if (plan.compact)
        addCompact(b, plan, candidates);
    else
        addFull(b, plan, candidates);
    addRedundantLinks(b, candidates);
    addApplications(b, options.seed);
    b.project.description =
        "Layered factory generated for " + std::to_string(options.elements) + " elements (seed " +
        std::to_string(options.seed) + "): " + std::to_string(plan.workshops) + " workshop(s), " +
        std::to_string(plan.cells) + " cell(s), " + std::to_string(b.project.elements.size()) +
        " elements, " + std::to_string(b.project.links.size()) + " links.";
    return std::move(b.project);
}

} // namespace iiot::model
