// Capability ratings (MODELS.md section 2): per-element values from the effective declarations,
// per-element zeroing, aggregation over the scope, then the structural rule of the capability.
#include "coverage_facts.h"

#include "model/effective_values.h"

#include <algorithm>
#include <unordered_map>

namespace iiot::solvers::coverage_detail {

namespace {

constexpr double kCap = 0.5;

std::vector<std::string> idsOf(const model::Project& p, const std::vector<std::size_t>& elements) {
    std::vector<std::string> ids;
    ids.reserve(elements.size());
    for (auto i : elements)
        ids.push_back(p.elements[i].id);
    return ids;
}

// Both endpoints of the links, each element once, in project order.
std::vector<std::string> endpointsOf(const model::Project& p, const std::vector<std::size_t>& links) {
    if (links.empty())
        return {};
    std::unordered_map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < p.elements.size(); ++i)
        index.emplace(p.elements[i].id, i);
    std::vector<std::size_t> ends;
    for (auto l : links)
        for (const auto* id : {&p.links[l].from, &p.links[l].to})
            if (const auto found = index.find(*id); found != index.end())
                ends.push_back(found->second);
    std::sort(ends.begin(), ends.end());
    ends.erase(std::unique(ends.begin(), ends.end()), ends.end());
    return idsOf(p, ends);
}

void rateStructural(const model::Project& p, const model::CapabilityInfo& cap, const CoverageFacts& facts,
                    CapabilityRating& r) {
    if (cap.check == "inter-network" || cap.check == "dedicated-line") {
        const auto& links = cap.check == "inter-network" ? facts.interLinks : facts.dedicatedLinks;
        r.rating = links.empty() ? 0 : 1;
        r.evidence = endpointsOf(p, links);
        if (links.empty())
            r.note = cap.check == "inter-network"
                         ? "no internet or dedicated-line link joins the factory to a cloud element"
                         : "no dedicated-line link joins the factory to a cloud element";
    } else if (cap.check == "identification") {
        if (!facts.hasIdResolver) {
            r.note = "no identifier resolver";
            return;
        }
        // The denominator is every element; only unique identifiers count.
        r.rating = p.elements.empty() ? 0
                                      : static_cast<double>(facts.uniqueIdentifiers.size()) /
                                            static_cast<double>(p.elements.size());
        r.evidence = idsOf(p, facts.uniqueIdentifiers);
    }
}

// The check applied after aggregation; a cap keeps the evidence, a rule that sets 0 clears it (and
// always notes why, since it alone decides the rating).
void applyCheck(const model::CapabilityInfo& cap, const CoverageFacts& facts, CapabilityRating& r) {
    // A cap that leaves a rating below 0.5 untouched changed nothing, so it earns no note.
    auto capAt = [&](bool condition, const char* why) {
        if (!condition || r.rating <= kCap)
            return;
        r.rating = kCap;
        r.note = std::string("capped at 0.5: ") + why;
    };
    auto zero = [&](bool condition, const char* why) {
        if (!condition)
            return;
        r.rating = 0;
        r.evidence.clear();
        r.note = why;
    };
    if (cap.check == "cap-unreachable")
        capAt(facts.anyUnreachable(), "a device element is unreachable");
    else if (cap.check == "cap-spof")
        capAt(facts.anySpof(), "the network and service layers have a single point of failure");
    else if (cap.check == "cap-no-ot-it-path")
        capAt(!facts.otItPath, "no path joins an OT zone to an IT enterprise zone");
    else if (cap.check == "cap-no-broker")
        capAt(!facts.hasMessageBroker, "no message broker");
    else if (cap.check == "cap-ot-exposed")
        capAt(!facts.exposures.empty(), "an OT element is exposed");
    else if (cap.check == "require-sdn-controller")
        zero(!facts.hasSdnController, "no SDN controller");
    else if (cap.check == "require-storage")
        zero(!facts.hasStorage, "no storage, database or cloud element");
}

} // namespace

std::vector<CapabilityRating> rateCapabilities(const model::Project& p,
                                               const model::CapabilityCatalogue& catalogue,
                                               const model::TypeLibrary& types, const CoverageFacts& facts) {
    const auto n = p.elements.size();
    std::vector<const std::map<std::string, int>*> declared(n);
    for (std::size_t i = 0; i < n; ++i)
        declared[i] = &model::effectiveCapabilities(p.elements[i], types);

    std::vector<CapabilityRating> ratings;
    ratings.reserve(catalogue.capabilities().size());
    for (const auto& cap : catalogue.capabilities()) {
        CapabilityRating r;
        r.id = cap.id;
        if (cap.aggregation == model::Aggregation::Structural) {
            rateStructural(p, cap, facts, r);
            ratings.push_back(std::move(r));
            continue;
        }
        // Scope membership per kind once, not per element: the scope test compares strings.
        std::vector<char> inScope(types.kinds().size());
        for (std::size_t k = 0; k < inScope.size(); ++k)
            inScope[k] = cap.scope.contains(types.kinds()[k].id, types.kinds()[k].layer) ? 1 : 0;
        const bool zeroFlagged = cap.check == "zero-unreachable-or-mismatch";
        double sum = 0, best = 0;
        std::size_t count = 0;
        for (std::size_t i = 0; i < n; ++i) {
            const auto* kind = facts.kinds[i];
            const bool member = kind ? inScope[static_cast<std::size_t>(kind - types.kinds().data())] != 0
                                     : cap.scope.all && cap.scope.contains(p.elements[i].kind, {});
            if (!member)
                continue;
            ++count;
            const auto found = declared[i]->find(cap.id);
            double value = found == declared[i]->end() ? 0 : catalogue.levelValue(found->second);
            if (zeroFlagged && (facts.unreachable[i] || facts.mismatch[i]))
                value = 0; // per element, before aggregation
            sum += value;
            best = std::max(best, value);
            if (value > 0)
                r.evidence.push_back(p.elements[i].id);
        }
        if (count > 0)
            r.rating = cap.aggregation == model::Aggregation::Each ? sum / static_cast<double>(count) : best;
        applyCheck(cap, facts, r);
        ratings.push_back(std::move(r));
    }
    return ratings;
}

} // namespace iiot::solvers::coverage_detail
