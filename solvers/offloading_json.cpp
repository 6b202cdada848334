// The `iiot-cli offload --json` document (FORMAT.md section 5). Fields beyond the contract: `seed`,
// `sweeps`, `modes{local,edge,cloud}` counts, and per task `max_latency_ms`, `data_kb`,
// `instructions_mi`, `upload_ms`, `wait_ms`, `priority`. `converged` is written for the adaptive
// methods only. Infinite delays (a zero-capacity route) are written as null.
#include "offloading.h"

#include "model/json_writer.h"

namespace iiot::solvers {

std::string offloadJson(const OffloadResult& r) {
    model::JsonWriter j;
    j.beginObject().field("method", toString(r.method)).field("seed", static_cast<long long>(r.seed));
    j.field("total_delay_ms", r.total_delay_ms)
        .field("average_delay_ms", r.average_delay_ms)
        .field("reliability", r.reliability)
        .field("satisfaction", r.satisfaction);
    if (r.method == OffloadMethod::Astp || r.method == OffloadMethod::Ascm)
        j.field("converged", r.converged).field("sweeps", r.sweeps);
    long long counts[3] = {0, 0, 0};
    for (const auto& t : r.tasks)
        ++counts[static_cast<int>(t.mode)];
    j.key("modes").beginObject().field("local", counts[0]).field("edge", counts[1]).field("cloud", counts[2]);
    j.endObject();
    j.key("tasks").beginArray();
    for (const auto& t : r.tasks) {
        j.beginObject()
            .field("element", t.element)
            .field("application", t.application)
            .field("mode", toString(t.mode))
            .field("host", t.host)
            .field("delay_ms", t.delay_ms)
            .field("met", t.met)
            .field("max_latency_ms", t.max_latency_ms)
            .field("data_kb", t.data_kb)
            .field("instructions_mi", t.instructions_mi)
            .field("upload_ms", t.upload_ms)
            .field("wait_ms", t.wait_ms)
            .field("priority", t.priority)
            .endObject();
    }
    j.endArray().endObject();
    return j.str();
}

} // namespace iiot::solvers
