// Delays of every task for one assignment of computing modes (MODELS.md section 5, precise rules):
// static upload rates (capacity / K, or the Shannon rate on a wireless hop), local tasks of one
// element run one after another, the cloud runs without queueing, and each edge server is a
// work-conserving, non-preemptive multi-core queue in arrival or priority order.
#pragma once

#include "offloading.h"
#include "offloading_instance.h"

#include <cstddef>
#include <vector>

namespace iiot::solvers {

enum class QueueOrder { Arrival, Priority };

struct TaskTiming {
    double delay_ms = 0;
    double upload_ms = 0; // transfer plus path latency; 0 when local
    double wait_ms = 0;   // queued (edge) or behind earlier local tasks
    double priority = 0;  // p at its edge server
};

// The priority p_i = mu1 alpha_i + mu2 beta_i of each listed task within that set.
std::vector<double> taskPriorities(const OffloadInstance& inst, const std::vector<std::size_t>& tasks,
                                   double mu1, double mu2);

// Upload rate in bit/s a resource gives one of K transfers.
double uploadShareBps(const UploadResource& r, std::size_t k);

class OffloadSchedule {
public:
    OffloadSchedule(const OffloadInstance& inst, QueueOrder order, double mu1, double mu2);

    // Delays for the modes (one per task); `out` is resized and overwritten. Scratch buffers are
    // kept between calls: the adaptive sweep evaluates thousands of assignments.
    void evaluate(const std::vector<ComputingMode>& modes, std::vector<TaskTiming>& out);
    // The task's delay in a mode as if no other task were offloaded or run on its element.
    double aloneDelayMs(std::size_t task, ComputingMode mode) const;

private:
    const UploadRoute& route(std::size_t task, ComputingMode mode) const;
    void runEdgeServer(const std::vector<std::size_t>& members, std::vector<TaskTiming>& out);

    const OffloadInstance& inst_;
    QueueOrder order_;
    double mu1_, mu2_;
    std::vector<std::size_t> count_;                // K per resource
    std::vector<double> localBusy_;                 // per element: when its last local task ends
    std::vector<std::vector<std::size_t>> members_; // tasks per edge server, task order
    struct Queued {
        double key;
        std::size_t task;
    };
    std::vector<Queued> ready_, arrivals_;
    std::vector<double> cores_;
};

} // namespace iiot::solvers
