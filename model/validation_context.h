// Shared state of one validation run: the project, the libraries, the id indexes and the
// diagnostics being collected. Internal to validation*.cpp.
#pragma once

#include "capability_catalogue.h"
#include "diagnostic.h"
#include "project.h"
#include "source_map.h"
#include "type_library.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace iiot::model {

class ValidationContext {
public:
    ValidationContext(const Project& p, const TypeLibrary& t, const CapabilityCatalogue& c,
                      const SourceMap* s, std::string file);

    const Project& project;
    const TypeLibrary& types;
    const CapabilityCatalogue& catalogue;

    void error(const std::string& path, std::string message, std::string hint = {}, std::string element = {});
    void warning(const std::string& path, std::string message, std::string hint = {},
                 std::string element = {});

    // Did-you-mean against a list, computed for a bounded number of problems (the search is
    // quadratic in the worst case and a broken file can have thousands of dangling references).
    std::string hintFor(const std::string& word, const std::vector<std::string>& candidates);

    // Checks that value lies in [min, max] (or (min, max] when minExclusive).
    void range(const std::string& path, const std::string& what, double value, double min, double max,
               bool minExclusive = false, const std::string& element = {});
    template <typename T>
    void range(const std::string& path, const std::string& what, const std::optional<T>& value, double min,
               double max, bool minExclusive = false, const std::string& element = {}) {
        if (value)
            range(path, what, static_cast<double>(*value), min, max, minExclusive, element);
    }

    // Registers ids of one list, reporting duplicates; returns id -> index.
    template <typename T>
    std::unordered_map<std::string, std::size_t> index(const std::vector<T>& items, const char* list,
                                                       const char* what);

    std::unordered_map<std::string, std::size_t> elements, zones, subsystems, vnfTypes;
    std::vector<std::string> elementIds, zoneIds, subsystemIds, vnfTypeIds;

    Diagnostics take() { return std::move(diagnostics_); }

private:
    void add(Severity s, const std::string& path, std::string message, std::string hint, std::string element);

    const SourceMap* sources_;
    std::string file_;
    Diagnostics diagnostics_;
    int hintsLeft_ = 200;
};

template <typename T>
std::unordered_map<std::string, std::size_t> ValidationContext::index(const std::vector<T>& items,
                                                                      const char* list, const char* what) {
    std::unordered_map<std::string, std::size_t> out;
    out.reserve(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        const std::string path = std::string(list) + "/" + std::to_string(i);
        const auto& id = items[i].id;
        if (id.empty()) {
            error(path + "/id", std::string(what) + " #" + std::to_string(i + 1) + " has an empty id");
            continue;
        }
        auto [it, fresh] = out.emplace(id, i);
        if (!fresh)
            error(path + "/id", "duplicate " + std::string(what) + " id '" + id + "'",
                  "also used by " + std::string(what) + " #" + std::to_string(it->second + 1) +
                      "; ids must be unique");
    }
    return out;
}

// The parts of validateProject, one per group of entities.
void validateTopLevel(ValidationContext& v);
void validateSubsystems(ValidationContext& v);
void validateZonesAndElements(ValidationContext& v);
void validateLinks(ValidationContext& v);
void validateApplications(ValidationContext& v);
void validateSlicing(ValidationContext& v);
void validateScenarios(ValidationContext& v);

} // namespace iiot::model
