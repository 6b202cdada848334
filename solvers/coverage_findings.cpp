// The findings as the user reads them: a fixed code order (so that two runs and two
// implementations list them alike), project order within a code, and messages that name elements.
#include "coverage_facts.h"

namespace iiot::solvers::coverage_detail {

namespace {

std::string nameOf(const model::Element& e) {
    return e.name ? "'" + *e.name + "' (" + e.id + ")" : "'" + e.id + "'";
}

CoverageFinding make(const char* code, model::Severity severity, std::string message) {
    CoverageFinding f;
    f.code = code;
    f.severity = severity;
    f.message = std::move(message);
    return f;
}

void addSpofs(const model::Project& p, const CoverageFacts& facts, std::vector<CoverageFinding>& out) {
    for (auto i : facts.articulationPoints) {
        const auto& e = p.elements[i];
        auto f = make("spof", model::Severity::Warning,
                      nameOf(e) + " is a single point of failure: its loss splits the network and service "
                                  "layers; add a redundant path around it");
        f.elements.push_back(e.id);
        out.push_back(std::move(f));
    }
    for (auto l : facts.bridges) {
        const auto& link = p.links[l];
        const auto* a = p.findElement(link.from);
        const auto* b = p.findElement(link.to);
        auto f = make("spof", model::Severity::Warning,
                      "link '" + link.id.value_or("") + "' between " + (a ? nameOf(*a) : link.from) +
                          " and " + (b ? nameOf(*b) : link.to) +
                          " is a single point of failure (a bridge); add a parallel or alternative link");
        f.links.push_back(link.id.value_or(""));
        f.elements = {link.from, link.to};
        out.push_back(std::move(f));
    }
}

void addExposures(const model::Project& p, const CoverageFacts& facts, std::vector<CoverageFinding>& out) {
    for (const auto& x : facts.exposures) {
        const auto& e = p.elements[x.exposer];
        std::string reached;
        for (std::size_t k = 0; k < x.ot.size() && k < 3; ++k)
            reached += (k ? ", " : "") + nameOf(p.elements[x.ot[k]]);
        if (x.ot.size() > 3)
            reached += " and " + std::to_string(x.ot.size() - 3) + " more";
        auto f = make("ot-exposed", model::Severity::Error,
                      nameOf(e) + " reaches OT element" + (x.ot.size() == 1 ? " " : "s ") + reached +
                          " without passing a firewall or data diode");
        f.elements.push_back(e.id);
        for (auto o : x.ot)
            f.elements.push_back(p.elements[o].id);
        out.push_back(std::move(f));
    }
}

void addIdentification(const model::Project& p, const CoverageFacts& facts,
                       std::vector<CoverageFinding>& out) {
    if (!facts.hasIdResolver) {
        out.push_back(make("no-id-resolver", model::Severity::Info,
                           "no identifier resolver (kind id-resolver): identifiers cannot be resolved"));
        return;
    }
    for (auto i : facts.missingIdentifiers) {
        auto f = make("id-missing", model::Severity::Warning, nameOf(p.elements[i]) + " has no identifier");
        f.elements.push_back(p.elements[i].id);
        out.push_back(std::move(f));
    }
    for (const auto& d : facts.duplicates) {
        auto f = make("id-duplicate", model::Severity::Warning,
                      "identifier '" + d.identifier + "' is held by " + std::to_string(d.holders.size()) +
                          " elements: ");
        for (std::size_t k = 0; k < d.holders.size(); ++k) {
            f.message += (k ? ", " : "") + nameOf(p.elements[d.holders[k]]);
            f.elements.push_back(p.elements[d.holders[k]].id);
        }
        out.push_back(std::move(f));
    }
}

} // namespace

std::vector<CoverageFinding> describeFindings(const model::Project& p, const CoverageFacts& facts) {
    std::vector<CoverageFinding> out;
    for (std::size_t i = 0; i < p.elements.size(); ++i) {
        if (!facts.unreachable[i])
            continue;
        auto f = make("unreachable", model::Severity::Error,
                      nameOf(p.elements[i]) + " has no path to any service-layer element");
        f.elements.push_back(p.elements[i].id);
        out.push_back(std::move(f));
    }
    for (std::size_t i = 0; i < p.elements.size(); ++i) {
        if (!facts.mismatch[i])
            continue;
        auto f = make("protocol-mismatch", model::Severity::Warning,
                      nameOf(p.elements[i]) +
                          " speaks no protocol of any gateway or service-layer element it can reach");
        f.elements.push_back(p.elements[i].id);
        out.push_back(std::move(f));
    }
    addSpofs(p, facts, out);
    addExposures(p, facts, out);
    if (facts.interLinks.empty())
        out.push_back(make("no-inter-network", model::Severity::Info,
                           "no internet or dedicated-line link joins the factory to a cloud element"));
    if (facts.dedicatedLinks.empty())
        out.push_back(make("no-dedicated-line", model::Severity::Info,
                           "no dedicated-line link joins the factory to a cloud element"));
    if (!facts.hasSdnController)
        out.push_back(make("no-sdn-controller", model::Severity::Info,
                           "no SDN controller: switches and routers cannot be programmed centrally"));
    if (!facts.hasStorage)
        out.push_back(make("no-storage", model::Severity::Info, "no storage, database or cloud element"));
    addIdentification(p, facts, out);
    return out;
}

} // namespace iiot::solvers::coverage_detail
