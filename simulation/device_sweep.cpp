#include "device_sweep.h"

#include <algorithm>
#include <map>
#include <set>

namespace iiot::sim {

namespace {

bool generates(const model::Application& a, const model::Element& e) {
    if (!a.generated_by)
        return false;
    const auto& g = *a.generated_by;
    if (g.kinds && std::find(g.kinds->begin(), g.kinds->end(), e.kind) != g.kinds->end())
        return true;
    return g.elements && std::find(g.elements->begin(), g.elements->end(), e.id) != g.elements->end();
}

} // namespace

std::vector<std::size_t> generatingElements(const model::Project& project) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < project.elements.size(); ++i)
        for (const auto& a : project.applications)
            if (generates(a, project.elements[i])) {
                out.push_back(i);
                break;
            }
    return out;
}

model::Project withDeviceCount(const model::Project& project, std::size_t devices) {
    const auto generators = generatingElements(project);
    if (generators.empty() || generators.size() == devices)
        return project;
    model::Project out = project;
    if (devices < generators.size()) {
        std::set<std::string> removed;
        for (std::size_t k = devices; k < generators.size(); ++k)
            removed.insert(project.elements[generators[k]].id);
        std::erase_if(out.elements, [&](const model::Element& e) { return removed.count(e.id) > 0; });
        std::erase_if(out.links, [&](const model::Link& l) {
            return removed.count(l.from) > 0 || removed.count(l.to) > 0;
        });
        for (auto& a : out.applications)
            if (a.generated_by && a.generated_by->elements)
                std::erase_if(*a.generated_by->elements,
                              [&](const std::string& id) { return removed.count(id) > 0; });
        return out;
    }
    out.ensureLinkIds();
    // Links of each original, to copy for its clones.
    std::map<std::string, std::vector<std::size_t>> linksOf;
    for (std::size_t i = 0; i < out.links.size(); ++i) {
        linksOf[out.links[i].from].push_back(i);
        linksOf[out.links[i].to].push_back(i);
    }
    std::set<std::string> ids;
    for (const auto& e : out.elements)
        ids.insert(e.id);
    for (const auto& l : out.links)
        ids.insert(*l.id);
    std::map<std::string, std::size_t> cloneCount;
    const std::size_t originalLinks = out.links.size();
    out.elements.reserve(project.elements.size() + devices - generators.size());
    for (std::size_t n = generators.size(), k = 0; n < devices; ++n, k = (k + 1) % generators.size()) {
        const model::Element& original = project.elements[generators[k]];
        std::string id;
        do
            id = original.id + "#" + std::to_string(++cloneCount[original.id]);
        while (ids.count(id) > 0);
        ids.insert(id);
        model::Element clone = original;
        clone.id = id;
        if (clone.name)
            clone.name = *clone.name + " #" + std::to_string(cloneCount[original.id]);
        clone.identifier.reset();
        for (std::size_t li : linksOf[original.id]) {
            if (li >= originalLinks)
                continue;
            model::Link l = out.links[li];
            if (l.from == original.id)
                l.from = id;
            if (l.to == original.id)
                l.to = id;
            l.id = *l.id + "#" + id;
            out.links.push_back(std::move(l));
        }
        for (auto& a : out.applications)
            if (a.generated_by && a.generated_by->elements) {
                auto& list = *a.generated_by->elements;
                if (std::find(list.begin(), list.end(), original.id) != list.end())
                    list.push_back(id);
            }
        out.elements.push_back(std::move(clone));
    }
    return out;
}

} // namespace iiot::sim
