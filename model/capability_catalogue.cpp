#include "capability_catalogue.h"

#include "embedded_resources.h"
#include "resource_error.h"

#include <algorithm>
#include <stdexcept>
#include <yaml-cpp/yaml.h>

namespace iiot::model {

namespace {

CapabilityScope parseScope(const std::string& file, const YAML::Node& node) {
    CapabilityScope scope;
    if (node.IsScalar()) {
        const auto s = node.as<std::string>();
        if (s == "all")
            scope.all = true;
        else if (s != "structural")
            throwResourceError(file, node, "scope must be all, structural or a map");
        return scope;
    }
    for (const auto& l : node["layers"]) {
        auto layer = elementLayerFromString(l.as<std::string>());
        if (!layer)
            throwResourceError(file, l, "unknown layer");
        scope.layers.push_back(*layer);
    }
    for (const auto& k : node["kinds"])
        scope.kinds.push_back(k.as<std::string>());
    for (const auto& k : node["exclude"])
        scope.excluded.push_back(k.as<std::string>());
    return scope;
}

} // namespace

bool CapabilityScope::contains(const std::string& kind, ElementLayer layer) const {
    if (std::find(excluded.begin(), excluded.end(), kind) != excluded.end())
        return false;
    if (all)
        return true;
    return std::find(layers.begin(), layers.end(), layer) != layers.end() ||
           std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

CapabilityCatalogue CapabilityCatalogue::fromYaml(const std::string& source, const std::string& file) {
    CapabilityCatalogue cat;
    YAML::Node root;
    try {
        root = YAML::Load(source);
    } catch (const YAML::Exception& e) {
        throw std::runtime_error(file + ": " + e.what());
    }
    try {
        for (const auto& v : root["level_values"])
            cat.levelValues_.push_back(v.as<double>());
        if (cat.levelValues_.size() != 4)
            throwResourceError(file, root["level_values"], "level_values needs four values (levels 0..3)");
        for (const auto& c : root["capabilities"]) {
            CapabilityInfo info;
            info.id = c["id"].as<std::string>();
            info.label = c["label"].as<std::string>();
            info.description = c["description"].as<std::string>();
            auto layer = frameworkLayerFromString(c["layer"].as<std::string>());
            auto level = frameworkLevelFromString(c["level"].as<std::string>());
            if (!layer || !level)
                throwResourceError(file, c, "capability '" + info.id + "' has an unknown layer or level");
            info.layer = *layer;
            info.level = *level;
            info.scope = parseScope(file, c["scope"]);
            const auto agg = c["aggregation"].as<std::string>();
            if (agg == "each")
                info.aggregation = Aggregation::Each;
            else if (agg == "any")
                info.aggregation = Aggregation::Any;
            else if (agg == "structural")
                info.aggregation = Aggregation::Structural;
            else
                throwResourceError(file, c["aggregation"], "unknown aggregation '" + agg + "'");
            if (c["check"])
                info.check = c["check"].as<std::string>();
            if (!cat.index_.emplace(info.id, cat.capabilities_.size()).second)
                throwResourceError(file, c, "duplicate capability '" + info.id + "'");
            cat.capabilities_.push_back(std::move(info));
        }
    } catch (const YAML::Exception& e) {
        throwResourceError(file, root, e.what());
    }
    return cat;
}

const CapabilityCatalogue& CapabilityCatalogue::builtin() {
    static const CapabilityCatalogue cat =
        fromYaml(resources::capabilitiesYaml(), "resources/capabilities.yaml");
    return cat;
}

const CapabilityInfo* CapabilityCatalogue::find(const std::string& id) const {
    auto it = index_.find(id);
    return it == index_.end() ? nullptr : &capabilities_[it->second];
}

double CapabilityCatalogue::levelValue(int level) const {
    if (level < 0 || level >= static_cast<int>(levelValues_.size()))
        return 0;
    return levelValues_[static_cast<std::size_t>(level)];
}

std::vector<std::string> CapabilityCatalogue::ids() const {
    std::vector<std::string> out;
    for (const auto& c : capabilities_)
        out.push_back(c.id);
    return out;
}

const char* toString(FrameworkLayer layer) {
    switch (layer) {
    case FrameworkLayer::Device:
        return "device";
    case FrameworkLayer::Network:
        return "network";
    case FrameworkLayer::Service:
        return "service";
    case FrameworkLayer::Trust:
        return "trust";
    }
    return "";
}

std::optional<FrameworkLayer> frameworkLayerFromString(const std::string& s) {
    for (auto l :
         {FrameworkLayer::Device, FrameworkLayer::Network, FrameworkLayer::Service, FrameworkLayer::Trust})
        if (s == toString(l))
            return l;
    return std::nullopt;
}

const char* toString(Aggregation a) {
    switch (a) {
    case Aggregation::Each:
        return "each";
    case Aggregation::Any:
        return "any";
    case Aggregation::Structural:
        return "structural";
    }
    return "";
}

} // namespace iiot::model
