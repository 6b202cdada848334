// iiot-cli info PROJECT [--json]: what a project holds, per layer, kind and medium.
#include "commands.h"

#include "model/json_writer.h"
#include "model/type_library.h"
#include "solvers/network_graph.h"

#include <iomanip>
#include <iostream>
#include <map>

namespace iiot::cli {

namespace {

struct Counts {
    std::map<model::ElementLayer, long long> byLayer;
    std::vector<std::pair<std::string, long long>> byKind, byMedium; // type-library order, present only
    int components = 0;
};

Counts count(const model::Project& p, const model::TypeLibrary& types) {
    Counts c;
    std::map<std::string, long long> kinds, media;
    for (const auto& e : p.elements) {
        ++kinds[e.kind];
        if (const auto* k = types.kind(e.kind))
            ++c.byLayer[k->layer];
    }
    for (const auto& l : p.links)
        ++media[l.medium];
    for (const auto& k : types.kinds())
        if (kinds.count(k.id))
            c.byKind.emplace_back(k.id, kinds[k.id]);
    for (const auto& m : types.media())
        if (media.count(m.id))
            c.byMedium.emplace_back(m.id, media[m.id]);
    solvers::NetworkGraph graph(p, types);
    graph.components(&c.components);
    return c;
}

void printJson(const model::Project& p, const Counts& c) {
    model::JsonWriter j;
    j.beginObject().field("name", p.name).field("format", p.format);
    j.field("elements", p.elements.size()).field("links", p.links.size()).field("zones", p.zones.size());
    j.field("subsystems", p.subsystems.size()).field("applications", p.applications.size());
    j.field("vnf_types", p.vnf_types.size()).field("services", p.services.size());
    j.field("scenarios", p.scenarios.size()).field("results", p.results.size());
    j.field("components", c.components);
    j.key("by_layer").beginObject();
    for (auto layer :
         {model::ElementLayer::Device, model::ElementLayer::Network, model::ElementLayer::Service}) {
        auto it = c.byLayer.find(layer);
        j.field(model::toString(layer), it == c.byLayer.end() ? 0LL : it->second);
    }
    j.endObject();
    for (auto [key, list] : {std::pair{"by_kind", &c.byKind}, std::pair{"by_medium", &c.byMedium}}) {
        j.key(key).beginObject();
        for (const auto& [id, n] : *list)
            j.field(id, n);
        j.endObject();
    }
    j.endObject();
    std::cout << j.str() << '\n';
}

void printTable(const model::Project& p, const Counts& c) {
    auto row = [](const std::string& label, const std::string& value) {
        std::cout << "  " << std::left << std::setw(20) << label << value << '\n';
    };
    auto layer = [&](model::ElementLayer l) {
        auto it = c.byLayer.find(l);
        return std::to_string(it == c.byLayer.end() ? 0 : it->second);
    };
    std::cout << p.name << " (" << p.format << ")\n";
    row("elements", std::to_string(p.elements.size()) + "  (device " + layer(model::ElementLayer::Device) +
                        ", network " + layer(model::ElementLayer::Network) + ", service " +
                        layer(model::ElementLayer::Service) + ")");
    row("links", std::to_string(p.links.size()) + "  (" + std::to_string(c.components) +
                     " connected component" + (c.components == 1 ? ")" : "s)"));
    row("zones", std::to_string(p.zones.size()));
    row("subsystems", std::to_string(p.subsystems.size()));
    row("applications", std::to_string(p.applications.size()));
    row("vnf types", std::to_string(p.vnf_types.size()));
    row("services", std::to_string(p.services.size()));
    row("scenarios", std::to_string(p.scenarios.size()));
    row("stored results", std::to_string(p.results.size()));
    for (auto [title, list] : {std::pair{"by kind", &c.byKind}, std::pair{"by medium", &c.byMedium}}) {
        if (list->empty())
            continue;
        std::cout << title << '\n';
        for (const auto& [id, n] : *list)
            row(id, std::to_string(n));
    }
}

} // namespace

int runInfo(const CommandLine& cl) {
    int status = kDone;
    auto project = loadForCommand(cl.positional[0], status);
    if (!project)
        return status;
    const auto counts = count(*project, model::TypeLibrary::builtin());
    if (cl.has("--json"))
        printJson(*project, counts);
    else
        printTable(*project, counts);
    return kDone;
}

} // namespace iiot::cli
