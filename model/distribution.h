// A size, duration or instruction count: a plain number or a distribution (FORMAT.md section 2).
#pragma once

#include <optional>
#include <string>

namespace iiot::model {

enum class DistributionKind { Number, Constant, Uniform, Exponential, Normal };

struct Quantity {
    DistributionKind kind = DistributionKind::Number;
    // Number/Constant: a = value. Uniform: a = min, b = max. Exponential: a = mean.
    // Normal: a = mean, b = sd (samples are truncated at 0).
    double a = 0, b = 0;

    static Quantity number(double v) { return {DistributionKind::Number, v, 0}; }
    // The expected value (of the truncated normal approximated by its mean when mean >> sd).
    double mean() const;
    bool operator==(const Quantity&) const = default;
};

const char* toString(DistributionKind k);
std::optional<DistributionKind> distributionKindFromString(const std::string& s);

} // namespace iiot::model
