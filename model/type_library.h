// Element kinds, link media, protocols and zone types. Loaded from resources/types.yaml, which is
// compiled into the library: that file is the single list of identifiers.
#pragma once

#include "diagnostic.h"

#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace iiot::model {

enum class ElementLayer { Device, Network, Service };

struct KindInfo {
    std::string id;
    std::string label;
    ElementLayer layer = ElementLayer::Device;
    std::string icon;                        // file name under resources/icons
    bool end_device = false;                 // never a transit element (MODELS.md section 4)
    std::vector<std::string> interfaces;     // default media it can attach to
    std::vector<std::string> protocols;      // default application protocols
    std::map<std::string, int> capabilities; // default capability levels 0..3
};

struct MediumInfo {
    std::string id;
    std::string label;
    bool wireless = false;
    double bandwidth_mbps = 0; // default, per direction
    double latency_ms = 0;     // default, one way
    std::string colour;        // "#rrggbb" for drawing
};

struct ProtocolInfo {
    std::string id;
    std::string label;
};

struct ZoneTypeInfo {
    std::string id;
    std::string label;
    bool ot = false;    // an operational-technology zone (ot-field, ot-workshop)
    std::string colour; // "#rrggbb"
};

class TypeLibrary {
public:
    // Parses a type library document; throws std::runtime_error naming the place on bad input.
    static TypeLibrary fromYaml(const std::string& text, const std::string& fileName);
    // The library compiled into the program from resources/types.yaml.
    static const TypeLibrary& builtin();

    const KindInfo* kind(const std::string& id) const;
    const MediumInfo* medium(const std::string& id) const;
    const ProtocolInfo* protocol(const std::string& id) const;
    const ZoneTypeInfo* zoneType(const std::string& id) const;

    const std::vector<KindInfo>& kinds() const { return kinds_; }
    const std::vector<MediumInfo>& media() const { return media_; }
    const std::vector<ProtocolInfo>& protocols() const { return protocols_; }
    const std::vector<ZoneTypeInfo>& zoneTypes() const { return zoneTypes_; }

    std::vector<std::string> kindIds() const;
    std::vector<std::string> mediumIds() const;
    std::vector<std::string> protocolIds() const;
    std::vector<std::string> zoneTypeIds() const;

private:
    std::vector<KindInfo> kinds_;
    std::vector<MediumInfo> media_;
    std::vector<ProtocolInfo> protocols_;
    std::vector<ZoneTypeInfo> zoneTypes_;
    std::unordered_map<std::string, std::size_t> kindIndex_, mediumIndex_, protocolIndex_, zoneTypeIndex_;
};

const char* toString(ElementLayer layer);
std::optional<ElementLayer> elementLayerFromString(const std::string& s);

} // namespace iiot::model
