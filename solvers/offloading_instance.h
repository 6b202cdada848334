// The task set of computing-mode selection (MODELS.md section 5) resolved against the topology:
// each task's sizes, its available modes, and the route, host and bottleneck resources of its edge
// and cloud modes. Built once per run; the schedule evaluates mode assignments on it.
#pragma once

#include "model/project.h"
#include "model/type_library.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace iiot::solvers {

// One bottleneck resource on an upload route. The rate it offers a task is capacity / K, or the
// Shannon rate theta B log2(1 + signal / (theta noise)) with theta = 1 / K on a wireless hop whose
// sender has a radio and whose link has channel_mhz and noise_w.
struct UploadResource {
    std::size_t resource = 0; // Router resource index (link direction or shared channel)
    double capacity_bps = 0;  // capacity of the resource
    bool shannon = false;     // rate from the Shannon formula instead of capacity / K
    double bandwidth_hz = 0;  // B
    double signal_w = 0;      // P * g of the sender
    double noise_w = 0;       // noise over the whole channel
};

struct UploadRoute {
    std::size_t host = 0;                  // element index of the server
    std::size_t server = 0;                // index into OffloadInstance::edges or ::clouds
    double latency_ms = 0;                 // path latency
    std::vector<UploadResource> resources; // one entry per hop (a resource may repeat)
    std::vector<std::size_t> distinct;     // the route's resources, each once (counted in K)
};

struct ServerSpec {
    std::size_t element = 0;
    long long cores = 1;
    double mips_per_core = 0;
};

struct TaskSpec {
    std::size_t application = 0, element = 0; // project indices
    double data_kb = 0, instructions_mi = 0, max_latency_ms = 0;
    double local_mips = 0; // 0: no local mode
    bool offloadable = true;
    std::optional<UploadRoute> edge, cloud;
    std::uint64_t stream_key = 0; // identifies the task's random stream

    bool hasLocal() const { return local_mips > 0; }
    bool hasEdge() const { return offloadable && edge.has_value(); }
    bool hasCloud() const { return offloadable && cloud.has_value(); }
};

struct OffloadInstance {
    std::vector<TaskSpec> tasks;
    std::vector<ServerSpec> edges, clouds;
    std::size_t resource_count = 0;
};

// Builds the tasks (application order, then element order) with sizes drawn from each task's own
// stream of `seed`. Returns an error message instead when the problem cannot be set up.
std::optional<OffloadInstance> buildOffloadInstance(const model::Project& project,
                                                    const model::TypeLibrary& types, std::uint64_t seed,
                                                    std::string& error);

// Mixes the seed-independent key of a task (application and element ids) into a stream index.
std::uint64_t offloadStreamKey(const std::string& application, const std::string& element);

} // namespace iiot::solvers
