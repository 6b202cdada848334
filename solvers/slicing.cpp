#include "slicing.h"

#include "slicing_network.h"

#include <chrono>

namespace iiot::solvers {

const char* toString(SlicingMethod method) {
    switch (method) {
    case SlicingMethod::Stnra:
        return "stnra";
    case SlicingMethod::Dnso:
        return "dnso";
    case SlicingMethod::Ffpa:
        return "ffpa";
    case SlicingMethod::Exact:
        return "exact";
    }
    return "stnra";
}

std::optional<SlicingMethod> slicingMethodFromString(const std::string& s) {
    for (auto m : {SlicingMethod::Stnra, SlicingMethod::Dnso, SlicingMethod::Ffpa, SlicingMethod::Exact})
        if (s == toString(m))
            return m;
    return std::nullopt;
}

SlicingResult runSlicing(const model::Project& project, const model::TypeLibrary& types, SlicingMethod method,
                         const SlicingParameters& parameters, const model::RunControl& control) {
    const auto start = std::chrono::steady_clock::now();
    SlicingResult result;
    result.method = method;
    result.parameters = parameters;
    SliceNetwork net(project, types);
    std::size_t admitted = 0;
    double costSum = 0, delaySum = 0;
    for (std::size_t i = 0; i < project.services.size(); ++i) {
        if (control.cancelled()) {
            result.cancelled = true;
            result.error = "cancelled";
            return result;
        }
        control.report(double(i) / double(project.services.size()));
        SliceServiceResult out;
        out.id = project.services[i].id;
        std::string error;
        const auto request = net.request(project, i, error);
        if (!request) {
            result.error = error;
            return result;
        }
        std::optional<Embedding> e;
        switch (method) {
        case SlicingMethod::Stnra:
            e = embedStnra(net, *request, out.reason);
            break;
        case SlicingMethod::Dnso:
            e = embedDnso(net, *request, parameters, control, out.reason);
            break;
        case SlicingMethod::Ffpa:
            e = embedFfpa(net, *request, out.reason);
            break;
        case SlicingMethod::Exact:
            e = embedExact(net, *request, parameters, control, out.reason, error);
            if (!error.empty()) {
                result.cancelled = error == "cancelled";
                result.error = error;
                return result;
            }
            break;
        }
        if (e) {
            net.commit(*request, *e);
            out.admitted = true;
            out.reason.clear();
            out.cost = e->cost;
            out.delayMs = e->delay;
            out.lowerBound = e->lowerBound;
            out.optimal = e->optimal;
            std::size_t at = request->source;
            out.path.push_back(net.id(at));
            for (const auto& t : e->walk) {
                const auto& l = net.links()[t.link];
                at = l.head(t.direction);
                out.path.push_back(net.id(at));
                out.links.push_back(l.id);
            }
            for (std::size_t h : e->placement)
                out.placement.push_back(net.id(h));
            ++admitted;
            costSum += e->cost;
            delaySum += e->delay;
        }
        result.services.push_back(std::move(out));
    }
    if (control.cancelled()) { // DNSO may have cut its last service short
        result.cancelled = true;
        result.error = "cancelled";
        return result;
    }
    control.report(1.0);
    if (!project.services.empty())
        result.admittedRate = double(admitted) / double(project.services.size());
    if (admitted > 0) {
        result.averageCost = costSum / double(admitted);
        result.averageDelayMs = delaySum / double(admitted);
    }
    result.cpuUtilizationVariance = net.utilizationVariance();
    result.solveMs =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    return result;
}

} // namespace iiot::solvers
