// Reads the tables of project_file_schema.cpp back into a Project. The file may have been edited by
// other tools or damaged in ways quick_check does not see, so every value is type-checked and every
// child row must point at an existing parent whose has_* flag says the list or map is present.
#include "project_file_sql.h"
#include "project_file_tables.h"

#include <climits>

namespace iiot::model::detail {

namespace {

using sql::Query;

// Lists are stored with ord = position; a gap or repeat means rows were added or lost outside.
void checkOrder(Query& q, long long ord, std::size_t expected) {
    if (ord != static_cast<long long>(expected))
        q.fail("row position (ord) " + std::to_string(ord) + " where " + std::to_string(expected) +
               " was expected");
}

template <typename E, typename Parse>
std::optional<E> parseEnum(Query& q, const std::optional<std::string>& text, Parse parse, const char* what) {
    if (!text)
        return std::nullopt;
    auto value = parse(*text);
    if (!value)
        q.fail("unknown " + std::string(what) + " '" + *text + "'");
    return value;
}

std::optional<Quantity> readQuantity(Query& q) {
    auto dist = q.optText();
    if (!dist) {
        q.optReal();
        q.optReal();
        return std::nullopt;
    }
    double a = q.real();
    double b = q.real();
    std::optional<DistributionKind> kind = *dist == toString(DistributionKind::Number)
                                               ? std::optional(DistributionKind::Number)
                                               : distributionKindFromString(*dist);
    if (!kind) {
        q.fail("unknown distribution '" + *dist + "'");
        return std::nullopt;
    }
    return Quantity{*kind, a, b};
}

std::optional<Position> readPoint(Query& q) {
    auto x = q.optReal();
    auto y = q.optReal();
    if (x.has_value() != y.has_value())
        q.fail("a point has one coordinate but not the other");
    if (!x || !y)
        return std::nullopt;
    return Position{*x, *y};
}

// Reads child rows (first column: the parent's ord) and hands each to add(query, parent).
template <typename Parent, typename Add>
void readChildren(sqlite3* db, const char* table, const std::string& sql, std::vector<Parent>& parents,
                  std::string& error, Add add) {
    Query q(db, table, sql, error);
    while (q.next()) {
        long long owner = q.integer();
        if (owner < 0 || owner >= static_cast<long long>(parents.size())) {
            q.fail("refers to parent row " + std::to_string(owner) + ", which does not exist");
            break;
        }
        add(q, parents[static_cast<std::size_t>(owner)]);
    }
}

template <typename T>
void appendTo(Query& q, std::optional<std::vector<T>>& list, T value, const char* what) {
    if (!list)
        q.fail(std::string("belongs to a ") + what + " that is marked absent");
    else
        list->push_back(std::move(value));
}

template <typename V>
void insertInto(Query& q, std::optional<std::map<std::string, V>>& map, std::string key, V value,
                const char* what) {
    if (!map)
        q.fail(std::string("belongs to a ") + what + " that is marked absent");
    else if (!map->emplace(key, std::move(value)).second)
        q.fail("repeats the key '" + key + "'");
}

void readProjectRow(sqlite3* db, Project& p, std::string& error) {
    Query q(db, "project",
            "SELECT format, name, description, has_targets, target_device, target_network, target_service, "
            "target_trust, has_capability_weights FROM project",
            error);
    long long rows = 0;
    while (q.next()) {
        if (++rows > 1) {
            q.fail("the table must have exactly one row");
            break;
        }
        p.format = q.text();
        p.name = q.text();
        p.description = q.optText();
        bool hasTargets = q.flag();
        LayerTargets t;
        for (auto* level : {&t.device, &t.network, &t.service, &t.trust})
            *level = parseEnum<FrameworkLevel>(q, q.optText(), frameworkLevelFromString, "level");
        if (hasTargets)
            p.targets = t;
        if (q.flag())
            p.capability_weights.emplace();
    }
    if (error.empty() && rows == 0)
        error = "table 'project' is empty";

    Query w(db, "capability_weights", "SELECT capability, weight FROM capability_weights", error);
    while (w.next()) {
        std::string capability = w.text();
        insertInto(w, p.capability_weights, capability, w.integer(), "capability_weights map");
    }

    Query z(db, "zones", "SELECT ord, id, name, type FROM zones ORDER BY ord", error);
    while (z.next()) {
        checkOrder(z, z.integer(), p.zones.size());
        Zone zone;
        zone.id = z.text();
        zone.name = z.optText();
        zone.type = z.text();
        p.zones.push_back(std::move(zone));
    }
}

void readElements(sqlite3* db, std::vector<Element>& elements, std::string& error) {
    Query q(
        db, "elements",
        "SELECT ord, id, kind, name, zone, subsystem, position_x, position_y, identifier, has_interfaces, "
        "has_protocols, has_compute, compute_cores, compute_mips_per_core, compute_ram_mb, "
        "compute_storage_mb, has_vnf, vnf_cores, vnf_cost_per_core, vnf_cost_function, vnf_alpha1, "
        "vnf_alpha2, vnf_beta, vnf_gamma1, vnf_gamma2, has_capacity, has_power, power_idle_w, power_max_w, "
        "has_radio, radio_tx_power_w, radio_channel_gain, has_capabilities FROM elements ORDER BY ord",
        error);
    while (q.next()) {
        checkOrder(q, q.integer(), elements.size());
        Element& e = elements.emplace_back();
        e.id = q.text();
        e.kind = q.text();
        e.name = q.optText();
        e.zone = q.optText();
        e.subsystem = q.optText();
        e.position = readPoint(q);
        e.identifier = q.optText();
        if (q.flag())
            e.interfaces.emplace();
        if (q.flag())
            e.protocols.emplace();
        // Columns of a group are read either way (to keep the column order) but kept only when
        // its has_* flag is set.
        bool hasCompute = q.flag();
        Compute c;
        c.cores = q.optInteger();
        c.mips_per_core = q.optReal();
        c.ram_mb = q.optReal();
        c.storage_mb = q.optReal();
        if (hasCompute)
            e.compute = c;
        bool hasVnf = q.flag();
        Vnf v;
        v.cores = q.optInteger();
        v.cost_per_core = q.optReal();
        v.cost_function = parseEnum<CostFunction>(q, q.optText(), costFunctionFromString, "cost function");
        for (auto* param : {&v.alpha1, &v.alpha2, &v.beta, &v.gamma1, &v.gamma2})
            *param = q.optReal();
        if (hasVnf)
            e.vnf = v;
        if (q.flag())
            e.capacity.emplace();
        bool hasPower = q.flag();
        Power power{q.optReal(), q.optReal()};
        if (hasPower)
            e.power = power;
        bool hasRadio = q.flag();
        Radio radio{q.optReal(), q.optReal()};
        if (hasRadio)
            e.radio = radio;
        if (q.flag())
            e.capabilities.emplace();
    }

    readChildren(db, "element_interfaces",
                 "SELECT element, medium FROM element_interfaces ORDER BY element, ord", elements, error,
                 [](Query& q, Element& e) { appendTo(q, e.interfaces, q.text(), "interfaces list"); });
    readChildren(db, "element_protocols",
                 "SELECT element, protocol FROM element_protocols ORDER BY element, ord", elements, error,
                 [](Query& q, Element& e) { appendTo(q, e.protocols, q.text(), "protocols list"); });
    readChildren(db, "element_capacity", "SELECT element, resource, amount FROM element_capacity", elements,
                 error, [](Query& q, Element& e) {
                     std::string resource = q.text();
                     insertInto(q, e.capacity, resource, q.real(), "capacity map");
                 });
    readChildren(db, "element_capabilities", "SELECT element, capability, rating FROM element_capabilities",
                 elements, error, [](Query& q, Element& e) {
                     std::string capability = q.text();
                     long long rating = q.integer();
                     if (rating < INT_MIN || rating > INT_MAX)
                         q.fail("rating " + std::to_string(rating) + " is out of range");
                     insertInto(q, e.capabilities, capability, static_cast<int>(rating), "capabilities map");
                 });
    readChildren(db, "element_properties", "SELECT element, key, value FROM element_properties", elements,
                 error, [](Query& q, Element& e) {
                     std::string key = q.text();
                     if (!e.properties.emplace(key, q.text()).second)
                         q.fail("repeats the key '" + key + "'");
                 });
}

void readLinks(sqlite3* db, std::vector<Link>& links, std::string& error) {
    Query q(
        db, "links",
        "SELECT ord, id, from_element, to_element, medium, bandwidth_mbps, latency_ms, loss, cost_per_mbps, "
        "channel_mhz, noise_w FROM links ORDER BY ord",
        error);
    while (q.next()) {
        checkOrder(q, q.integer(), links.size());
        Link& l = links.emplace_back();
        l.id = q.optText();
        l.from = q.text();
        l.to = q.text();
        l.medium = q.text();
        for (auto* value :
             {&l.bandwidth_mbps, &l.latency_ms, &l.loss, &l.cost_per_mbps, &l.channel_mhz, &l.noise_w})
            *value = q.optReal();
    }
    readChildren(db, "link_properties", "SELECT link, key, value FROM link_properties", links, error,
                 [](Query& q, Link& l) {
                     std::string key = q.text();
                     if (!l.properties.emplace(key, q.text()).second)
                         q.fail("repeats the key '" + key + "'");
                 });
}

void readApplications(sqlite3* db, Project& p, std::string& error) {
    Query s(db, "subsystems", "SELECT ord, id, name, priority FROM subsystems ORDER BY ord", error);
    while (s.next()) {
        checkOrder(s, s.integer(), p.subsystems.size());
        Subsystem& sub = p.subsystems.emplace_back();
        sub.id = s.text();
        sub.name = s.optText();
        sub.priority = s.optInteger();
    }

    Query q(db, "applications",
            "SELECT ord, id, subsystem, priority, has_generated_by, generated_by_has_kinds, "
            "generated_by_has_elements, arrival_type, arrival_rate_per_s, arrival_period_s, data_kb_dist, "
            "data_kb_a, data_kb_b, result_kb_dist, result_kb_a, result_kb_b, instructions_mi_dist, "
            "instructions_mi_a, instructions_mi_b, max_latency_ms, offloadable, container_mb, has_demands, "
            "has_request, has_hosts FROM applications ORDER BY ord",
            error);
    while (q.next()) {
        checkOrder(q, q.integer(), p.applications.size());
        Application& a = p.applications.emplace_back();
        a.id = q.text();
        a.subsystem = q.optText();
        a.priority = q.optInteger();
        bool hasGeneratedBy = q.flag();
        GeneratedBy g;
        if (q.flag())
            g.kinds.emplace();
        if (q.flag())
            g.elements.emplace();
        if (hasGeneratedBy)
            a.generated_by = g;
        auto arrivalType = parseEnum<ArrivalType>(q, q.optText(), arrivalTypeFromString, "arrival type");
        Arrival arrival;
        arrival.rate_per_s = q.optReal();
        arrival.period_s = q.optReal();
        if (arrivalType) {
            arrival.type = *arrivalType;
            a.arrival = arrival;
        }
        a.data_kb = readQuantity(q);
        a.result_kb = readQuantity(q);
        a.instructions_mi = readQuantity(q);
        a.max_latency_ms = q.optReal();
        a.offloadable = q.optFlag();
        a.container_mb = q.optReal();
        if (q.flag())
            a.demands.emplace();
        if (q.flag())
            a.request.emplace();
        if (q.flag())
            a.hosts.emplace();
    }

    readChildren(
        db, "application_generated_by",
        "SELECT application, source, value FROM application_generated_by ORDER BY application, source, ord",
        p.applications, error, [](Query& q, Application& a) {
            std::string source = q.text();
            std::string value = q.text();
            if (!a.generated_by)
                q.fail("belongs to a generated_by map that is marked absent");
            else if (source == "kind")
                appendTo(q, a.generated_by->kinds, std::move(value), "generated_by kinds list");
            else if (source == "element")
                appendTo(q, a.generated_by->elements, std::move(value), "generated_by elements list");
            else
                q.fail("unknown source '" + source + "'");
        });
    readChildren(db, "application_demands",
                 "SELECT application, resource, committed, peak FROM application_demands", p.applications,
                 error, [](Query& q, Application& a) {
                     std::string resource = q.text();
                     Demand d;
                     d.committed = q.real();
                     d.peak = q.real();
                     insertInto(q, a.demands, resource, d, "demands map");
                 });
    readChildren(db, "application_request", "SELECT application, resource, amount FROM application_request",
                 p.applications, error, [](Query& q, Application& a) {
                     std::string resource = q.text();
                     insertInto(q, a.request, resource, q.real(), "request map");
                 });
    readChildren(db, "application_hosts",
                 "SELECT application, element FROM application_hosts ORDER BY application, ord",
                 p.applications, error,
                 [](Query& q, Application& a) { appendTo(q, a.hosts, q.text(), "hosts list"); });
}

void readSlicing(sqlite3* db, Project& p, std::string& error) {
    Query t(db, "vnf_types", "SELECT ord, id, cores, processing_ms FROM vnf_types ORDER BY ord", error);
    while (t.next()) {
        checkOrder(t, t.integer(), p.vnf_types.size());
        VnfType& type = p.vnf_types.emplace_back();
        type.id = t.text();
        type.cores = t.integer();
        type.processing_ms = t.optReal();
    }
    Query q(
        db, "services",
        "SELECT ord, id, class, source, destination, has_chain, bandwidth_mbps, max_delay_ms FROM services "
        "ORDER BY ord",
        error);
    while (q.next()) {
        checkOrder(q, q.integer(), p.services.size());
        Service& s = p.services.emplace_back();
        s.id = q.text();
        s.service_class = q.optText();
        s.source = q.text();
        s.destination = q.text();
        if (q.flag())
            s.chain.emplace();
        s.bandwidth_mbps = q.real();
        s.max_delay_ms = q.real();
    }
    readChildren(db, "service_chain", "SELECT service, vnf_type FROM service_chain ORDER BY service, ord",
                 p.services, error, [](Query& q, Service& s) { appendTo(q, s.chain, q.text(), "chain"); });
}

void readScenarios(sqlite3* db, std::vector<Scenario>& scenarios, std::string& error) {
    Query q(db, "scenarios",
            "SELECT ord, id, duration_s, warmup_s, seed, policy, sample_interval_s, has_device_counts, "
            "replications, has_mobility, mobility_speed_mps, mobility_range_m, area_x, area_y FROM scenarios "
            "ORDER BY ord",
            error);
    while (q.next()) {
        checkOrder(q, q.integer(), scenarios.size());
        Scenario& s = scenarios.emplace_back();
        s.id = q.text();
        s.duration_s = q.real();
        s.warmup_s = q.optReal();
        s.seed = q.optInteger();
        s.policy = q.optText();
        s.sample_interval_s = q.optReal();
        if (q.flag())
            s.device_counts.emplace();
        s.replications = q.optInteger();
        bool hasMobility = q.flag();
        Mobility m{q.optReal(), q.optReal()};
        if (hasMobility)
            s.mobility = m;
        s.area_m = readPoint(q);
    }
    readChildren(
        db, "scenario_device_counts",
        "SELECT scenario, devices FROM scenario_device_counts ORDER BY scenario, ord", scenarios, error,
        [](Query& q, Scenario& s) { appendTo(q, s.device_counts, q.integer(), "device_counts list"); });
}

void readResults(sqlite3* db, std::vector<StoredResult>& results, std::string& error) {
    Query q(db, "results",
            "SELECT id, ord, kind, method, parameters, created, json FROM results ORDER BY ord", error);
    while (q.next()) {
        StoredResult r;
        r.id = q.integer();
        checkOrder(q, q.integer(), results.size());
        r.kind = q.text();
        r.method = q.text();
        r.parameters = q.text();
        r.created = q.text();
        r.json = q.text();
        results.push_back(std::move(r));
    }
}

} // namespace

std::string readProjectTables(sqlite3* db, Project& out) {
    std::string error;
    Project p;
    readProjectRow(db, p, error);
    readElements(db, p.elements, error);
    readLinks(db, p.links, error);
    readApplications(db, p, error);
    readSlicing(db, p, error);
    readScenarios(db, p.scenarios, error);
    readResults(db, p.results, error);
    if (error.empty())
        out = std::move(p);
    return error;
}

} // namespace iiot::model::detail
