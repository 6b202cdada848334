// An independent check of an allocation against the project (MODELS.md section 3): it reads the
// project directly, not the engines' index form, so a mistake there does not hide itself.
#include "priority_allocation.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace iiot::solvers {

namespace {

long long priorityOf(const model::Project& project, const model::Application& app) {
    if (app.priority)
        return *app.priority;
    for (const auto& s : project.subsystems)
        if (app.subsystem && s.id == *app.subsystem && s.priority)
            return *s.priority;
    return 5;
}

bool close(double a, double b, double tolerance) {
    return std::abs(a - b) <= tolerance * std::max(1.0, std::max(std::abs(a), std::abs(b)));
}

std::string num(double v) {
    return std::to_string(v);
}

} // namespace

std::vector<std::string> checkAllocation(const model::Project& project, const AllocationResult& r,
                                         double tol) {
    std::vector<std::string> bad;
    std::map<std::string, const model::Application*> apps;
    std::vector<std::string> order; // applications with demands, project order
    for (const auto& a : project.applications)
        if (a.demands && !a.demands->empty()) {
            apps[a.id] = &a;
            order.push_back(a.id);
        }
    std::map<std::string, int> seen;
    std::map<std::string, std::map<std::string, double>> used; // host -> resource -> amount
    std::map<std::string, int> perHost;
    double weighted = 0, admittedPriority = 0, totalPriority = 0;
    for (const auto& id : order)
        totalPriority += static_cast<double>(priorityOf(project, *apps[id]));

    for (const auto& al : r.allocations) {
        ++seen[al.application];
        const auto it = apps.find(al.application);
        if (it == apps.end()) {
            bad.push_back("allocated '" + al.application + "' is not an application with demands");
            continue;
        }
        const auto& app = *it->second;
        const auto* host = project.findElement(al.host);
        if (host == nullptr || !host->capacity) {
            bad.push_back(al.application + ": host '" + al.host + "' has no capacity");
            continue;
        }
        if (app.hosts && std::find(app.hosts->begin(), app.hosts->end(), al.host) == app.hosts->end())
            bad.push_back(al.application + ": host '" + al.host + "' is not in its hosts list");
        double s = 0;
        for (const auto& [k, d] : *app.demands) {
            if (!host->capacity->count(k))
                bad.push_back(al.application + ": host '" + al.host + "' does not offer " + k);
            const auto amount = al.amounts.find(k);
            if (amount == al.amounts.end()) {
                bad.push_back(al.application + ": no amount of " + k);
                continue;
            }
            double q = d.peak;
            if (app.request && app.request->count(k))
                q = std::min(app.request->at(k), d.peak);
            const double v = amount->second;
            if (v < d.committed - tol * std::max(1.0, d.committed) || v > q + tol * std::max(1.0, q))
                bad.push_back(al.application + ": " + k + " = " + num(v) + " outside [" + num(d.committed) +
                              ", " + num(q) + "]");
            used[al.host][k] += v;
            s += q > d.committed ? (v - d.committed) / (q - d.committed) : 1.0;
        }
        for (const auto& [k, v] : al.amounts)
            if (!app.demands->count(k))
                bad.push_back(al.application + ": amount of " + k + ", which it does not demand");
        s /= static_cast<double>(app.demands->size());
        if (!close(s, al.satisfaction, tol))
            bad.push_back(al.application + ": satisfaction " + num(al.satisfaction) + ", expected " + num(s));
        const double p = static_cast<double>(priorityOf(project, app));
        if (al.priority != priorityOf(project, app))
            bad.push_back(al.application + ": priority " + std::to_string(al.priority));
        weighted += p * s;
        admittedPriority += p;
        ++perHost[al.host];
    }
    for (const auto& j : r.rejections) {
        ++seen[j.application];
        if (!apps.count(j.application))
            bad.push_back("rejected '" + j.application + "' is not an application with demands");
        if (j.reason.empty())
            bad.push_back(j.application + ": rejected without a reason");
    }
    for (const auto& id : order)
        if (seen[id] != 1)
            bad.push_back(id + ": listed " + std::to_string(seen[id]) + " times (allocations + rejections)");

    for (const auto& [host, resources] : used) {
        const auto* e = project.findElement(host);
        for (const auto& [k, v] : resources) {
            const double cap = e->capacity->count(k) ? e->capacity->at(k) : 0.0;
            if (v > cap + tol * std::max(1.0, cap))
                bad.push_back(host + ": " + k + " uses " + num(v) + " of " + num(cap));
        }
    }

    const int admitted = static_cast<int>(r.allocations.size());
    if (r.admitted != admitted || r.rejected != static_cast<int>(r.rejections.size()))
        bad.push_back("admitted/rejected counts disagree with the lists");
    const double rate = order.empty() ? 0.0 : admitted / static_cast<double>(order.size());
    if (!close(r.admission_rate, rate, tol))
        bad.push_back("admission_rate " + num(r.admission_rate) + ", expected " + num(rate));
    const double satisfaction = totalPriority > 0 ? weighted / totalPriority : 0.0;
    if (!close(r.satisfaction, satisfaction, tol))
        bad.push_back("satisfaction " + num(r.satisfaction) + ", expected " + num(satisfaction));
    if (!close(r.admitted_priority, admittedPriority, tol) || !close(r.weighted_satisfaction, weighted, tol))
        bad.push_back("objective values disagree with the allocations");
    if (r.active_hosts != static_cast<int>(perHost.size()))
        bad.push_back("active_hosts " + std::to_string(r.active_hosts) + ", expected " +
                      std::to_string(perHost.size()));
    for (const auto& h : r.hosts) {
        const auto* e = project.findElement(h.host);
        if (e == nullptr || !e->capacity) {
            bad.push_back("host row '" + h.host + "' is not an element with a capacity");
            continue;
        }
        const int n = perHost.count(h.host) ? perHost[h.host] : 0;
        if (h.applications != n || h.active != (n > 0))
            bad.push_back(h.host + ": application count or active flag disagrees");
        for (const auto& [k, use] : h.resources) {
            const double u = used.count(h.host) && used[h.host].count(k) ? used[h.host][k] : 0.0;
            const double cap = e->capacity->count(k) ? e->capacity->at(k) : 0.0;
            if (!close(use.used, u, tol) || !close(use.capacity, cap, tol) ||
                !close(use.utilisation, cap > 0 ? u / cap : 0.0, tol))
                bad.push_back(h.host + ": utilisation of " + k + " disagrees");
        }
    }
    return bad;
}

} // namespace iiot::solvers
