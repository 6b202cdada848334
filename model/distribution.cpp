#include "distribution.h"

namespace iiot::model {

double Quantity::mean() const {
    switch (kind) {
    case DistributionKind::Uniform:
        return (a + b) / 2;
    default:
        return a;
    }
}

const char* toString(DistributionKind k) {
    switch (k) {
    case DistributionKind::Number:
        return "number";
    case DistributionKind::Constant:
        return "constant";
    case DistributionKind::Uniform:
        return "uniform";
    case DistributionKind::Exponential:
        return "exponential";
    case DistributionKind::Normal:
        return "normal";
    }
    return "";
}

std::optional<DistributionKind> distributionKindFromString(const std::string& s) {
    for (auto k : {DistributionKind::Constant, DistributionKind::Uniform, DistributionKind::Exponential,
                   DistributionKind::Normal})
        if (s == toString(k))
            return k;
    return std::nullopt;
}

} // namespace iiot::model
