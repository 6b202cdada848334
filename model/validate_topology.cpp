// Validation of the project header, zones, elements and links.
#include "effective_values.h"
#include "validation_context.h"

#include <algorithm>
#include <limits>
#include <set>
#include <tuple>

namespace iiot::model {

namespace {

constexpr double kNoMax = std::numeric_limits<double>::max();

bool validElementId(const std::string& id) {
    if (id.empty() || id.size() > 64)
        return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
               c == '.' || c == '-';
    });
}

bool contains(const std::vector<std::string>& list, const std::string& s) {
    return std::find(list.begin(), list.end(), s) != list.end();
}

} // namespace

void validateTopLevel(ValidationContext& v) {
    const auto& p = v.project;
    if (p.format != kFormatId)
        v.error("format", "unsupported format '" + p.format + "'",
                std::string("expected '") + kFormatId + "'");
    if (p.name.empty())
        v.error("name", "the project needs a non-empty 'name'");
    if (p.capability_weights) {
        for (const auto& [id, weight] : *p.capability_weights) {
            const std::string path = "capability_weights/" + id;
            if (!v.catalogue.find(id))
                v.error(path, "unknown capability '" + id + "'", v.hintFor(id, v.catalogue.ids()));
            v.range(path, "weight of '" + id + "'", static_cast<double>(weight), 1, 3);
        }
    }
}

void validateSubsystems(ValidationContext& v) {
    const auto& subsystems = v.project.subsystems;
    for (std::size_t i = 0; i < subsystems.size(); ++i)
        v.range("subsystems/" + std::to_string(i) + "/priority",
                "'priority' of subsystem '" + subsystems[i].id + "'", subsystems[i].priority, 1, 10);
}

void validateZonesAndElements(ValidationContext& v) {
    const auto& p = v.project;
    for (std::size_t i = 0; i < p.zones.size(); ++i) {
        const auto& z = p.zones[i];
        const std::string path = "zones/" + std::to_string(i);
        if (!v.types.zoneType(z.type))
            v.error(path + "/type", "unknown zone type '" + z.type + "' in zone '" + z.id + "'",
                    v.hintFor(z.type, v.types.zoneTypeIds()));
    }
    for (std::size_t i = 0; i < p.elements.size(); ++i) {
        const auto& e = p.elements[i];
        const std::string path = "elements/" + std::to_string(i);
        const std::string what = "element '" + e.id + "'";
        if (!e.id.empty() && !validElementId(e.id))
            v.error(path + "/id", "element id '" + e.id + "' is not valid",
                    "use 1 to 64 characters of A-Z, a-z, 0-9, '_', '.' and '-'", e.id);
        const KindInfo* kind = v.types.kind(e.kind);
        if (!kind)
            v.error(path + "/kind", "unknown kind '" + e.kind + "' of " + what,
                    v.hintFor(e.kind, v.types.kindIds()), e.id);
        if (e.zone && !v.zones.count(*e.zone))
            v.error(path + "/zone", what + " names zone '" + *e.zone + "', which does not exist",
                    v.hintFor(*e.zone, v.zoneIds), e.id);
        if (e.subsystem && !v.subsystems.count(*e.subsystem))
            v.error(path + "/subsystem",
                    what + " names subsystem '" + *e.subsystem + "', which does not exist",
                    v.hintFor(*e.subsystem, v.subsystemIds), e.id);
        if (e.interfaces)
            for (std::size_t j = 0; j < e.interfaces->size(); ++j) {
                const auto& m = (*e.interfaces)[j];
                if (!v.types.medium(m))
                    v.error(path + "/interfaces/" + std::to_string(j),
                            "unknown medium '" + m + "' in " + what, v.hintFor(m, v.types.mediumIds()), e.id);
            }
        if (e.protocols)
            for (std::size_t j = 0; j < e.protocols->size(); ++j) {
                const auto& pr = (*e.protocols)[j];
                if (!v.types.protocol(pr))
                    v.error(path + "/protocols/" + std::to_string(j),
                            "unknown protocol '" + pr + "' in " + what, v.hintFor(pr, v.types.protocolIds()),
                            e.id);
            }
        if (e.compute) {
            const auto& c = *e.compute;
            v.range(path + "/compute/cores", "'cores' of " + what, c.cores, 1, kNoMax, false, e.id);
            v.range(path + "/compute/mips_per_core", "'mips_per_core' of " + what, c.mips_per_core, 0, kNoMax,
                    true, e.id);
            v.range(path + "/compute/ram_mb", "'ram_mb' of " + what, c.ram_mb, 0, kNoMax, false, e.id);
            v.range(path + "/compute/storage_mb", "'storage_mb' of " + what, c.storage_mb, 0, kNoMax, false,
                    e.id);
        }
        if (e.vnf) {
            const auto& f = *e.vnf;
            v.range(path + "/vnf/cores", "'vnf.cores' of " + what, f.cores, 0, kNoMax, false, e.id);
            v.range(path + "/vnf/cost_per_core", "'vnf.cost_per_core' of " + what, f.cost_per_core, 0, kNoMax,
                    false, e.id);
            for (auto [key, value] :
                 {std::pair{"alpha1", f.alpha1}, std::pair{"alpha2", f.alpha2}, std::pair{"beta", f.beta},
                  std::pair{"gamma1", f.gamma1}, std::pair{"gamma2", f.gamma2}})
                v.range(path + "/vnf/" + key, "'vnf." + std::string(key) + "' of " + what, value, 0, kNoMax,
                        false, e.id);
        }
        if (e.capacity)
            for (const auto& [resource, amount] : *e.capacity)
                v.range(path + "/capacity/" + resource, "capacity '" + resource + "' of " + what, amount, 0,
                        kNoMax, false, e.id);
        if (e.power) {
            v.range(path + "/power/idle_w", "'idle_w' of " + what, e.power->idle_w, 0, kNoMax, false, e.id);
            v.range(path + "/power/max_w", "'max_w' of " + what, e.power->max_w, 0, kNoMax, false, e.id);
            if (e.power->idle_w && e.power->max_w && *e.power->max_w < *e.power->idle_w)
                v.error(path + "/power/max_w", "'max_w' of " + what + " is below its 'idle_w'", {}, e.id);
        }
        if (e.radio) {
            v.range(path + "/radio/tx_power_w", "'tx_power_w' of " + what, e.radio->tx_power_w, 0, kNoMax,
                    false, e.id);
            v.range(path + "/radio/channel_gain", "'channel_gain' of " + what, e.radio->channel_gain, 0,
                    kNoMax, false, e.id);
        }
        if (e.capabilities)
            for (const auto& [id, level] : *e.capabilities) {
                const std::string cpath = path + "/capabilities/" + id;
                const CapabilityInfo* cap = v.catalogue.find(id);
                if (!cap) {
                    v.error(cpath, "unknown capability '" + id + "' in " + what,
                            v.hintFor(id, v.catalogue.ids()), e.id);
                    continue;
                }
                v.range(cpath, "level of '" + id + "'", static_cast<double>(level), 0, 3, false, e.id);
                if (kind && !cap->scope.contains(e.kind, kind->layer))
                    v.warning(cpath, "capability '" + id + "' does not apply to kind '" + e.kind + "'",
                              "the declaration is ignored by the coverage evaluation", e.id);
            }
    }
}

