// The run's memory budget (model::RunControl::memoryBudget): what a run will hold is estimated
// before it is allocated (the network, then the routes and per-device state the policy needs, the
// delays of the tasks expected over the run and the time series), and what it holds is measured
// again while it runs, since the tasks in flight grow without bound on an overloaded system.
#include "engine_core.h"

#include <cmath>
#include <cstdio>

namespace iiot::sim::detail {

namespace {

// The router's graph and per-link state, per element and per link, rounded up from its containers.
constexpr std::size_t kRouterBytesPerElement = 256, kRouterBytesPerLink = 256;
constexpr double kMiB = 1024.0 * 1024.0;

long long mib(double bytes) {
    return static_cast<long long>(std::ceil(bytes / kMiB));
}

std::string overBudget(const model::RunControl& control, double bytes) {
    return "memory budget of " + std::to_string(mib(static_cast<double>(control.memoryBudget()))) +
           " MiB exceeded: about " + std::to_string(mib(bytes)) + " MiB needed";
}

std::string count(std::size_t n, const char* what) {
    return std::to_string(n) + " " + what + (n == 1 ? "" : "s");
}

bool exceeds(const model::RunControl* control, double bytes) {
    if (control == nullptr || control->memoryBudget() == 0)
        return false;
    return bytes > static_cast<double>(control->memoryBudget());
}

} // namespace

bool Engine::fitsProject(const model::Project& project, const model::RunControl* control,
                         std::string& error) {
    const double bytes =
        static_cast<double>(project.elements.size()) *
            static_cast<double>(kRouterBytesPerElement + sizeof(Node) + sizeof(model::Position) + 8) +
        static_cast<double>(project.links.size()) * static_cast<double>(kRouterBytesPerLink);
    if (!exceeds(control, bytes))
        return true;
    error = overBudget(*control, bytes) + " for the network of " + count(project.elements.size(), "element") +
            " and " + count(project.links.size(), "link");
    return false;
}

bool Engine::fitsPlan(std::size_t edges, std::size_t clouds, std::string& error) {
    const double n = static_cast<double>(nodes_.size());
    const double devices = static_cast<double>(devices_.size());
    const Policy p = config_.policy;
    std::size_t routes = 0, candidates = 0;
    if ((p == Policy::EdgeOnly || p == Policy::CmsAstp) && edges > 0)
        ++routes;
    if ((p == Policy::CloudOnly || p == Policy::EdgeCloud || p == Policy::CmsAstp) && clouds > 0)
        ++routes;
    if (p == Policy::EdgeCloud || p == Policy::RoundRobin)
        routes += edges;
    if (p == Policy::RoundRobin)
        routes += clouds;
    if (p == Policy::EdgeCloud)
        candidates = edges + (clouds > 0 ? 1 : 0);
    double fixed =
        n * static_cast<double>(kRouterBytesPerElement + sizeof(Node) + sizeof(model::Position) + 8) +
        static_cast<double>(project_.links.size()) * static_cast<double>(kRouterBytesPerLink) +
        static_cast<double>(routes) * n * static_cast<double>(sizeof(Step)) +
        devices * static_cast<double>(candidates) * static_cast<double>(sizeof(SortedCandidate)) +
        devices * static_cast<double>(sizeof(Device) + 4) +
        static_cast<double>(generators_.size()) * static_cast<double>(sizeof(Generator) + 16) +
        // at least one task of each generator in flight
        static_cast<double>(generators_.size()) * static_cast<double>(sizeof(Task) + 4);
    plannedBytes_ = static_cast<std::size_t>(fixed);
    // Tasks expected over the run: each finished one leaves its delay, gathered once more at the end
    // (and once more when kept).
    const double duration = config_.duration_s;
    expectedTasks_ = 0;
    for (const Generator& g : generators_) {
        const AppInfo& a = apps_[g.app];
        if (a.arrival == model::ArrivalType::Poisson)
            expectedTasks_ += a.rate * duration;
        else if (a.arrival == model::ArrivalType::Periodic)
            expectedTasks_ += std::floor(duration / a.period) + 1;
        else
            expectedTasks_ += 1;
    }
    const double delayCopies = config_.keep_delays ? 3 : 2;
    double samples = 0;
    if (config_.sample_interval_s > 0)
        samples = std::floor(duration / config_.sample_interval_s) + 1;
    const double bytes = fixed + expectedTasks_ * delayCopies * sizeof(double) + samples * sizeof(Sample);
    if (!exceeds(control_, bytes))
        return true;
    char seconds[32];
    std::snprintf(seconds, sizeof seconds, "%g", duration);
    error = overBudget(*control_, bytes) + " for " + count(devices_.size(), "device") + ", " +
            count(routes, "route") + " over " + count(nodes_.size(), "element") + " and about " +
            count(static_cast<std::size_t>(expectedTasks_), "task") + " in " + seconds + " s";
    return false;
}

std::size_t Engine::bytesInUse() const {
    std::size_t bytes = plannedBytes_;
    bytes += tasks_.capacity() * sizeof(Task) + freeTasks_.capacity() * sizeof(std::uint32_t);
    bytes += result_.series.capacity() * sizeof(Sample);
    bytes += network_.poolSize() * (sizeof(Transfer) + 2 * sizeof(std::uint32_t));
    bytes += events_.size() * sizeof(Event);
    std::size_t delays = 0, kept = 0;
    for (const AppCounters& c : appCounters_) {
        delays += c.delays.capacity();
        kept += c.delays.size();
    }
    // The delays gathered for the run's percentiles at the end (and kept in the result).
    return bytes + (delays + kept * (config_.keep_delays ? 2 : 1)) * sizeof(double);
}

bool Engine::fitsNow(std::string& error) const {
    if (control_ == nullptr || control_->memoryBudget() == 0)
        return true;
    const double bytes = static_cast<double>(bytesInUse());
    if (!exceeds(control_, bytes))
        return true;
    const std::size_t inFlight = tasks_.size() - freeTasks_.size();
    char at[32];
    std::snprintf(at, sizeof at, "%.3f", now_);
    error = overBudget(*control_, bytes) + " for " + count(devices_.size(), "device") + " with " +
            count(inFlight, "task") + " in flight at " + at + " s of simulated time";
    return false;
}

} // namespace iiot::sim::detail
