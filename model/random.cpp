#include "random.h"

#include <cmath>

namespace iiot::model {

namespace {

constexpr std::uint64_t kGolden = 0x9E3779B97F4A7C15ull; // 2^64 / golden ratio, odd

constexpr std::uint64_t rotl(std::uint64_t x, int k) {
    return (x << k) | (x >> (64 - k));
}

// The splitmix64 output function alone: a bijection of 64-bit words with good avalanche.
constexpr std::uint64_t mix64(std::uint64_t z) {
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

} // namespace

std::uint64_t splitmix64(std::uint64_t& state) {
    state += kGolden;
    return mix64(state);
}

Random::Random(std::uint64_t seed) {
    // Four consecutive splitmix64 outputs are distinct (mix64 is a bijection), so never all zero.
    for (auto& word : s_)
        word = splitmix64(seed);
}

Random Random::stream(std::uint64_t seed, std::uint64_t index) {
    // For a fixed seed, index -> key is a bijection (odd multiplier, then mix64), so streams of one
    // seed never share a key; mixing the seed first keeps stream(s, i) apart from Random(s).
    return Random(mix64(mix64(seed) + (index + 1) * kGolden));
}

Random Random::fromState(const std::array<std::uint64_t, 4>& state) {
    Random r;
    r.s_ = state;
    return r;
}

std::uint64_t Random::nextU64() {
    const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
    const std::uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = rotl(s_[3], 45);
    return result;
}

double Random::uniform01() {
    return static_cast<double>(nextU64() >> 11) * 0x1.0p-53;
}

double Random::uniform(double a, double b) {
    return a + (b - a) * uniform01();
}

std::uint64_t Random::uniformInt(std::uint64_t n) {
    if (n == 0)
        return 0;
    unsigned __int128 m = static_cast<unsigned __int128>(nextU64()) * n;
    auto low = static_cast<std::uint64_t>(m);
    if (low < n) {
        // Reject the (2^64 mod n) low values that would make some results more likely.
        const std::uint64_t threshold = (0 - n) % n;
        while (low < threshold) {
            m = static_cast<unsigned __int128>(nextU64()) * n;
            low = static_cast<std::uint64_t>(m);
        }
    }
    return static_cast<std::uint64_t>(m >> 64);
}

double Random::exponential(double mean) {
    // 1 - u lies in (0, 1], so the logarithm is finite; 0.0 - ... avoids returning -0.0.
    return mean * (0.0 - std::log(1.0 - uniform01()));
}

double Random::normal(double mean, double sd) {
    if (hasSpare_) {
        hasSpare_ = false;
        return mean + sd * spare_;
    }
    // Polar method: only sqrt (exact in IEEE 754) and log, no trigonometry, for reproducibility.
    double u = 0, v = 0, s = 0;
    do {
        u = 2.0 * uniform01() - 1.0;
        v = 2.0 * uniform01() - 1.0;
        s = u * u + v * v;
    } while (s >= 1.0 || s == 0.0);
    const double factor = std::sqrt(-2.0 * std::log(s) / s);
    spare_ = v * factor;
    hasSpare_ = true;
    return mean + sd * (u * factor);
}

double Random::sample(const Quantity& q) {
    switch (q.kind) {
    case DistributionKind::Number:
    case DistributionKind::Constant:
        return q.a;
    case DistributionKind::Uniform:
        return uniform(q.a, q.b);
    case DistributionKind::Exponential:
        return exponential(q.a);
    case DistributionKind::Normal:
        for (int attempt = 0; attempt < 64; ++attempt) {
            const double x = normal(q.a, q.b);
            if (x >= 0)
                return x;
        }
        return 0;
    }
    return q.a;
}

} // namespace iiot::model
