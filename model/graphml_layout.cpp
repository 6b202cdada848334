#include "graphml_layout.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <numbers>
#include <string>
#include <unordered_map>

namespace iiot::model {

namespace {

void projectGeo(Project& project, const std::vector<std::optional<std::pair<double, double>>>& geo) {
    double lonMin = 0, lonMax = 0, latMin = 0, latMax = 0;
    bool any = false;
    for (std::size_t i = 0; i < geo.size() && i < project.elements.size(); ++i) {
        if (!geo[i] || project.elements[i].position)
            continue;
        const auto [lon, lat] = *geo[i];
        lonMin = any ? std::min(lonMin, lon) : lon;
        lonMax = any ? std::max(lonMax, lon) : lon;
        latMin = any ? std::min(latMin, lat) : lat;
        latMax = any ? std::max(latMax, lat) : lat;
        any = true;
    }
    if (!any)
        return;
    // Shrink longitudes by the cosine of the middle latitude so shapes look right away from the equator.
    const double shrink = std::max(0.05, std::cos((latMin + latMax) / 2 * std::numbers::pi / 180));
    const double width = (lonMax - lonMin) * shrink, height = latMax - latMin;
    const double extent = std::max(width, height);
    const double scale = extent > 0 && std::isfinite(extent) ? kGeoSpanPx / extent : 1.0;
    for (std::size_t i = 0; i < geo.size() && i < project.elements.size(); ++i)
        if (geo[i] && !project.elements[i].position)
            project.elements[i].position =
                Position{kLayoutMarginPx + (geo[i]->first - lonMin) * shrink * scale,
                         kLayoutMarginPx + (latMax - geo[i]->second) * scale};
}

void layered(Project& project) {
    const std::size_t n = project.elements.size();
    std::unordered_map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < n; ++i)
        index.emplace(project.elements[i].id, i);
    std::vector<std::vector<std::size_t>> adjacent(n);
    for (const auto& l : project.links) {
        const auto a = index.find(l.from), b = index.find(l.to);
        if (a != index.end() && b != index.end()) {
            adjacent[a->second].push_back(b->second);
            adjacent[b->second].push_back(a->second);
        }
    }
    double top = kLayoutMarginPx;
    for (const auto& e : project.elements)
        if (e.position)
            top = std::max(top, e.position->y + 2 * kLayoutRowPx);
    // Only elements without a position take part; components are laid out left to right.
    std::vector<int> depth(n, -1);
    double left = kLayoutMarginPx;
    for (std::size_t seed = 0; seed < n; ++seed) {
        if (project.elements[seed].position || depth[seed] >= 0)
            continue;
        // Collect the component of unplaced elements, then start from its best-connected member.
        std::vector<std::size_t> component{seed};
        depth[seed] = 0;
        for (std::size_t k = 0; k < component.size(); ++k)
            for (std::size_t m : adjacent[component[k]])
                if (!project.elements[m].position && depth[m] < 0) {
                    depth[m] = 0;
                    component.push_back(m);
                }
        std::sort(component.begin(), component.end());
        const std::size_t start = *std::max_element(component.begin(), component.end(), [&](auto a, auto b) {
            return adjacent[a].size() < adjacent[b].size() ||
                   (adjacent[a].size() == adjacent[b].size() && a > b);
        });
        for (std::size_t m : component)
            depth[m] = -1;
        std::vector<std::vector<std::size_t>> rows;
        std::deque<std::size_t> queue{start};
        depth[start] = 0;
        while (!queue.empty()) {
            const std::size_t v = queue.front();
            queue.pop_front();
            if (rows.size() <= static_cast<std::size_t>(depth[v]))
                rows.emplace_back();
            rows[static_cast<std::size_t>(depth[v])].push_back(v);
            for (std::size_t m : adjacent[v])
                if (!project.elements[m].position && depth[m] < 0) {
                    depth[m] = depth[v] + 1;
                    queue.push_back(m);
                }
        }
        std::size_t widest = 1;
        for (std::size_t r = 0; r < rows.size(); ++r) {
            widest = std::max(widest, rows[r].size());
            for (std::size_t c = 0; c < rows[r].size(); ++c)
                project.elements[rows[r][c]].position =
                    Position{left + static_cast<double>(c) * kLayoutColumnPx,
                             top + static_cast<double>(r) * kLayoutRowPx};
        }
        left += static_cast<double>(widest) * kLayoutColumnPx + kLayoutColumnPx;
    }
}

} // namespace

void placeElements(Project& project, const std::vector<std::optional<std::pair<double, double>>>& geo) {
    projectGeo(project, geo);
    layered(project);
}

} // namespace iiot::model
