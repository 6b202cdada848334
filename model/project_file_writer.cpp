// Fills the tables of project_file_schema.cpp from a Project, one prepared statement per table.
// Text is written later in batches without a copy (see sql::Insert): pass only strings of the
// project itself or static strings, never those of a local copy.
#include "project_file_sql.h"
#include "project_file_tables.h"

namespace iiot::model::detail {

namespace {

using sql::Insert;

// Enum names are static strings; nullptr stores NULL for an absent value.
template <typename E> const char* enumText(const std::optional<E>& value) {
    return value ? toString(*value) : nullptr;
}

void addQuantity(Insert& insert, const std::optional<Quantity>& q) {
    if (!q) {
        insert.null().null().null();
        return;
    }
    insert.text(toString(q->kind)).real(q->a).real(q->b);
}

void writeProjectRow(sqlite3* db, const Project& p, std::string& error) {
    Insert project(db, "project",
                   {"singleton", "format", "name", "description", "has_targets", "target_device",
                    "target_network", "target_service", "target_trust", "has_capability_weights"},
                   error);
    const LayerTargets targets = p.targets.value_or(LayerTargets{});
    project.integer(1).text(p.format).text(p.name).text(p.description).flag(p.targets.has_value());
    project.text(enumText(targets.device)).text(enumText(targets.network));
    project.text(enumText(targets.service)).text(enumText(targets.trust));
    project.flag(p.capability_weights.has_value()).row();

    Insert weights(db, "capability_weights", {"capability", "weight"}, error);
    if (p.capability_weights)
        for (const auto& [capability, weight] : *p.capability_weights)
            weights.text(capability).integer(weight).row();

    Insert zones(db, "zones", {"ord", "id", "name", "type"}, error);
    for (std::size_t i = 0; i < p.zones.size(); ++i)
        zones.integer(static_cast<long long>(i))
            .text(p.zones[i].id)
            .text(p.zones[i].name)
            .text(p.zones[i].type)
            .row();
}

void writeElements(sqlite3* db, const std::vector<Element>& elements, std::string& error) {
    Insert row(db, "elements",
               {"ord",
                "id",
                "kind",
                "name",
                "zone",
                "subsystem",
                "position_x",
                "position_y",
                "identifier",
                "has_interfaces",
                "has_protocols",
                "has_compute",
                "compute_cores",
                "compute_mips_per_core",
                "compute_ram_mb",
                "compute_storage_mb",
                "has_vnf",
                "vnf_cores",
                "vnf_cost_per_core",
                "vnf_cost_function",
                "vnf_alpha1",
                "vnf_alpha2",
                "vnf_beta",
                "vnf_gamma1",
                "vnf_gamma2",
                "has_capacity",
                "has_power",
                "power_idle_w",
                "power_max_w",
                "has_radio",
                "radio_tx_power_w",
                "radio_channel_gain",
                "has_capabilities"},
               error);
    Insert interfaces(db, "element_interfaces", {"element", "ord", "medium"}, error);
    Insert protocols(db, "element_protocols", {"element", "ord", "protocol"}, error);
    Insert capacity(db, "element_capacity", {"element", "resource", "amount"}, error);
    Insert capabilities(db, "element_capabilities", {"element", "capability", "rating"}, error);
    Insert properties(db, "element_properties", {"element", "key", "value"}, error);

    for (std::size_t i = 0; i < elements.size() && error.empty(); ++i) {
        const Element& e = elements[i];
        const auto ord = static_cast<long long>(i);
        row.integer(ord).text(e.id).text(e.kind).text(e.name).text(e.zone).text(e.subsystem);
        if (e.position)
            row.real(e.position->x).real(e.position->y);
        else
            row.null().null();
        row.text(e.identifier).flag(e.interfaces.has_value()).flag(e.protocols.has_value());
        const Compute c = e.compute.value_or(Compute{});
        row.flag(e.compute.has_value())
            .integer(c.cores)
            .real(c.mips_per_core)
            .real(c.ram_mb)
            .real(c.storage_mb);
        const Vnf v = e.vnf.value_or(Vnf{});
        row.flag(e.vnf.has_value()).integer(v.cores).real(v.cost_per_core);
        row.text(enumText(v.cost_function));
        row.real(v.alpha1).real(v.alpha2).real(v.beta).real(v.gamma1).real(v.gamma2);
        row.flag(e.capacity.has_value());
        const Power power = e.power.value_or(Power{});
        row.flag(e.power.has_value()).real(power.idle_w).real(power.max_w);
        const Radio radio = e.radio.value_or(Radio{});
        row.flag(e.radio.has_value()).real(radio.tx_power_w).real(radio.channel_gain);
        row.flag(e.capabilities.has_value()).row();

        if (e.interfaces)
            for (std::size_t k = 0; k < e.interfaces->size(); ++k)
                interfaces.integer(ord).integer(static_cast<long long>(k)).text((*e.interfaces)[k]).row();
        if (e.protocols)
            for (std::size_t k = 0; k < e.protocols->size(); ++k)
                protocols.integer(ord).integer(static_cast<long long>(k)).text((*e.protocols)[k]).row();
        if (e.capacity)
            for (const auto& [resource, amount] : *e.capacity)
                capacity.integer(ord).text(resource).real(amount).row();
        if (e.capabilities)
            for (const auto& [capability, rating] : *e.capabilities)
                capabilities.integer(ord).text(capability).integer(rating).row();
        for (const auto& [key, value] : e.properties)
            properties.integer(ord).text(key).text(value).row();
    }
}

void writeLinks(sqlite3* db, const std::vector<Link>& links, std::string& error) {
    Insert row(db, "links",
               {"ord", "id", "from_element", "to_element", "medium", "bandwidth_mbps", "latency_ms", "loss",
                "cost_per_mbps", "channel_mhz", "noise_w"},
               error);
    Insert properties(db, "link_properties", {"link", "key", "value"}, error);
    for (std::size_t i = 0; i < links.size() && error.empty(); ++i) {
        const Link& l = links[i];
        row.integer(static_cast<long long>(i)).text(l.id).text(l.from).text(l.to).text(l.medium);
        row.real(l.bandwidth_mbps).real(l.latency_ms).real(l.loss).real(l.cost_per_mbps);
        row.real(l.channel_mhz).real(l.noise_w).row();
        for (const auto& [key, value] : l.properties)
            properties.integer(static_cast<long long>(i)).text(key).text(value).row();
    }
}

void writeApplications(sqlite3* db, const Project& p, std::string& error) {
    Insert subsystems(db, "subsystems", {"ord", "id", "name", "priority"}, error);
    for (std::size_t i = 0; i < p.subsystems.size(); ++i) {
        const Subsystem& s = p.subsystems[i];
        subsystems.integer(static_cast<long long>(i)).text(s.id).text(s.name).integer(s.priority).row();
    }

    Insert row(db, "applications",
               {"ord",
                "id",
                "subsystem",
                "priority",
                "has_generated_by",
                "generated_by_has_kinds",
                "generated_by_has_elements",
                "arrival_type",
                "arrival_rate_per_s",
                "arrival_period_s",
                "data_kb_dist",
                "data_kb_a",
                "data_kb_b",
                "result_kb_dist",
                "result_kb_a",
                "result_kb_b",
                "instructions_mi_dist",
                "instructions_mi_a",
                "instructions_mi_b",
                "max_latency_ms",
                "offloadable",
                "container_mb",
                "has_demands",
                "has_request",
                "has_hosts"},
               error);
    Insert generators(db, "application_generated_by", {"application", "source", "ord", "value"}, error);
    Insert demands(db, "application_demands", {"application", "resource", "committed", "peak"}, error);
    Insert request(db, "application_request", {"application", "resource", "amount"}, error);
    Insert hosts(db, "application_hosts", {"application", "ord", "element"}, error);

    for (std::size_t i = 0; i < p.applications.size() && error.empty(); ++i) {
        const Application& a = p.applications[i];
        const auto ord = static_cast<long long>(i);
        // A reference, not a copy: text values are written later, in batches.
        static const GeneratedBy none;
        const GeneratedBy& g = a.generated_by ? *a.generated_by : none;
        row.integer(ord).text(a.id).text(a.subsystem).integer(a.priority);
        row.flag(a.generated_by.has_value()).flag(g.kinds.has_value()).flag(g.elements.has_value());
        if (a.arrival)
            row.text(toString(a.arrival->type)).real(a.arrival->rate_per_s).real(a.arrival->period_s);
        else
            row.null().null().null();
        addQuantity(row, a.data_kb);
        addQuantity(row, a.result_kb);
        addQuantity(row, a.instructions_mi);
        row.real(a.max_latency_ms);
        if (a.offloadable)
            row.flag(*a.offloadable);
        else
            row.null();
        row.real(a.container_mb).flag(a.demands.has_value()).flag(a.request.has_value());
        row.flag(a.hosts.has_value()).row();

        auto addList = [&](const char* source, const std::optional<std::vector<std::string>>& list) {
            if (list)
                for (std::size_t k = 0; k < list->size(); ++k)
                    generators.integer(ord)
                        .text(source)
                        .integer(static_cast<long long>(k))
                        .text((*list)[k])
                        .row();
        };
        addList("kind", g.kinds);
        addList("element", g.elements);
        if (a.demands)
            for (const auto& [resource, d] : *a.demands)
                demands.integer(ord).text(resource).real(d.committed).real(d.peak).row();
        if (a.request)
            for (const auto& [resource, amount] : *a.request)
                request.integer(ord).text(resource).real(amount).row();
        if (a.hosts)
            for (std::size_t k = 0; k < a.hosts->size(); ++k)
                hosts.integer(ord).integer(static_cast<long long>(k)).text((*a.hosts)[k]).row();
    }
}

void writeSlicing(sqlite3* db, const Project& p, std::string& error) {
    Insert types(db, "vnf_types", {"ord", "id", "cores", "processing_ms"}, error);
    for (std::size_t i = 0; i < p.vnf_types.size(); ++i) {
        const VnfType& t = p.vnf_types[i];
        types.integer(static_cast<long long>(i)).text(t.id).integer(t.cores).real(t.processing_ms).row();
    }
    Insert services(
        db, "services",
        {"ord", "id", "class", "source", "destination", "has_chain", "bandwidth_mbps", "max_delay_ms"},
        error);
    Insert chain(db, "service_chain", {"service", "ord", "vnf_type"}, error);
    for (std::size_t i = 0; i < p.services.size() && error.empty(); ++i) {
        const Service& s = p.services[i];
        const auto ord = static_cast<long long>(i);
        services.integer(ord).text(s.id).text(s.service_class).text(s.source).text(s.destination);
        services.flag(s.chain.has_value()).real(s.bandwidth_mbps).real(s.max_delay_ms).row();
        if (s.chain)
            for (std::size_t k = 0; k < s.chain->size(); ++k)
                chain.integer(ord).integer(static_cast<long long>(k)).text((*s.chain)[k]).row();
    }
}

void writeScenarios(sqlite3* db, const std::vector<Scenario>& scenarios, std::string& error) {
    Insert row(db, "scenarios",
               {"ord", "id", "duration_s", "warmup_s", "seed", "policy", "sample_interval_s",
                "has_device_counts", "replications", "has_mobility", "mobility_speed_mps", "mobility_range_m",
                "area_x", "area_y"},
               error);
    Insert counts(db, "scenario_device_counts", {"scenario", "ord", "devices"}, error);
    for (std::size_t i = 0; i < scenarios.size() && error.empty(); ++i) {
        const Scenario& s = scenarios[i];
        const auto ord = static_cast<long long>(i);
        row.integer(ord).text(s.id).real(s.duration_s).real(s.warmup_s).integer(s.seed).text(s.policy);
        row.real(s.sample_interval_s).flag(s.device_counts.has_value()).integer(s.replications);
        const Mobility m = s.mobility.value_or(Mobility{});
        row.flag(s.mobility.has_value()).real(m.speed_mps).real(m.range_m);
        if (s.area_m)
            row.real(s.area_m->x).real(s.area_m->y);
        else
            row.null().null();
        row.row();
        if (s.device_counts)
            for (std::size_t k = 0; k < s.device_counts->size(); ++k)
                counts.integer(ord).integer(static_cast<long long>(k)).integer((*s.device_counts)[k]).row();
    }
}

void writeResults(sqlite3* db, const std::vector<StoredResult>& results, std::string& error) {
    Insert row(db, "results", {"id", "ord", "kind", "method", "parameters", "created", "json"}, error);
    // Results that already have an id keep it; new ones (id 0) get the next free ids afterwards,
    // so a fresh id never collides with one that comes later in the list.
    for (bool fresh : {false, true})
        for (std::size_t i = 0; i < results.size(); ++i) {
            const StoredResult& r = results[i];
            if ((r.id == 0) != fresh)
                continue;
            if (fresh)
                row.null();
            else
                row.integer(r.id);
            row.integer(static_cast<long long>(i)).text(r.kind).text(r.method).text(r.parameters);
            row.text(r.created).text(r.json).row();
        }
}

} // namespace

std::string writeProjectTables(sqlite3* db, const Project& project) {
    std::string error;
    writeProjectRow(db, project, error);
    writeElements(db, project.elements, error);
    writeLinks(db, project.links, error);
    writeApplications(db, project, error);
    writeSlicing(db, project, error);
    writeScenarios(db, project.scenarios, error);
    writeResults(db, project.results, error);
    return error;
}

} // namespace iiot::model::detail
