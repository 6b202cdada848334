#include "statistics.h"

#include <algorithm>
#include <cmath>

namespace iiot::sim {

double percentile(std::vector<double>& values, double q) {
    if (values.empty())
        return 0;
    const double pos = q * static_cast<double>(values.size() - 1);
    const auto lo = static_cast<std::size_t>(std::floor(pos));
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(lo), values.end());
    const double a = values[lo];
    if (lo + 1 >= values.size())
        return a;
    // The next order statistic is the smallest of the upper part.
    const double b = *std::min_element(values.begin() + static_cast<std::ptrdiff_t>(lo) + 1, values.end());
    return a + (pos - static_cast<double>(lo)) * (b - a);
}

DelayStats delayStats(std::vector<double>& values) {
    DelayStats d;
    if (values.empty())
        return d;
    double sum = 0;
    for (double v : values)
        sum += v;
    const std::size_t n = values.size();
    d.mean = sum / static_cast<double>(n);
    // The same interpolation as percentile(), with the ranks in ascending order: once the lo-th
    // order statistic is in place, every later one lies in [lo, end), so each selection only
    // partitions what is left (a run's millions of delays are partitioned once, not three times).
    std::size_t from = 0;
    auto next = [&](double q) {
        const double pos = q * static_cast<double>(n - 1);
        const auto lo = static_cast<std::size_t>(std::floor(pos));
        const auto at = values.begin() + static_cast<std::ptrdiff_t>(lo);
        std::nth_element(values.begin() + static_cast<std::ptrdiff_t>(from), at, values.end());
        from = lo;
        if (lo + 1 >= n)
            return *at;
        const double b = *std::min_element(at + 1, values.end());
        return *at + (pos - static_cast<double>(lo)) * (b - *at);
    };
    d.p50 = next(0.50);
    d.p95 = next(0.95);
    d.p99 = next(0.99);
    return d;
}

double studentT975(long long df) {
    static const double table[] = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
                                   2.201,  2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
                                   2.080,  2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042};
    if (df < 1)
        return 0;
    if (df <= 30)
        return table[df - 1];
    // Cornish-Fisher expansion around the normal quantile; within 1e-3 beyond 30 degrees of freedom.
    const double z = 1.959964, n = static_cast<double>(df);
    return z + (z * z * z + z) / (4 * n) + (5 * std::pow(z, 5) + 16 * z * z * z + 3 * z) / (96 * n * n);
}

Estimate estimate(const std::vector<double>& values) {
    Estimate e;
    if (values.empty())
        return e;
    double sum = 0;
    for (double v : values)
        sum += v;
    const double n = static_cast<double>(values.size());
    e.mean = sum / n;
    if (values.size() < 2)
        return e;
    double ss = 0;
    for (double v : values)
        ss += (v - e.mean) * (v - e.mean);
    const double sd = std::sqrt(ss / (n - 1));
    e.ci95 = studentT975(static_cast<long long>(values.size()) - 1) * sd / std::sqrt(n);
    return e;
}

} // namespace iiot::sim
