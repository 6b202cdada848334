// Schema version 2 of the project file (version 1 had no link_properties; see schema_migration.cpp).
//
// Conventions (they keep the file lossless for every Project value):
// - Each list of the project is a table whose `ord` (0-based position) is the primary key, so the
//   list order round-trips and child rows can refer to their parent row even while ids are
//   duplicated or empty in an unfinished project. References between entities (link endpoints,
//   zones, ...) are plain text: checking them is validation's job, not the file's.
// - An absent optional scalar is NULL. An optional group or list that may be present but empty
//   (compute: {}, interfaces: [], capabilities: {}) has a has_* flag (0/1) beside its columns or
//   its child table; child rows keep an `ord` where order matters and a key where it is a map.
// - Foreign keys are deferred to the commit, so a save may write rows in any order.
// - Child tables are WITHOUT ROWID: their primary key is the only b-tree, which halves the work
//   of a save and the size of the file.
// - Real-valued columns carry no declared type on purpose: REAL affinity would store -0.0 as the
//   integer 0. Values are bound as REAL, so typeof() still reports 'real' and every bit survives.
// - A distribution (Quantity) is three columns: <name>_dist (number | constant | uniform |
//   exponential | normal; NULL = absent), <name>_a and <name>_b (see distribution.h).
#include "project_file_tables.h"

