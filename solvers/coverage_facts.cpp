#include "coverage_facts.h"

#include "model/effective_values.h"

#include <algorithm>
#include <unordered_map>

namespace iiot::solvers::coverage_detail {

namespace {

// "Reachable" means "in the same connected component" because paths run through any element of
// the undirected graph: one components pass answers every reachability question below.
struct Components {
    std::vector<int> of; // component per element
    int count = 0;
};

// Protocol-mismatch without a search per element: count, per component and protocol, the gateways
// and service elements speaking it. An element's own protocols do not count, so a gateway subtracts
// itself; a plain set per component could not tell "only I speak it" from "someone else does too".
void findMismatches(const model::Project& project, const model::TypeLibrary& types, const Components& comp,
                    CoverageFacts& facts) {
    const auto n = project.elements.size();
    std::unordered_map<std::string, std::size_t> protocolIndex;
    std::vector<std::vector<std::size_t>> protocols(n); // per element: distinct protocol indices
    for (std::size_t i = 0; i < n; ++i) {
        for (const auto& p : model::effectiveProtocols(project.elements[i], types)) {
            const auto index = protocolIndex.emplace(p, protocolIndex.size()).first->second;
            if (std::find(protocols[i].begin(), protocols[i].end(), index) == protocols[i].end())
                protocols[i].push_back(index);
        }
    }
    const std::size_t width = protocolIndex.size();
    auto speaks = [&](std::size_t i) {
        return isLayer(facts.kinds[i], model::ElementLayer::Service) ||
               (facts.kinds[i] && facts.kinds[i]->id == "gateway");
    };
    std::vector<int> speakers(static_cast<std::size_t>(comp.count) * width, 0);
    for (std::size_t i = 0; i < n; ++i)
        if (speaks(i))
            for (auto p : protocols[i])
                ++speakers[static_cast<std::size_t>(comp.of[i]) * width + p];
    for (std::size_t i = 0; i < n; ++i) {
        if (!isLayer(facts.kinds[i], model::ElementLayer::Device) || protocols[i].empty())
            continue;
        const bool self = speaks(i);
        const bool understood = std::any_of(protocols[i].begin(), protocols[i].end(), [&](std::size_t p) {
            return speakers[static_cast<std::size_t>(comp.of[i]) * width + p] - (self ? 1 : 0) > 0;
        });
        facts.mismatch[i] = !understood;
    }
}

// The path test of network.inter.*: an internet or dedicated-line link in a component that holds a
// cloud-kind element and a non-cloud element.
void findInterLinks(const model::Project& project, const NetworkGraph& graph, const Components& comp,
                    CoverageFacts& facts) {
    std::vector<std::size_t> size(static_cast<std::size_t>(comp.count), 0), clouds(size);
    for (std::size_t i = 0; i < project.elements.size(); ++i) {
        ++size[static_cast<std::size_t>(comp.of[i])];
        if (facts.kinds[i] && facts.kinds[i]->id == "cloud")
            ++clouds[static_cast<std::size_t>(comp.of[i])];
    }
    for (std::size_t l = 0; l < project.links.size(); ++l) {
        const auto& link = project.links[l];
        if (link.medium != "internet" && link.medium != "dedicated-line")
            continue;
        const auto a = graph.vertex(link.from), b = graph.vertex(link.to);
        if (a == SIZE_MAX || b == SIZE_MAX || a == b)
            continue; // left out of the graph (validation reports it)
        const auto c = static_cast<std::size_t>(comp.of[a]);
        if (clouds[c] == 0 || clouds[c] == size[c])
            continue;
        facts.interLinks.push_back(l);
        if (link.medium == "dedicated-line")
            facts.dedicatedLinks.push_back(l);
    }
}

void findOtItPath(const model::Project& project, const model::TypeLibrary& types, const Components& comp,
                  CoverageFacts& facts) {
    std::unordered_map<std::string, const model::ZoneTypeInfo*> zoneTypes;
    for (const auto& z : project.zones)
        zoneTypes.emplace(z.id, types.zoneType(z.type));
    std::vector<char> ot(static_cast<std::size_t>(comp.count), 0), it(ot);
    for (std::size_t i = 0; i < project.elements.size(); ++i) {
        const auto& zone = project.elements[i].zone;
        if (!zone)
            continue;
        const auto found = zoneTypes.find(*zone);
        if (found == zoneTypes.end() || !found->second)
            continue;
        const auto c = static_cast<std::size_t>(comp.of[i]);
        ot[c] |= found->second->ot ? 1 : 0;
        it[c] |= found->second->id == "it-enterprise" ? 1 : 0;
    }
    for (std::size_t c = 0; c < ot.size(); ++c)
        facts.otItPath = facts.otItPath || (ot[c] && it[c]);
}

// Identifiers compare exactly; an empty string is missing; every holder of a shared identifier is
// non-unique.
void findIdentifiers(const model::Project& project, CoverageFacts& facts) {
    std::unordered_map<std::string, std::size_t> groupOf; // identifier -> index into groups
    std::vector<DuplicateIdentifier> groups;
    for (std::size_t i = 0; i < project.elements.size(); ++i) {
        const auto& id = project.elements[i].identifier;
        if (!id || id->empty()) {
            facts.missingIdentifiers.push_back(i);
            continue;
        }
        const auto [it, fresh] = groupOf.emplace(*id, groups.size());
        if (fresh)
            groups.push_back({*id, {}});
        groups[it->second].holders.push_back(i);
    }
    std::vector<bool> unique(project.elements.size(), false);
    for (auto& g : groups) {
        if (g.holders.size() == 1)
            unique[g.holders.front()] = true;
        else
            facts.duplicates.push_back(std::move(g));
    }
    for (std::size_t i = 0; i < unique.size(); ++i)
        if (unique[i])
            facts.uniqueIdentifiers.push_back(i);
}

} // namespace

bool isLayer(const model::KindInfo* kind, model::ElementLayer layer) {
    return kind && kind->layer == layer;
}

bool CoverageFacts::anyUnreachable() const {
    return std::find(unreachable.begin(), unreachable.end(), true) != unreachable.end();
}

CoverageFacts collectFacts(const model::Project& project, const model::TypeLibrary& types,
                           const NetworkGraph& graph) {
    const auto n = project.elements.size();
    CoverageFacts facts;
    facts.kinds.reserve(n);
    for (const auto& e : project.elements) {
        facts.kinds.push_back(types.kind(e.kind));
        const std::string kind = facts.kinds.back() ? e.kind : std::string();
        facts.hasSdnController = facts.hasSdnController || kind == "sdn-controller";
        facts.hasMessageBroker = facts.hasMessageBroker || kind == "message-broker";
        facts.hasIdResolver = facts.hasIdResolver || kind == "id-resolver";
        facts.hasStorage = facts.hasStorage || kind == "storage" || kind == "database" || kind == "cloud";
    }
    Components comp;
    comp.of = graph.components(&comp.count);

    // unreachable: a device element whose component holds no service element (so every device
    // element is unreachable when the design has no service element at all).
    std::vector<char> hasService(static_cast<std::size_t>(comp.count), 0);
    for (std::size_t i = 0; i < n; ++i)
        if (isLayer(facts.kinds[i], model::ElementLayer::Service))
            hasService[static_cast<std::size_t>(comp.of[i])] = 1;
    facts.unreachable.assign(n, false);
    for (std::size_t i = 0; i < n; ++i)
        facts.unreachable[i] = isLayer(facts.kinds[i], model::ElementLayer::Device) &&
                               !hasService[static_cast<std::size_t>(comp.of[i])];

    facts.mismatch.assign(n, false);
    findMismatches(project, types, comp, facts);
    findInterLinks(project, graph, comp, facts);
    findOtItPath(project, types, comp, facts);
    findIdentifiers(project, facts);
    return facts;
}

} // namespace iiot::solvers::coverage_detail
