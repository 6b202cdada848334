#include "simulation_json.h"

#include "model/json_writer.h"

#include <cctype>
#include <cstdio>

namespace iiot::sim {

namespace {

void failures(model::JsonWriter& w, const Failures& f) {
    w.key("failures").beginObject();
    w.field("latency", f.latency);
    w.field("no_destination", f.no_destination);
    w.field("insufficient_resources", f.insufficient_resources);
    w.field("mobility", f.mobility);
    w.field("device_dead", f.device_dead);
    w.endObject();
}

void delays(model::JsonWriter& w, const DelayStats& d) {
    w.key("delay_ms").beginObject();
    w.field("mean", d.mean);
    w.field("p50", d.p50);
    w.field("p95", d.p95);
    w.field("p99", d.p99);
    w.endObject();
}

void estimateField(model::JsonWriter& w, const char* name, const Estimate& e) {
    w.key(name).beginObject();
    w.field("mean", e.mean);
    w.field("ci95", e.ci95);
    w.endObject();
}

void run(model::JsonWriter& w, const RunResult& r) {
    w.beginObject();
    w.field("scenario", r.scenario);
    w.field("devices", r.devices);
    w.field("policy", toString(r.policy));
    w.field("seed", static_cast<long long>(r.seed));
    w.field("tasks", r.tasks);
    w.field("succeeded", r.succeeded);
    w.field("finished", r.finished);
    w.field("success_rate", r.success_rate);
    failures(w, r.failures);
    w.field("unfinished", r.unfinished);
    delays(w, r.delay_ms);
    w.key("cpu_utilization").beginObject();
    w.field("local", r.cpu_utilization[kLocal]);
    w.field("edge", r.cpu_utilization[kEdge]);
    w.field("cloud", r.cpu_utilization[kCloud]);
    w.endObject();
    w.key("network_utilization").beginObject();
    w.field("lan", r.network_utilization[kLan]);
    w.field("wan", r.network_utilization[kWan]);
    w.endObject();
    w.field("energy_j", r.energy_j);
    w.field("mean_tasks_in_system", r.mean_tasks_in_system);
    w.field("throughput_per_s", r.throughput_per_s);
    w.field("events", r.events);
    w.field("wall_s", r.wall_s);
    w.key("applications").beginArray();
    for (const auto& a : r.applications) {
        w.beginObject();
        w.field("id", a.id);
        w.field("tasks", a.tasks);
        w.field("succeeded", a.succeeded);
        w.field("finished", a.finished);
        w.field("success_rate", a.success_rate);
        failures(w, a.failures);
        w.field("unfinished", a.unfinished);
        delays(w, a.delay_ms);
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

} // namespace

std::string simulationJson(const SimulationReport& report, bool pretty) {
    model::JsonWriter w(pretty);
    w.beginObject();
    w.key("runs").beginArray();
    for (const auto& r : report.runs)
        run(w, r);
    w.endArray();
    w.key("summaries").beginArray();
    for (const auto& s : report.summaries) {
        w.beginObject();
        w.field("scenario", s.scenario);
        w.field("devices", s.devices);
        w.field("policy", toString(s.policy));
        w.field("replications", s.replications);
        estimateField(w, "success_rate", s.success_rate);
        estimateField(w, "delay_mean_ms", s.delay_mean_ms);
        estimateField(w, "delay_p95_ms", s.delay_p95_ms);
        estimateField(w, "cpu_local", s.cpu_local);
        estimateField(w, "cpu_edge", s.cpu_edge);
        estimateField(w, "cpu_cloud", s.cpu_cloud);
        estimateField(w, "lan", s.lan);
        estimateField(w, "wan", s.wan);
        estimateField(w, "energy_j", s.energy_j);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.str();
}

std::string timeSeriesCsv(const RunResult& run) {
    std::string out = "time_s,cpu_local,cpu_edge,cpu_cloud,lan,wan,generated,finished,failed\n";
    char line[256];
    for (const auto& s : run.series) {
        std::snprintf(line, sizeof line, "%.10g,%.9g,%.9g,%.9g,%.9g,%.9g,%lld,%lld,%lld\n", s.time_s,
                      s.cpu[0], s.cpu[1], s.cpu[2], s.network[0], s.network[1], s.generated, s.finished,
                      s.failed);
        out += line;
    }
    return out;
}

std::string timeSeriesFileName(const RunResult& run) {
    std::string name = run.scenario + "-" + toString(run.policy) + "-" + std::to_string(run.devices) +
                       "-seed" + std::to_string(run.seed) + ".csv";
    for (char& c : name)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.'))
            c = '_';
    return name;
}

} // namespace iiot::sim
