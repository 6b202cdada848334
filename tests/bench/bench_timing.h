// Timing for the benchmarks: the best wall time of a few runs after a warm-up.
#pragma once

#include <algorithm>
#include <chrono>
#include <functional>
#include <limits>

namespace iiot::bench {

// Best wall time in ms; the warm-up run fills caches and the allocator's pools first. The
// operation throws when its result is wrong, so a fast failure never counts as a pass.
inline double bestOf(const std::function<void()>& operation, int runs = 5) {
    operation();
    double best = std::numeric_limits<double>::infinity();
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        operation();
        const std::chrono::duration<double, std::milli> elapsed = std::chrono::steady_clock::now() - start;
        best = std::min(best, elapsed.count());
    }
    return best;
}

} // namespace iiot::bench
