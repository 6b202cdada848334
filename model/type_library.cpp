#include "type_library.h"

#include "embedded_resources.h"
#include "resource_error.h"

#include <stdexcept>
#include <yaml-cpp/yaml.h>

namespace iiot::model {

namespace {

std::string text(const std::string& file, const YAML::Node& map, const char* key) {
    const auto v = map[key];
    if (!v || !v.IsScalar())
        throwResourceError(file, map, std::string("missing text field '") + key + "'");
    return v.as<std::string>();
}

std::vector<std::string> textList(const YAML::Node& map, const char* key) {
    std::vector<std::string> out;
    for (const auto& v : map[key])
        out.push_back(v.as<std::string>());
    return out;
}

template <typename T>
void indexById(const std::vector<T>& items, std::unordered_map<std::string, std::size_t>& index,
               const std::string& file, const char* what) {
    for (std::size_t i = 0; i < items.size(); ++i)
        if (!index.emplace(items[i].id, i).second)
            throw std::runtime_error(file + ": duplicate " + what + " '" + items[i].id + "'");
}

template <typename T>
const T* byId(const std::vector<T>& items, const std::unordered_map<std::string, std::size_t>& index,
              const std::string& id) {
    auto it = index.find(id);
    return it == index.end() ? nullptr : &items[it->second];
}

template <typename T> std::vector<std::string> idsOf(const std::vector<T>& items) {
    std::vector<std::string> out;
    out.reserve(items.size());
    for (const auto& i : items)
        out.push_back(i.id);
    return out;
}

} // namespace

TypeLibrary TypeLibrary::fromYaml(const std::string& source, const std::string& file) {
    TypeLibrary lib;
    YAML::Node root;
    try {
        root = YAML::Load(source);
    } catch (const YAML::Exception& e) {
        throw std::runtime_error(file + ": " + e.what());
    }
    try {
        for (const auto& p : root["protocols"])
            lib.protocols_.push_back({text(file, p, "id"), text(file, p, "label")});
        for (const auto& m : root["media"]) {
            MediumInfo info{text(file, m, "id"),          text(file, m, "label"),
                            m["wireless"].as<bool>(),     m["bandwidth_mbps"].as<double>(),
                            m["latency_ms"].as<double>(), text(file, m, "colour")};
            lib.media_.push_back(std::move(info));
        }
        for (const auto& z : root["zone_types"])
            lib.zoneTypes_.push_back(
                {text(file, z, "id"), text(file, z, "label"), z["ot"].as<bool>(), text(file, z, "colour")});
        indexById(lib.protocols_, lib.protocolIndex_, file, "protocol");
        indexById(lib.media_, lib.mediumIndex_, file, "medium");
        indexById(lib.zoneTypes_, lib.zoneTypeIndex_, file, "zone type");

        for (const auto& k : root["kinds"]) {
            KindInfo info;
            info.id = text(file, k, "id");
            info.label = text(file, k, "label");
            auto layer = elementLayerFromString(text(file, k, "layer"));
            if (!layer)
                throwResourceError(file, k["layer"], "unknown layer");
            info.layer = *layer;
            info.icon = text(file, k, "icon");
            info.end_device = k["end_device"] && k["end_device"].as<bool>();
            info.interfaces = textList(k, "interfaces");
            info.protocols = textList(k, "protocols");
            for (const auto& m : info.interfaces)
                if (!lib.medium(m))
                    throwResourceError(file, k["interfaces"],
                                       "kind '" + info.id + "' names unknown medium '" + m + "'");
            for (const auto& p : info.protocols)
                if (!lib.protocol(p))
                    throwResourceError(file, k["protocols"],
                                       "kind '" + info.id + "' names unknown protocol '" + p + "'");
            for (const auto& c : k["capabilities"])
                info.capabilities[c.first.as<std::string>()] = c.second.as<int>();
            lib.kinds_.push_back(std::move(info));
        }
        indexById(lib.kinds_, lib.kindIndex_, file, "kind");
    } catch (const YAML::Exception& e) {
        throwResourceError(file, root, e.what());
    }
    return lib;
}

const TypeLibrary& TypeLibrary::builtin() {
    static const TypeLibrary lib = fromYaml(resources::typesYaml(), "resources/types.yaml");
    return lib;
}

const KindInfo* TypeLibrary::kind(const std::string& id) const {
    return byId(kinds_, kindIndex_, id);
}
const MediumInfo* TypeLibrary::medium(const std::string& id) const {
    return byId(media_, mediumIndex_, id);
}
const ProtocolInfo* TypeLibrary::protocol(const std::string& id) const {
    return byId(protocols_, protocolIndex_, id);
}
const ZoneTypeInfo* TypeLibrary::zoneType(const std::string& id) const {
    return byId(zoneTypes_, zoneTypeIndex_, id);
}

std::vector<std::string> TypeLibrary::kindIds() const {
    return idsOf(kinds_);
}
std::vector<std::string> TypeLibrary::mediumIds() const {
    return idsOf(media_);
}
std::vector<std::string> TypeLibrary::protocolIds() const {
    return idsOf(protocols_);
}
std::vector<std::string> TypeLibrary::zoneTypeIds() const {
    return idsOf(zoneTypes_);
}

const char* toString(ElementLayer layer) {
    switch (layer) {
    case ElementLayer::Device:
        return "device";
    case ElementLayer::Network:
        return "network";
    case ElementLayer::Service:
        return "service";
    }
    return "";
}

std::optional<ElementLayer> elementLayerFromString(const std::string& s) {
    for (auto l : {ElementLayer::Device, ElementLayer::Network, ElementLayer::Service})
        if (s == toString(l))
            return l;
    return std::nullopt;
}

} // namespace iiot::model
