#include "slicing_checker.h"

#include "model/effective_values.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace iiot::solvers {

namespace {

bool close(double a, double b) {
    return std::abs(a - b) <= 1e-6 * std::max(1.0, std::max(std::abs(a), std::abs(b)));
}

double nodeCost(const model::Vnf& vnf, long long cores, double x) {
    const double res = static_cast<double>(vnf.cores.value_or(0));
    switch (vnf.cost_function.value_or(model::CostFunction::Linear)) {
    case model::CostFunction::Linear:
        return vnf.cost_per_core.value_or(1.0) * static_cast<double>(cores);
    case model::CostFunction::Step:
        return vnf.alpha1.value_or(12.0) * std::floor(vnf.alpha2.value_or(0.2) * x);
    case model::CostFunction::Inverse:
        return vnf.beta.value_or(5.0) / (res - x + 1);
    case model::CostFunction::Exponential:
        return vnf.gamma1.value_or(5.0) * std::exp(vnf.gamma2.value_or(2.0) * (1 - x / res));
    }
    return 0;
}

} // namespace

std::vector<std::string> checkSlicing(const model::Project& project, const model::TypeLibrary& types,
                                      const SlicingResult& result) {
    std::vector<std::string> problems;
    if (!result.ok())
        return {"the run failed: " + result.error};
    if (result.services.size() != project.services.size())
        return {"the result lists " + std::to_string(result.services.size()) + " services, the project " +
                std::to_string(project.services.size())};
    std::map<std::string, const model::Element*> elements;
    for (const auto& e : project.elements)
        elements[e.id] = &e;
    std::map<std::string, const model::Link*> links;
    for (const auto& l : project.links)
        if (l.id)
            links[*l.id] = &l;
    // Bandwidth is counted per (link id, tail element), or per access point for the wireless links
    // attached to an access point or base station: they share one channel whose capacity is the
    // largest bandwidth among them (MODELS.md section 1), whatever the direction.
    auto accessPointOf = [&](const model::Link& l) -> std::string {
        if (!model::isWireless(l, types))
            return {};
        for (const std::string* end : {&l.from, &l.to}) {
            const auto it = elements.find(*end);
            if (it != elements.end() &&
                (it->second->kind == "access-point" || it->second->kind == "base-station"))
                return *end;
        }
        return {};
    };
    std::map<std::string, double> channelCapacity;
    for (const auto& l : project.links)
        if (const auto ap = accessPointOf(l); !ap.empty() && l.from != l.to)
            channelCapacity[ap] = std::max(channelCapacity[ap], model::effectiveBandwidthMbps(l, types));
    std::map<std::pair<std::string, std::string>, double> usedBandwidth; // (link id or "", tail or ap)
    std::map<std::string, long long> usedCores;
    std::size_t admitted = 0;
    double costSum = 0, delaySum = 0;
    for (std::size_t i = 0; i < project.services.size(); ++i) {
        const auto& svc = project.services[i];
        const auto& out = result.services[i];
        auto fail = [&](const std::string& what) { problems.push_back("service " + svc.id + ": " + what); };
        if (out.id != svc.id) {
            fail("listed as '" + out.id + "'");
            continue;
        }
        if (!out.admitted) {
            if (out.reason.empty())
                fail("rejected without a reason");
            continue;
        }
        ++admitted;
        costSum += out.cost;
        delaySum += out.delayMs;
        if (out.path.empty() || out.path.front() != svc.source || out.path.back() != svc.destination) {
            fail("path does not run from source to destination");
            continue;
        }
        if (out.links.size() + 1 != out.path.size()) {
            fail("path and links do not match in length");
            continue;
        }
        double cost = 0, delay = 0;
        bool broken = false;
        for (std::size_t k = 0; k < out.links.size() && !broken; ++k) {
            auto it = links.find(out.links[k]);
            if (it == links.end()) {
                fail("unknown link " + out.links[k]);
                broken = true;
                break;
            }
            const auto& l = *it->second;
            const bool forward = l.from == out.path[k] && l.to == out.path[k + 1];
            const bool backward = l.to == out.path[k] && l.from == out.path[k + 1];
            if (!forward && !backward) {
                fail("link " + out.links[k] + " does not join " + out.path[k] + " and " + out.path[k + 1]);
                broken = true;
                break;
            }
            const std::string ap = accessPointOf(l);
            double& used = ap.empty() ? usedBandwidth[{out.links[k], out.path[k]}] : usedBandwidth[{"", ap}];
            used += svc.bandwidth_mbps;
            const double capacity =
                ap.empty() ? model::effectiveBandwidthMbps(l, types) : channelCapacity[ap];
            if (used > capacity * (1 + 1e-9) + 1e-9)
                fail(ap.empty() ? "link " + out.links[k] + " over capacity from " + out.path[k]
                                : "wireless channel of " + ap + " over capacity");
            cost += l.cost_per_mbps.value_or(1.0) * svc.bandwidth_mbps;
            delay += model::effectiveLatencyMs(l, types);
        }
        if (broken)
            continue;
        for (std::size_t k = 1; k + 1 < out.path.size(); ++k) {
            const auto* kind = types.kind(elements.at(out.path[k])->kind); // known: its links join it
            if (kind && kind->end_device)
                fail("end device " + out.path[k] + " used as a transit element");
        }
        const std::vector<std::string> chain = svc.chain.value_or(std::vector<std::string>{});
        if (out.placement.size() != chain.size()) {
            fail("placement does not cover the chain");
            continue;
        }
        std::size_t at = 0;
        for (std::size_t j = 0; j < chain.size(); ++j) {
            while (at < out.path.size() && out.path[at] != out.placement[j])
                ++at;
            if (at == out.path.size()) {
                fail("chain entry " + std::to_string(j + 1) + " (" + out.placement[j] +
                     ") is not visited in chain order");
                break;
            }
            const auto type = std::find_if(project.vnf_types.begin(), project.vnf_types.end(),
                                           [&](const model::VnfType& t) { return t.id == chain[j]; });
            const auto* host = elements.at(out.placement[j]); // known: it is on the path
            if (type == project.vnf_types.end() || !host->vnf || host->vnf->cores.value_or(0) <= 0) {
                fail("chain entry " + std::to_string(j + 1) + " on an element without VNF cores");
                break;
            }
            long long& used = usedCores[host->id];
            used += type->cores;
            if (used > *host->vnf->cores)
                fail("host " + host->id + " over its VNF cores");
            cost += nodeCost(*host->vnf, type->cores, static_cast<double>(used));
            delay += type->processing_ms.value_or(0.0);
        }
        if (delay > svc.max_delay_ms + 1e-9 * std::max(1.0, svc.max_delay_ms))
            fail("delay " + std::to_string(delay) + " ms above the bound");
        if (!close(delay, out.delayMs))
            fail("reported delay " + std::to_string(out.delayMs) + ", recomputed " + std::to_string(delay));
        if (!close(cost, out.cost))
            fail("reported cost " + std::to_string(out.cost) + ", recomputed " + std::to_string(cost));
        if (out.lowerBound && *out.lowerBound > out.cost + 1e-9 * std::max(1.0, out.cost))
            fail("lower bound above the cost");
    }
    const double n = static_cast<double>(project.services.size());
    if (!close(result.admittedRate, n > 0 ? double(admitted) / n : 0.0))
        problems.push_back("admitted_rate does not match the services");
    if (!close(result.averageCost, admitted ? costSum / double(admitted) : 0.0) ||
        !close(result.averageDelayMs, admitted ? delaySum / double(admitted) : 0.0))
        problems.push_back("averages do not match the services");
    std::vector<double> utilisation;
    for (const auto& e : project.elements)
        if (e.vnf && e.vnf->cores.value_or(0) > 0)
            utilisation.push_back(double(usedCores[e.id]) / double(*e.vnf->cores));
    double mean = 0, variance = 0;
    for (double u : utilisation)
        mean += u / double(utilisation.size());
    for (double u : utilisation)
        variance += (u - mean) * (u - mean) / double(utilisation.size());
    if (!close(result.cpuUtilizationVariance, variance))
        problems.push_back("cpu_utilization_variance does not match the placements");
    return problems;
}

} // namespace iiot::solvers
