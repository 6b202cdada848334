// Validation of applications, VNF types, services and scenarios.
#include "effective_values.h"
#include "validation_context.h"

#include <algorithm>
#include <limits>

namespace iiot::model {

namespace {

constexpr double kNoMax = std::numeric_limits<double>::max();

void checkQuantity(ValidationContext& v, const std::string& path, const std::string& what,
                   const std::optional<Quantity>& q) {
    if (!q)
        return;
    switch (q->kind) {
    case DistributionKind::Number:
    case DistributionKind::Constant:
        v.range(path, what, q->a, 0, kNoMax);
        break;
    case DistributionKind::Uniform:
        v.range(path + "/min", "'min' of " + what, q->a, 0, kNoMax);
        if (q->b < q->a)
            v.error(path + "/max", "'max' of " + what + " is below its 'min'");
        break;
    case DistributionKind::Exponential:
        v.range(path + "/mean", "'mean' of " + what, q->a, 0, kNoMax, true);
        break;
    case DistributionKind::Normal:
        v.range(path + "/mean", "'mean' of " + what, q->a, 0, kNoMax);
        v.range(path + "/sd", "'sd' of " + what, q->b, 0, kNoMax);
        break;
    }
}

// The elements an application's tasks originate from.
std::vector<const Element*> generatingElements(const ValidationContext& v, const Application& a) {
    std::vector<const Element*> out;
    if (!a.generated_by)
        return out;
    const auto& g = *a.generated_by;
    for (const auto& e : v.project.elements) {
        const bool byKind = g.kinds && std::find(g.kinds->begin(), g.kinds->end(), e.kind) != g.kinds->end();
        const bool byId =
            g.elements && std::find(g.elements->begin(), g.elements->end(), e.id) != g.elements->end();
        if (byKind || byId)
            out.push_back(&e);
    }
    return out;
}

} // namespace

void validateApplications(ValidationContext& v) {
    const auto& p = v.project;
    v.index(p.applications, "applications", "application");
    for (std::size_t i = 0; i < p.applications.size(); ++i) {
        const auto& a = p.applications[i];
        const std::string path = "applications/" + std::to_string(i);
        const std::string what = "application '" + a.id + "'";
        if (a.subsystem && !v.subsystems.count(*a.subsystem))
            v.error(path + "/subsystem",
                    what + " names subsystem '" + *a.subsystem + "', which does not exist",
                    v.hintFor(*a.subsystem, v.subsystemIds));
        v.range(path + "/priority", "'priority' of " + what, a.priority, 1, 10);
        if (a.generated_by) {
            const auto& g = *a.generated_by;
            if (g.kinds)
                for (std::size_t j = 0; j < g.kinds->size(); ++j)
                    if (!v.types.kind((*g.kinds)[j]))
                        v.error(path + "/generated_by/kinds/" + std::to_string(j),
                                "unknown kind '" + (*g.kinds)[j] + "' in " + what,
                                v.hintFor((*g.kinds)[j], v.types.kindIds()));
            if (g.elements)
                for (std::size_t j = 0; j < g.elements->size(); ++j)
                    if (!v.elements.count((*g.elements)[j]))
                        v.error(path + "/generated_by/elements/" + std::to_string(j),
                                what + " names element '" + (*g.elements)[j] + "', which does not exist",
                                v.hintFor((*g.elements)[j], v.elementIds));
        }
        if (a.arrival) {
            const auto& r = *a.arrival;
            v.range(path + "/arrival/rate_per_s", "'rate_per_s' of " + what, r.rate_per_s, 0, kNoMax, true);
            v.range(path + "/arrival/period_s", "'period_s' of " + what, r.period_s, 0, kNoMax, true);
            if (r.type == ArrivalType::Poisson && !r.rate_per_s)
                v.error(path + "/arrival", "poisson arrival of " + what + " needs 'rate_per_s'");
            if (r.type == ArrivalType::Periodic && !r.period_s)
                v.error(path + "/arrival", "periodic arrival of " + what + " needs 'period_s'");
        }
        checkQuantity(v, path + "/data_kb", "'data_kb' of " + what, a.data_kb);
        checkQuantity(v, path + "/result_kb", "'result_kb' of " + what, a.result_kb);
        checkQuantity(v, path + "/instructions_mi", "'instructions_mi' of " + what, a.instructions_mi);
        v.range(path + "/max_latency_ms", "'max_latency_ms' of " + what, a.max_latency_ms, 0, kNoMax, true);
        v.range(path + "/container_mb", "'container_mb' of " + what, a.container_mb, 0, kNoMax);
        if (a.demands)
            for (const auto& [resource, d] : *a.demands) {
                const std::string dpath = path + "/demands/" + resource;
                v.range(dpath + "/0", "committed '" + resource + "' of " + what, d.committed, 0, kNoMax);
                if (d.peak < d.committed)
                    v.error(dpath + "/1",
                            "peak '" + resource + "' of " + what + " is below its committed amount",
                            "write [committed, peak] with committed <= peak");
            }
        if (a.request)
            for (const auto& [resource, amount] : *a.request) {
                const std::string rpath = path + "/request/" + resource;
                const Demand* d = nullptr;
                if (a.demands) {
                    auto it = a.demands->find(resource);
                    d = it == a.demands->end() ? nullptr : &it->second;
                }
                if (!d)
                    v.error(rpath, what + " requests '" + resource + "', which it does not demand",
                            "add it to 'demands' or remove the request");
                else if (amount < d->committed)
                    v.error(rpath, "request '" + resource + "' of " + what + " is below the committed amount",
                            "the request must be at least " + std::to_string(d->committed));
            }
        if (a.hosts)
            for (std::size_t j = 0; j < a.hosts->size(); ++j)
                if (!v.elements.count((*a.hosts)[j]))
                    v.error(path + "/hosts/" + std::to_string(j),
                            what + " names host '" + (*a.hosts)[j] + "', which does not exist",
                            v.hintFor((*a.hosts)[j], v.elementIds));
        if (a.offloadable && !*a.offloadable)
            for (const Element* e : generatingElements(v, a))
                if (!e->compute)
                    v.error(path + "/offloadable",
                            what + " is not offloadable, but element '" + e->id +
                                "' that generates it has no compute",
                            "give the element 'compute' or make the application offloadable", e->id);
    }
}

void validateSlicing(ValidationContext& v) {
    const auto& p = v.project;
    for (std::size_t i = 0; i < p.vnf_types.size(); ++i) {
        const auto& t = p.vnf_types[i];
        const std::string path = "vnf_types/" + std::to_string(i);
        v.range(path + "/cores", "'cores' of VNF type '" + t.id + "'", static_cast<double>(t.cores), 0,
                kNoMax, true);
        v.range(path + "/processing_ms", "'processing_ms' of VNF type '" + t.id + "'", t.processing_ms, 0,
                kNoMax);
    }
    v.index(p.services, "services", "service");
    for (std::size_t i = 0; i < p.services.size(); ++i) {
        const auto& s = p.services[i];
        const std::string path = "services/" + std::to_string(i);
        const std::string what = "service '" + s.id + "'";
        for (auto [key, id] : {std::pair{"source", &s.source}, std::pair{"destination", &s.destination}})
            if (!v.elements.count(*id))
                v.error(path + "/" + key, what + " names element '" + *id + "', which does not exist",
                        v.hintFor(*id, v.elementIds));
        if (s.chain)
            for (std::size_t j = 0; j < s.chain->size(); ++j)
                if (!v.vnfTypes.count((*s.chain)[j]))
                    v.error(path + "/chain/" + std::to_string(j),
                            what + " names VNF type '" + (*s.chain)[j] + "', which does not exist",
                            v.hintFor((*s.chain)[j], v.vnfTypeIds));
        v.range(path + "/bandwidth_mbps", "'bandwidth_mbps' of " + what, s.bandwidth_mbps, 0, kNoMax, true);
        v.range(path + "/max_delay_ms", "'max_delay_ms' of " + what, s.max_delay_ms, 0, kNoMax, true);
    }
}

void validateScenarios(ValidationContext& v) {
    const auto& p = v.project;
    v.index(p.scenarios, "scenarios", "scenario");
    for (std::size_t i = 0; i < p.scenarios.size(); ++i) {
        const auto& s = p.scenarios[i];
        const std::string path = "scenarios/" + std::to_string(i);
        const std::string what = "scenario '" + s.id + "'";
        v.range(path + "/duration_s", "'duration_s' of " + what, s.duration_s, 0, kNoMax, true);
        v.range(path + "/warmup_s", "'warmup_s' of " + what, s.warmup_s, 0, kNoMax);
        if (s.warmup_s && *s.warmup_s >= s.duration_s && s.duration_s > 0)
            v.error(path + "/warmup_s", "'warmup_s' of " + what + " is not shorter than its duration");
        v.range(path + "/seed", "'seed' of " + what, s.seed, 0, kNoMax);
        if (s.policy) {
            const auto& policies = scenarioPolicies();
            if (std::find(policies.begin(), policies.end(), *s.policy) == policies.end())
                v.error(path + "/policy", "unknown policy '" + *s.policy + "' in " + what,
                        v.hintFor(*s.policy, policies));
        }
        v.range(path + "/sample_interval_s", "'sample_interval_s' of " + what, s.sample_interval_s, 0, kNoMax,
                true);
        if (s.device_counts)
            for (std::size_t j = 0; j < s.device_counts->size(); ++j)
                v.range(path + "/device_counts/" + std::to_string(j), "a device count of " + what,
                        static_cast<double>((*s.device_counts)[j]), 1, 10'000'000);
        v.range(path + "/replications", "'replications' of " + what, s.replications, 1, 100'000);
        if (s.mobility) {
            v.range(path + "/mobility/speed_mps", "'speed_mps' of " + what, s.mobility->speed_mps, 0, kNoMax);
            v.range(path + "/mobility/range_m", "'range_m' of " + what, s.mobility->range_m, 0, kNoMax, true);
        }
        if (s.area_m) {
            v.range(path + "/area_m/0", "area width of " + what, s.area_m->x, 0, kNoMax, true);
            v.range(path + "/area_m/1", "area height of " + what, s.area_m->y, 0, kNoMax, true);
        }
    }
}

} // namespace iiot::model