namespace iiot::model::detail {

const char* const kProjectSchemaSql = R"sql(
CREATE TABLE project (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    format TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT,
    has_targets INTEGER NOT NULL,
    target_device TEXT,
    target_network TEXT,
    target_service TEXT,
    target_trust TEXT,
    has_capability_weights INTEGER NOT NULL
);
CREATE TABLE capability_weights (
    capability TEXT PRIMARY KEY,
    weight INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE zones (
    ord INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    name TEXT,
    type TEXT NOT NULL
);
CREATE TABLE elements (
    ord INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    kind TEXT NOT NULL,
    name TEXT,
    zone TEXT,
    subsystem TEXT,
    position_x,
    position_y,
    identifier TEXT,
    has_interfaces INTEGER NOT NULL,
    has_protocols INTEGER NOT NULL,
    has_compute INTEGER NOT NULL,
    compute_cores INTEGER,
    compute_mips_per_core,
    compute_ram_mb,
    compute_storage_mb,
    has_vnf INTEGER NOT NULL,
    vnf_cores INTEGER,
    vnf_cost_per_core,
    vnf_cost_function TEXT,
    vnf_alpha1,
    vnf_alpha2,
    vnf_beta,
    vnf_gamma1,
    vnf_gamma2,
    has_capacity INTEGER NOT NULL,
    has_power INTEGER NOT NULL,
    power_idle_w,
    power_max_w,
    has_radio INTEGER NOT NULL,
    radio_tx_power_w,
    radio_channel_gain,
    has_capabilities INTEGER NOT NULL
);
CREATE TABLE element_interfaces (
    element INTEGER NOT NULL REFERENCES elements (ord) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    ord INTEGER NOT NULL,
    medium TEXT NOT NULL,
    PRIMARY KEY (element, ord)
) WITHOUT ROWID;
CREATE TABLE element_protocols (
    element INTEGER NOT NULL REFERENCES elements (ord) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    ord INTEGER NOT NULL,
    protocol TEXT NOT NULL,
    PRIMARY KEY (element, ord)
) WITHOUT ROWID;
CREATE TABLE element_capacity (
    element INTEGER NOT NULL REFERENCES elements (ord) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    resource TEXT NOT NULL,
    amount NOT NULL,
    PRIMARY KEY (element, resource)
) WITHOUT ROWID;
CREATE TABLE element_capabilities (
    element INTEGER NOT NULL REFERENCES elements (ord) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    capability TEXT NOT NULL,
    rating INTEGER NOT NULL,
    PRIMARY KEY (element, capability)
) WITHOUT ROWID;
CREATE TABLE element_properties (
    element INTEGER NOT NULL REFERENCES elements (ord) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (element, key)
) WITHOUT ROWID;
CREATE TABLE links (
    ord INTEGER PRIMARY KEY,
    id TEXT,
    from_element TEXT NOT NULL,
    to_element TEXT NOT NULL,
    medium TEXT NOT NULL,
    bandwidth_mbps,
    latency_ms,
    loss,
    cost_per_mbps,
    channel_mhz,
    noise_w
);
CREATE TABLE link_properties (
    link INTEGER NOT NULL REFERENCES links (ord) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (link, key)
) WITHOUT ROWID;
CREATE TABLE subsystems (
    ord INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    name TEXT,
    priority INTEGER
);
CREATE TABLE applications (
    ord INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    subsystem TEXT,
    priority INTEGER,
    has_generated_by INTEGER NOT NULL,
    generated_by_has_kinds INTEGER NOT NULL,
    generated_by_has_elements INTEGER NOT NULL,
    arrival_type TEXT,
    arrival_rate_per_s,
    arrival_period_s,
    data_kb_dist TEXT,
    data_kb_a,
    data_kb_b,
    result_kb_dist TEXT,
    result_kb_a,
    result_kb_b,
    instructions_mi_dist TEXT,
    instructions_mi_a,
    instructions_mi_b,
    max_latency_ms,
    offloadable INTEGER,
    container_mb,
    has_demands INTEGER NOT NULL,
    has_request INTEGER NOT NULL,
    has_hosts INTEGER NOT NULL
);
CREATE TABLE application_generated_by (
    application INTEGER NOT NULL REFERENCES applications (ord) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    source TEXT NOT NULL CHECK (source IN ('kind', 'element')),
    ord INTEGER NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (application, source, ord)
) WITHOUT ROWID;
CREATE TABLE application_demands (
    application INTEGER NOT NULL REFERENCES applications (ord) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    resource TEXT NOT NULL,
    committed NOT NULL,
    peak NOT NULL,
    PRIMARY KEY (application, resource)
) WITHOUT ROWID;
CREATE TABLE application_request (
    application INTEGER NOT NULL REFERENCES applications (ord) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    resource TEXT NOT NULL,
    amount NOT NULL,
    PRIMARY KEY (application, resource)
) WITHOUT ROWID;
CREATE TABLE application_hosts (
    application INTEGER NOT NULL REFERENCES applications (ord) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    ord INTEGER NOT NULL,
    element TEXT NOT NULL,
    PRIMARY KEY (application, ord)
) WITHOUT ROWID;
CREATE TABLE vnf_types (
    ord INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    cores INTEGER NOT NULL,
    processing_ms
);
CREATE TABLE services (
    ord INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    class TEXT,
    source TEXT NOT NULL,
    destination TEXT NOT NULL,
    has_chain INTEGER NOT NULL,
    bandwidth_mbps NOT NULL,
    max_delay_ms NOT NULL
);
CREATE TABLE service_chain (
    service INTEGER NOT NULL REFERENCES services (ord) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    ord INTEGER NOT NULL,
    vnf_type TEXT NOT NULL,
    PRIMARY KEY (service, ord)
) WITHOUT ROWID;
CREATE TABLE scenarios (
    ord INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    duration_s NOT NULL,
    warmup_s,
    seed INTEGER,
    policy TEXT,
    sample_interval_s,
    has_device_counts INTEGER NOT NULL,
    replications INTEGER,
    has_mobility INTEGER NOT NULL,
    mobility_speed_mps,
    mobility_range_m,
    area_x,
    area_y
);
CREATE TABLE scenario_device_counts (
    scenario INTEGER NOT NULL REFERENCES scenarios (ord) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    ord INTEGER NOT NULL,
    devices INTEGER NOT NULL,
    PRIMARY KEY (scenario, ord)
) WITHOUT ROWID;
CREATE TABLE results (
    id INTEGER PRIMARY KEY,
    ord INTEGER NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    method TEXT NOT NULL,
    parameters TEXT NOT NULL,
    created TEXT NOT NULL,
    json TEXT NOT NULL
);
)sql";

const std::vector<std::string>& projectTableNames() {
    static const std::vector<std::string> names = {"project",
                                                   "capability_weights",
                                                   "zones",
                                                   "elements",
                                                   "element_interfaces",
                                                   "element_protocols",
                                                   "element_capacity",
                                                   "element_capabilities",
                                                   "element_properties",
                                                   "links",
                                                   "link_properties",
                                                   "subsystems",
                                                   "applications",
                                                   "application_generated_by",
                                                   "application_demands",
                                                   "application_request",
                                                   "application_hosts",
                                                   "vnf_types",
                                                   "services",
                                                   "service_chain",
                                                   "scenarios",
                                                   "scenario_device_counts",
                                                   "results"};
    return names;
}

} // namespace iiot::model::detail
