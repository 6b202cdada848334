#include "priority_allocation_problem.h"

#include <algorithm>
#include <set>

namespace iiot::solvers {

namespace {

long long priorityOf(const model::Project& project, const model::Application& app) {
    if (app.priority)
        return *app.priority;
    if (app.subsystem)
        for (const auto& s : project.subsystems)
            if (s.id == *app.subsystem && s.priority)
                return *s.priority;
    return 5;
}

int indexOf(const std::vector<std::string>& sorted, const std::string& name) {
    const auto it = std::lower_bound(sorted.begin(), sorted.end(), name);
    return static_cast<int>(it - sorted.begin());
}

} // namespace

AllocationProblem buildAllocationProblem(const model::Project& project) {
    AllocationProblem p;
    std::set<std::string> names;
    for (const auto& e : project.elements)
        if (e.capacity)
            for (const auto& [k, v] : *e.capacity)
                names.insert(k);
    for (const auto& a : project.applications)
        if (a.demands)
            for (const auto& [k, d] : *a.demands)
                names.insert(k);
    p.resources.assign(names.begin(), names.end());

    for (const auto& e : project.elements) {
        if (!e.capacity)
            continue;
        AllocationHostData h;
        h.id = e.id;
        h.capacity.assign(p.resources.size(), 0.0);
        h.offers.assign(p.resources.size(), 0);
        for (const auto& [k, v] : *e.capacity) {
            const auto r = static_cast<std::size_t>(indexOf(p.resources, k));
            h.capacity[r] = v;
            h.offers[r] = 1;
        }
        p.hosts.push_back(std::move(h));
    }

    for (const auto& a : project.applications) {
        if (!a.demands || a.demands->empty())
            continue; // takes no part (MODELS.md section 3)
        AllocationAppData app;
        app.id = a.id;
        app.priority = priorityOf(project, a);
        for (const auto& [k, d] : *a.demands) { // std::map: ascending names, so ascending indices
            app.resources.push_back(indexOf(p.resources, k));
            double q = d.peak;
            if (a.request)
                if (auto it = a.request->find(k); it != a.request->end())
                    q = std::min(it->second, d.peak);
            app.committed.push_back(d.committed);
            app.request.push_back(std::max(q, d.committed));
        }
        for (std::size_t h = 0; h < p.hosts.size(); ++h) {
            const auto& host = p.hosts[h];
            if (a.hosts && std::find(a.hosts->begin(), a.hosts->end(), host.id) == a.hosts->end())
                continue;
            bool all = true;
            for (int r : app.resources)
                all = all && host.offers[static_cast<std::size_t>(r)];
            if (all)
                app.candidates.push_back(static_cast<int>(h));
        }
        p.apps.push_back(std::move(app));
    }
    return p;
}

double applicationSatisfaction(const AllocationAppData& app, const std::vector<double>& amount) {
    if (app.resources.empty())
        return 1.0;
    double sum = 0;
    for (std::size_t i = 0; i < app.resources.size(); ++i) {
        const double span = app.request[i] - app.committed[i];
        sum += span > 0 ? std::clamp((amount[i] - app.committed[i]) / span, 0.0, 1.0) : 1.0;
    }
    return sum / static_cast<double>(app.resources.size());
}

AllocationResult summarise(const AllocationProblem& problem, const AllocationDecision& decision,
                           const std::string& method) {
    AllocationResult r;
    r.method = method;
    const std::size_t nr = problem.resources.size();
    std::vector<std::vector<double>> used(problem.hosts.size(), std::vector<double>(nr, 0.0));
    std::vector<int> count(problem.hosts.size(), 0);
    double totalPriority = 0;
    for (std::size_t a = 0; a < problem.apps.size(); ++a) {
        const auto& app = problem.apps[a];
        totalPriority += static_cast<double>(app.priority);
        const int h = decision.host[a];
        if (h < 0) {
            r.rejections.push_back({app.id, decision.reason[a]});
            continue;
        }
        ApplicationAllocation alloc;
        alloc.application = app.id;
        alloc.host = problem.hosts[static_cast<std::size_t>(h)].id;
        alloc.priority = app.priority;
        for (std::size_t i = 0; i < app.resources.size(); ++i) {
            const auto res = static_cast<std::size_t>(app.resources[i]);
            alloc.amounts[problem.resources[res]] = decision.amount[a][i];
            used[static_cast<std::size_t>(h)][res] += decision.amount[a][i];
        }
        alloc.satisfaction = applicationSatisfaction(app, decision.amount[a]);
        ++count[static_cast<std::size_t>(h)];
        r.admitted_priority += static_cast<double>(app.priority);
        r.weighted_satisfaction += static_cast<double>(app.priority) * alloc.satisfaction;
        r.allocations.push_back(std::move(alloc));
    }
    r.admitted = static_cast<int>(r.allocations.size());
    r.rejected = static_cast<int>(r.rejections.size());
    r.admission_rate = problem.apps.empty() ? 0.0 : r.admitted / static_cast<double>(problem.apps.size());
    r.satisfaction = totalPriority > 0 ? r.weighted_satisfaction / totalPriority : 0.0;
    for (std::size_t h = 0; h < problem.hosts.size(); ++h) {
        HostAllocation ha;
        ha.host = problem.hosts[h].id;
        ha.applications = count[h];
        ha.active = count[h] > 0;
        for (std::size_t k = 0; k < nr; ++k) {
            if (!problem.hosts[h].offers[k])
                continue;
            HostResourceUse use;
            use.capacity = problem.hosts[h].capacity[k];
            use.used = used[h][k];
            use.utilisation = use.capacity > 0 ? use.used / use.capacity : 0.0;
            ha.resources[problem.resources[k]] = use;
        }
        r.active_hosts += ha.active ? 1 : 0;
        r.hosts.push_back(std::move(ha));
    }
    return r;
}

} // namespace iiot::solvers
