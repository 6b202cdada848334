// The project document: every entity and field of the project format, version 1.
// Optional fields stay optional here so that a file round-trips exactly; engines resolve
// defaults through the type library (see effective_values.h).
#pragma once

#include "distribution.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace iiot::model {

inline constexpr const char* kFormatId = "iiot-workbench/1";

enum class FrameworkLevel { Integration, Interconnection, InformationFusion };

struct LayerTargets {
    std::optional<FrameworkLevel> device, network, service, trust;
    bool operator==(const LayerTargets&) const = default;
};

struct Zone {
    std::string id;
    std::optional<std::string> name;
    std::string type; // a zone type of the type library
    bool operator==(const Zone&) const = default;
};

struct Position {
    double x = 0, y = 0;
    bool operator==(const Position&) const = default;
};

struct Compute {
    std::optional<long long> cores;
    std::optional<double> mips_per_core, ram_mb, storage_mb;
    bool operator==(const Compute&) const = default;
};

enum class CostFunction { Linear, Step, Inverse, Exponential };

struct Vnf {
    std::optional<long long> cores;
    std::optional<double> cost_per_core;
    std::optional<CostFunction> cost_function;
    // Node-cost parameters of the slicing model (MODELS.md section 4).
    std::optional<double> alpha1, alpha2, beta, gamma1, gamma2;
    bool operator==(const Vnf&) const = default;
};

struct Power {
    std::optional<double> idle_w, max_w;
    bool operator==(const Power&) const = default;
};

struct Radio {
    std::optional<double> tx_power_w, channel_gain;
    bool operator==(const Radio&) const = default;
};

struct Element {
    std::string id;
    std::string kind;
    std::optional<std::string> name;
    std::optional<std::string> zone;
    std::optional<std::string> subsystem;
    std::optional<Position> position;
    std::optional<std::string> identifier;
    std::optional<std::vector<std::string>> interfaces; // replaces the kind's default when present
    std::optional<std::vector<std::string>> protocols;  // replaces the kind's default when present
    std::optional<Compute> compute;
    std::optional<Vnf> vnf;
    std::optional<std::map<std::string, double>> capacity;
    std::optional<Power> power;
    std::optional<Radio> radio;
    // Present (even empty) replaces the kind's defaults entirely.
    std::optional<std::map<std::string, int>> capabilities;
    std::map<std::string, std::string> properties;

    const std::string& displayName() const { return name ? *name : id; }
    bool operator==(const Element&) const = default;
};

struct Link {
    std::optional<std::string> id; // absent: generated on load, see Project::ensureLinkIds
    std::string from, to;
    std::string medium;
    std::optional<double> bandwidth_mbps, latency_ms, loss, cost_per_mbps, channel_mhz, noise_w;
    std::map<std::string, std::string> properties; // free text, kept and shown, not interpreted
    bool operator==(const Link&) const = default;
};

struct Subsystem {
    std::string id;
    std::optional<std::string> name;
    std::optional<long long> priority;
    bool operator==(const Subsystem&) const = default;
};

enum class ArrivalType { Poisson, Periodic, Once };

struct Arrival {
    ArrivalType type = ArrivalType::Poisson;
    std::optional<double> rate_per_s; // poisson
    std::optional<double> period_s;   // periodic
    bool operator==(const Arrival&) const = default;
};

struct GeneratedBy {
    // Exactly one of the two lists is present when the map is given.
    std::optional<std::vector<std::string>> kinds;
    std::optional<std::vector<std::string>> elements;
    bool operator==(const GeneratedBy&) const = default;
};

struct Demand {
    double committed = 0, peak = 0;
    bool operator==(const Demand&) const = default;
};

struct Application {
    std::string id;
    std::optional<std::string> subsystem;
    std::optional<long long> priority;
    std::optional<GeneratedBy> generated_by;
    std::optional<Arrival> arrival;
    std::optional<Quantity> data_kb, result_kb, instructions_mi;
    std::optional<double> max_latency_ms;
    std::optional<bool> offloadable;
    std::optional<double> container_mb;
    std::optional<std::map<std::string, Demand>> demands;
    std::optional<std::map<std::string, double>> request;
    std::optional<std::vector<std::string>> hosts;
    bool operator==(const Application&) const = default;
};

struct VnfType {
    std::string id;
    long long cores = 1;
    std::optional<double> processing_ms;
    bool operator==(const VnfType&) const = default;
};

struct Service {
    std::string id;
    std::optional<std::string> service_class; // `class` in the file
    std::string source, destination;
    std::optional<std::vector<std::string>> chain;
    double bandwidth_mbps = 0;
    double max_delay_ms = 0;
    bool operator==(const Service&) const = default;
};

struct Mobility {
    std::optional<double> speed_mps, range_m;
    bool operator==(const Mobility&) const = default;
};

struct Scenario {
    std::string id;
    double duration_s = 0;
    std::optional<double> warmup_s;
    std::optional<long long> seed;
    std::optional<std::string> policy;
    std::optional<double> sample_interval_s;
    std::optional<std::vector<long long>> device_counts;
    std::optional<long long> replications;
    std::optional<Mobility> mobility;
    std::optional<Position> area_m;
    bool operator==(const Scenario&) const = default;
};

// A stored analysis or simulation result (kept in the .iiotw file only).
struct StoredResult {
    long long id = 0;       // row id in the project file; 0 when not stored yet
    std::string kind;       // coverage | allocate | slice | offload | simulate
    std::string method;     // e.g. greedy, stnra, edge-cloud
    std::string parameters; // JSON object
    std::string created;    // ISO 8601 UTC
    std::string json;       // the result document
    bool operator==(const StoredResult&) const = default;
};

struct Project {
    std::string format = kFormatId;
    std::string name;
    std::optional<std::string> description;
    std::optional<LayerTargets> targets;
    std::optional<std::map<std::string, long long>> capability_weights;
    std::vector<Zone> zones;
    std::vector<Element> elements;
    std::vector<Link> links;
    std::vector<Subsystem> subsystems;
    std::vector<Application> applications;
    std::vector<VnfType> vnf_types;
    std::vector<Service> services;
    std::vector<Scenario> scenarios;
    std::vector<StoredResult> results;

    // Gives every link without an id a fresh one ("l1", "l2", ... skipping ids in use).
    void ensureLinkIds();

    const Element* findElement(const std::string& id) const;
    bool operator==(const Project&) const = default;
};

const char* toString(FrameworkLevel level);
std::optional<FrameworkLevel> frameworkLevelFromString(const std::string& s);
const char* toString(CostFunction f);
std::optional<CostFunction> costFunctionFromString(const std::string& s);
const char* toString(ArrivalType t);
std::optional<ArrivalType> arrivalTypeFromString(const std::string& s);

} // namespace iiot::model
