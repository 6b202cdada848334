// From ratings to the matrix: weighted cell scores, the level reached per layer with its
// fractional score, and the gaps against the targets (MODELS.md section 2, "Precise rules").
#include "coverage_facts.h"

#include <algorithm>
#include <cmath>

namespace iiot::solvers::coverage_detail {

namespace {

constexpr double kEpsilon = 1e-9;
constexpr double kReached = 0.8;

constexpr model::FrameworkLayer kLayers[] = {model::FrameworkLayer::Device, model::FrameworkLayer::Network,
                                             model::FrameworkLayer::Service, model::FrameworkLayer::Trust};
constexpr model::FrameworkLevel kLevels[] = {model::FrameworkLevel::Integration,
                                             model::FrameworkLevel::Interconnection,
                                             model::FrameworkLevel::InformationFusion};

double weightOf(const model::Project& p, const std::string& id) {
    if (p.capability_weights)
        if (const auto found = p.capability_weights->find(id); found != p.capability_weights->end())
            return static_cast<double>(found->second);
    return 1;
}

model::FrameworkLevel targetOf(const model::Project& p, model::FrameworkLayer layer) {
    const auto fallback = model::FrameworkLevel::InformationFusion;
    if (!p.targets)
        return fallback;
    switch (layer) {
    case model::FrameworkLayer::Device:
        return p.targets->device.value_or(fallback);
    case model::FrameworkLayer::Network:
        return p.targets->network.value_or(fallback);
    case model::FrameworkLayer::Service:
        return p.targets->service.value_or(fallback);
    case model::FrameworkLayer::Trust:
        return p.targets->trust.value_or(fallback);
    }
    return fallback;
}

// Levels without capabilities pass, so the walk stops only at a scored cell below 0.8; the
// fractional score then adds that cell's score to the number of levels passed before it.
LayerCoverage reachedIn(const model::Project& p, model::FrameworkLayer layer,
                        const std::vector<CoverageCell>& cells) {
    LayerCoverage out;
    out.layer = layer;
    out.target = targetOf(p, layer);
    int passed = 0;
    for (auto level : kLevels) {
        const auto cell = std::find_if(cells.begin(), cells.end(), [&](const CoverageCell& c) {
            return c.layer == layer && c.level == level;
        });
        if (cell->score && *cell->score < kReached - kEpsilon) {
            out.score = passed + *cell->score;
            return out;
        }
        out.reached = level;
        ++passed;
    }
    out.score = passed;
    return out;
}

// Highest priority first; priorities within 1e-9 are equal and ordered by id. Sorting by exact
// value and then re-sorting each run of near-equal values by id keeps the comparison a strict weak
// ordering (a tolerance inside the comparator would not be transitive).
void sortGaps(std::vector<CoverageGap>& gaps) {
    std::sort(gaps.begin(), gaps.end(), [](const CoverageGap& a, const CoverageGap& b) {
        return a.priority != b.priority ? a.priority > b.priority : a.capability < b.capability;
    });
    for (std::size_t start = 0; start < gaps.size();) {
        std::size_t end = start + 1;
        while (end < gaps.size() && gaps[start].priority - gaps[end].priority <= kEpsilon)
            ++end;
        std::sort(gaps.begin() + static_cast<std::ptrdiff_t>(start),
                  gaps.begin() + static_cast<std::ptrdiff_t>(end),
                  [](const CoverageGap& a, const CoverageGap& b) { return a.capability < b.capability; });
        start = end;
    }
}

} // namespace

void scoreCoverage(const model::Project& p, const model::CapabilityCatalogue& catalogue,
                   std::vector<CapabilityRating> ratings, CoverageResult& result) {
    const auto& caps = catalogue.capabilities();
    for (auto layer : kLayers)
        for (auto level : kLevels) {
            CoverageCell cell;
            cell.layer = layer;
            cell.level = level;
            double weighted = 0, weights = 0;
            for (std::size_t c = 0; c < caps.size(); ++c) {
                if (caps[c].layer != layer || caps[c].level != level)
                    continue;
                const double w = weightOf(p, caps[c].id);
                weighted += w * ratings[c].rating;
                weights += w;
                cell.capabilities.push_back(std::move(ratings[c]));
            }
            if (!cell.capabilities.empty())
                cell.score = weights > 0 ? weighted / weights : 0;
            result.cells.push_back(std::move(cell));
        }
    for (auto layer : kLayers)
        result.layers.push_back(reachedIn(p, layer, result.cells));

    for (const auto& cell : result.cells) {
        const auto target = result.layers[static_cast<std::size_t>(cell.layer)].target;
        if (cell.level > target)
            continue;
        for (const auto& r : cell.capabilities) {
            if (r.rating >= 1 - kEpsilon)
                continue;
            const double w = weightOf(p, r.id);
            result.gaps.push_back({r.id, r.rating, w * (1 - r.rating)});
        }
    }
    sortGaps(result.gaps);
}

} // namespace iiot::solvers::coverage_detail
