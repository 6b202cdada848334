// The capability catalogue of the IIoT capability framework (MODELS.md section 2), loaded from
// resources/capabilities.yaml, which is compiled into the library.
#pragma once

#include "project.h"
#include "type_library.h"

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace iiot::model {

enum class FrameworkLayer { Device, Network, Service, Trust };

enum class Aggregation { Each, Any, Structural };

// Which elements a capability is rated over.
struct CapabilityScope {
    bool all = false;                  // every element
    std::vector<ElementLayer> layers;  // elements of these layers
    std::vector<std::string> kinds;    // elements of these kinds
    std::vector<std::string> excluded; // kinds left out even when their layer is in scope

    bool contains(const std::string& kind, ElementLayer layer) const;
};

struct CapabilityInfo {
    std::string id;
    std::string label;
    std::string description;
    FrameworkLayer layer = FrameworkLayer::Device;
    FrameworkLevel level = FrameworkLevel::Integration;
    CapabilityScope scope;
    Aggregation aggregation = Aggregation::Each;
    std::string check; // the structural rule applied after aggregation; empty when none
};

class CapabilityCatalogue {
public:
    static CapabilityCatalogue fromYaml(const std::string& text, const std::string& fileName);
    static const CapabilityCatalogue& builtin();

    const CapabilityInfo* find(const std::string& id) const;
    const std::vector<CapabilityInfo>& capabilities() const { return capabilities_; }
    // Value of a declared level 0..3 (0, 0.5, 0.8, 1.0).
    double levelValue(int level) const;
    // Ids, for did-you-mean hints.
    std::vector<std::string> ids() const;

private:
    std::vector<CapabilityInfo> capabilities_;
    std::vector<double> levelValues_;
    std::unordered_map<std::string, std::size_t> index_;
};

const char* toString(FrameworkLayer layer);
std::optional<FrameworkLayer> frameworkLayerFromString(const std::string& s);
const char* toString(Aggregation a);

} // namespace iiot::model
