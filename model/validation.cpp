#include "validation.h"

#include "did_you_mean.h"
#include "validation_context.h"

#include <algorithm>
#include <limits>

namespace iiot::model {

ValidationContext::ValidationContext(const Project& p, const TypeLibrary& t, const CapabilityCatalogue& c,
                                     const SourceMap* s, std::string file)
    : project(p), types(t), catalogue(c), sources_(s), file_(std::move(file)) {}

void ValidationContext::add(Severity s, const std::string& path, std::string message, std::string hint,
                            std::string element) {
    Diagnostic d;
    d.severity = s;
    d.file = file_;
    if (sources_)
        d.location = sources_->find(path);
    d.message = std::move(message);
    d.hint = std::move(hint);
    d.path = path;
    d.element = std::move(element);
    diagnostics_.push_back(std::move(d));
}

void ValidationContext::error(const std::string& path, std::string message, std::string hint,
                              std::string element) {
    add(Severity::Error, path, std::move(message), std::move(hint), std::move(element));
}

void ValidationContext::warning(const std::string& path, std::string message, std::string hint,
                                std::string element) {
    add(Severity::Warning, path, std::move(message), std::move(hint), std::move(element));
}

std::string ValidationContext::hintFor(const std::string& word, const std::vector<std::string>& candidates) {
    if (hintsLeft_ <= 0)
        return {};
    --hintsLeft_;
    return suggestion(word, candidates);
}

namespace {
std::string formatBound(double v) {
    std::string s = std::to_string(v);
    s.erase(s.find_last_not_of('0') + 1);
    if (!s.empty() && s.back() == '.')
        s.pop_back();
    return s;
}
} // namespace

void ValidationContext::range(const std::string& path, const std::string& what, double value, double min,
                              double max, bool minExclusive, const std::string& element) {
    const bool low = minExclusive ? value <= min : value < min;
    if (!low && value <= max)
        return;
    std::string allowed;
    if (max == std::numeric_limits<double>::max())
        allowed = minExclusive ? "must be greater than " + formatBound(min)
                               : "must be at least " + formatBound(min);
    else
        allowed = "must lie between " + formatBound(min) + " and " + formatBound(max);
    error(path, what + " " + allowed + ", found " + formatBound(value), {}, element);
}

Diagnostics validateProject(const Project& project, const TypeLibrary& types,
                            const CapabilityCatalogue& catalogue, const SourceMap* sources,
                            const std::string& fileName) {
    ValidationContext v(project, types, catalogue, sources, fileName);
    v.elements = v.index(project.elements, "elements", "element");
    v.zones = v.index(project.zones, "zones", "zone");
    v.subsystems = v.index(project.subsystems, "subsystems", "subsystem");
    v.vnfTypes = v.index(project.vnf_types, "vnf_types", "VNF type");
    auto ids = [](const auto& items) {
        std::vector<std::string> out;
        out.reserve(items.size());
        for (const auto& i : items)
            out.push_back(i.id);
        return out;
    };
    v.elementIds = ids(project.elements);
    v.zoneIds = ids(project.zones);
    v.subsystemIds = ids(project.subsystems);
    v.vnfTypeIds = ids(project.vnf_types);

    validateTopLevel(v);
    validateSubsystems(v);
    validateZonesAndElements(v);
    validateLinks(v);
    validateApplications(v);
    validateSlicing(v);
    validateScenarios(v);
    return v.take();
}

} // namespace iiot::model
