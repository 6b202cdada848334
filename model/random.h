// The product's seeded random numbers (MODELS.md section 0): xoshiro256** seeded through splitmix64,
// with our own conversions to uniform, exponential and normal values, so that a seed gives the same
// numbers with every compiler and standard library (std:: distributions differ between them).
#pragma once

#include "distribution.h"

#include <array>
#include <cstdint>

namespace iiot::model {

// One step of splitmix64: advances state and returns the next output. Used for seeding and for
// deriving stream keys; exposed so that tests can check it against the published reference.
std::uint64_t splitmix64(std::uint64_t& state);

class Random {
public:
    explicit Random(std::uint64_t seed);
    // An independent stream per task generator: the key mixes seed and index, so adding a generator
    // (a new index) leaves the streams of the others unchanged.
    static Random stream(std::uint64_t seed, std::uint64_t index);
    // Raw xoshiro256** state, for reference tests; must not be all zero.
    static Random fromState(const std::array<std::uint64_t, 4>& state);

    std::uint64_t nextU64();
    // 53 random bits scaled into [0, 1).
    double uniform01();
    // In [a, b).
    double uniform(double a, double b);
    // Unbiased in [0, n) (Lemire's multiply-and-reject); 0 when n is 0.
    std::uint64_t uniformInt(std::uint64_t n);
    double exponential(double mean);
    // Marsaglia's polar method; the second value of each pair is kept for the next call.
    double normal(double mean, double sd);
    // One value of a quantity. A normal is truncated at 0 by resampling (rejection), which keeps the
    // shape of the truncated distribution; after 64 negative draws (mean far below 0) it returns 0.
    double sample(const Quantity& q);

private:
    Random() = default;

    std::array<std::uint64_t, 4> s_{};
    double spare_ = 0;
    bool hasSpare_ = false;
};

} // namespace iiot::model
