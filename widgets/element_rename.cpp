#include "element_rename.h"

#include <algorithm>

namespace iiot::ui {

std::vector<std::size_t> renameElementIn(model::Project& project, const std::string& from,
                                         const std::string& to) {
    std::vector<std::size_t> links;
    for (model::Element& e : project.elements)
        if (e.id == from)
            e.id = to;
    auto follow = [&](std::string& reference) {
        if (reference == from)
            reference = to;
    };
    for (std::size_t i = 0; i < project.links.size(); ++i) {
        model::Link& link = project.links[i];
        if (link.from != from && link.to != from)
            continue;
        follow(link.from);
        follow(link.to);
        links.push_back(i);
    }
    for (model::Application& app : project.applications) {
        if (app.generated_by && app.generated_by->elements)
            std::for_each(app.generated_by->elements->begin(), app.generated_by->elements->end(), follow);
        if (app.hosts)
            std::for_each(app.hosts->begin(), app.hosts->end(), follow);
    }
    for (model::Service& service : project.services) {
        follow(service.source);
        follow(service.destination);
    }
    return links;
}

bool isReferenced(const model::Project& project, const std::string& id) {
    auto names = [&id](const std::optional<std::vector<std::string>>& list) {
        return list && std::find(list->begin(), list->end(), id) != list->end();
    };
    for (const model::Link& link : project.links)
        if (link.from == id || link.to == id)
            return true;
    for (const model::Application& app : project.applications)
        if ((app.generated_by && names(app.generated_by->elements)) || names(app.hosts))
            return true;
    for (const model::Service& service : project.services)
        if (service.source == id || service.destination == id)
            return true;
    return false;
}

} // namespace iiot::ui
