#include "source_map.h"

#include <algorithm>

namespace iiot::model {

void SourceMap::set(std::string path, SourceLocation location) {
    if (sorted_ && !entries_.empty() && !(entries_.back().first < path))
        sorted_ = false;
    entries_.emplace_back(std::move(path), location);
}

void SourceMap::sort() const {
    if (sorted_)
        return;
    // Stable, so that among equal paths the last one recorded ends up last; keep that one.
    std::stable_sort(entries_.begin(), entries_.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    auto out = entries_.begin();
    for (auto it = entries_.begin(); it != entries_.end(); ++it) {
        auto next = std::next(it);
        if (next != entries_.end() && next->first == it->first)
            continue;
        if (out != it)
            *out = std::move(*it); // never self-move: that may empty the string
        ++out;
    }
    entries_.erase(out, entries_.end());
    sorted_ = true;
}

SourceLocation SourceMap::find(const std::string& path) const {
    sort();
    std::string p = path;
    for (;;) {
        auto it = std::lower_bound(entries_.begin(), entries_.end(), p,
                                   [](const auto& e, const std::string& key) { return e.first < key; });
        if (it != entries_.end() && it->first == p)
            return it->second;
        auto slash = p.rfind('/');
        if (slash == std::string::npos)
            return {};
        p.resize(slash);
    }
}

} // namespace iiot::model
