#include "project.h"

#include <unordered_set>

namespace iiot::model {

void Project::ensureLinkIds() {
    std::unordered_set<std::string> used;
    for (const auto& l : links)
        if (l.id)
            used.insert(*l.id);
    long long next = 1;
    for (auto& l : links) {
        if (l.id)
            continue;
        std::string candidate;
        do
            candidate = "l" + std::to_string(next++);
        while (used.count(candidate));
        used.insert(candidate);
        l.id = candidate;
    }
}

const Element* Project::findElement(const std::string& id) const {
    for (const auto& e : elements)
        if (e.id == id)
            return &e;
    return nullptr;
}

namespace {
template <typename E, std::size_t N> std::optional<E> lookup(const std::string& s, const E (&values)[N]) {
    for (E v : values)
        if (s == toString(v))
            return v;
    return std::nullopt;
}
} // namespace

const char* toString(FrameworkLevel level) {
    switch (level) {
    case FrameworkLevel::Integration:
        return "integration";
    case FrameworkLevel::Interconnection:
        return "interconnection";
    case FrameworkLevel::InformationFusion:
        return "information-fusion";
    }
    return "";
}

std::optional<FrameworkLevel> frameworkLevelFromString(const std::string& s) {
    constexpr FrameworkLevel all[] = {FrameworkLevel::Integration, FrameworkLevel::Interconnection,
                                      FrameworkLevel::InformationFusion};
    return lookup(s, all);
}

const char* toString(CostFunction f) {
    switch (f) {
    case CostFunction::Linear:
        return "linear";
    case CostFunction::Step:
        return "step";
    case CostFunction::Inverse:
        return "inverse";
    case CostFunction::Exponential:
        return "exponential";
    }
    return "";
}

std::optional<CostFunction> costFunctionFromString(const std::string& s) {
    constexpr CostFunction all[] = {CostFunction::Linear, CostFunction::Step, CostFunction::Inverse,
                                    CostFunction::Exponential};
    return lookup(s, all);
}

const char* toString(ArrivalType t) {
    switch (t) {
    case ArrivalType::Poisson:
        return "poisson";
    case ArrivalType::Periodic:
        return "periodic";
    case ArrivalType::Once:
        return "once";
    }
    return "";
}

std::optional<ArrivalType> arrivalTypeFromString(const std::string& s) {
    constexpr ArrivalType all[] = {ArrivalType::Poisson, ArrivalType::Periodic, ArrivalType::Once};
    return lookup(s, all);
}

} // namespace iiot::model
