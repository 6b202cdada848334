#include "did_you_mean.h"

#include <algorithm>
#include <cctype>

namespace iiot::model {

namespace {

// Optimal string alignment distance (Levenshtein plus adjacent transpositions), case-insensitive.
std::size_t editDistance(const std::string& a, const std::string& b) {
    const std::size_t n = a.size(), m = b.size();
    std::vector<std::size_t> prev2(m + 1), prev(m + 1), cur(m + 1);
    for (std::size_t j = 0; j <= m; ++j)
        prev[j] = j;
    auto lower = [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); };
    for (std::size_t i = 1; i <= n; ++i) {
        cur[0] = i;
        for (std::size_t j = 1; j <= m; ++j) {
            const bool same = lower(a[i - 1]) == lower(b[j - 1]);
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (same ? 0 : 1)});
            if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) && lower(a[i - 2]) == lower(b[j - 1]))
                cur[j] = std::min(cur[j], prev2[j - 2] + 1);
        }
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return prev[m];
}

} // namespace

std::string closestMatch(const std::string& word, const std::vector<std::string>& candidates) {
    if (word.size() > 256)
        return {};
    std::string best;
    std::size_t bestDistance = std::max<std::size_t>(2, word.size() / 3) + 1;
    for (const auto& c : candidates) {
        const auto d = editDistance(word, c);
        if (d < bestDistance) {
            bestDistance = d;
            best = c;
        }
    }
    return best;
}

std::string suggestion(const std::string& word, const std::vector<std::string>& candidates) {
    auto best = closestMatch(word, candidates);
    if (!best.empty())
        return "did you mean '" + best + "'?";
    if (candidates.empty())
        return {};
    std::string out = "expected one of: ";
    const std::size_t shown = std::min<std::size_t>(candidates.size(), 12);
    for (std::size_t i = 0; i < shown; ++i)
        out += (i ? ", " : "") + candidates[i];
    if (shown < candidates.size())
        out += ", ...";
    return out;
}

} // namespace iiot::model