void validateLinks(ValidationContext& v) {
    const auto& p = v.project;
    std::unordered_map<std::string, std::size_t> linkIds;
    std::set<std::tuple<std::string, std::string, std::string>> pairs;
    for (std::size_t i = 0; i < p.links.size(); ++i) {
        const auto& l = p.links[i];
        const std::string path = "links/" + std::to_string(i);
        const std::string what = "link '" + l.id.value_or(std::to_string(i + 1)) + "'";
        if (l.id) {
            auto [it, fresh] = linkIds.emplace(*l.id, i);
            if (!fresh)
                v.error(path + "/id", "duplicate link id '" + *l.id + "'",
                        "also used by link #" + std::to_string(it->second + 1) + "; ids must be unique");
        }
        const Element* ends[2] = {nullptr, nullptr};
        const std::string* names[2] = {&l.from, &l.to};
        const char* keys[2] = {"from", "to"};
        for (int k = 0; k < 2; ++k) {
            auto it = v.elements.find(*names[k]);
            if (it == v.elements.end())
                v.error(path + "/" + keys[k],
                        what + " names element '" + *names[k] + "', which does not exist",
                        v.hintFor(*names[k], v.elementIds));
            else
                ends[k] = &p.elements[it->second];
        }
        if (l.from == l.to)
            v.error(path + "/to", what + " joins element '" + l.from + "' to itself",
                    "a link needs two different elements", l.from);
        const MediumInfo* medium = v.types.medium(l.medium);
        if (!medium)
            v.error(path + "/medium", "unknown medium '" + l.medium + "' of " + what,
                    v.hintFor(l.medium, v.types.mediumIds()));
        if (medium)
            for (int k = 0; k < 2; ++k) {
                if (!ends[k] || !v.types.kind(ends[k]->kind))
                    continue;
                if (!contains(effectiveInterfaces(*ends[k], v.types), l.medium))
                    v.error(path + "/medium",
                            what + ": element '" + ends[k]->id + "' has no " + medium->label + " interface",
                            "add '" + l.medium + "' to its interfaces or choose another medium", ends[k]->id);
            }
        if (ends[0] && ends[1] && l.from != l.to) {
            auto key = std::make_tuple(std::min(l.from, l.to), std::max(l.from, l.to), l.medium);
            if (!pairs.insert(key).second)
                v.error(path,
                        what + " duplicates another " + l.medium + " link between '" + l.from + "' and '" +
                            l.to + "'",
                        "remove it, or use another medium for a redundant path");
        }
        v.range(path + "/bandwidth_mbps", "'bandwidth_mbps' of " + what, l.bandwidth_mbps, 0, kNoMax, true);
        v.range(path + "/latency_ms", "'latency_ms' of " + what, l.latency_ms, 0, kNoMax);
        v.range(path + "/loss", "'loss' of " + what, l.loss, 0, 1);
        v.range(path + "/cost_per_mbps", "'cost_per_mbps' of " + what, l.cost_per_mbps, 0, kNoMax);
        v.range(path + "/channel_mhz", "'channel_mhz' of " + what, l.channel_mhz, 0, kNoMax, true);
        v.range(path + "/noise_w", "'noise_w' of " + what, l.noise_w, 0, kNoMax, true);
        if (medium && !medium->wireless && (l.channel_mhz || l.noise_w))
            v.warning(path, what + " is wired: 'channel_mhz' and 'noise_w' apply to wireless media only",
                      "they are ignored");
    }
}

} // namespace iiot::model
