// Helpers shared by the coverage tests: small designs built in code, and lookups into results.
#pragma once

#include "model/capability_catalogue.h"
#include "model/type_library.h"
#include "solvers/coverage.h"

#include <QStringList>
#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

namespace iiot::test {

using namespace iiot;

struct Design {
    model::Project p;
    Design() { p.name = "test"; }
    void add(const std::string& id, const std::string& kind, const std::string& zone = {}) {
        model::Element e;
        e.id = id;
        e.kind = kind;
        if (!zone.empty())
            e.zone = zone;
        p.elements.push_back(e);
    }
    model::Element& last() { return p.elements.back(); }
    void link(const std::string& id, const std::string& a, const std::string& b,
              const std::string& medium = "ethernet") {
        model::Link l;
        l.id = id;
        l.from = a;
        l.to = b;
        l.medium = medium;
        p.links.push_back(l);
    }
    void zone(const std::string& id, const std::string& type) { p.zones.push_back({id, {}, type}); }
    solvers::CoverageResult evaluate() const {
        return solvers::evaluateCoverage(p, model::TypeLibrary::builtin(),
                                         model::CapabilityCatalogue::builtin());
    }
};

inline QStringList q(const std::vector<std::string>& v) {
    QStringList out;
    for (const auto& s : v)
        out << QString::fromStdString(s);
    return out;
}

inline std::vector<solvers::CoverageFinding> withCode(const solvers::CoverageResult& r,
                                                      const std::string& code) {
    std::vector<solvers::CoverageFinding> out;
    for (const auto& f : r.findings)
        if (f.code == code)
            out.push_back(f);
    return out;
}

inline QStringList codes(const solvers::CoverageResult& r) {
    QStringList out;
    for (const auto& f : r.findings)
        out << QString::fromStdString(f.code);
    return out;
}

inline const solvers::CapabilityRating& rating(const solvers::CoverageResult& r, const std::string& id) {
    for (const auto& cell : r.cells)
        for (const auto& c : cell.capabilities)
            if (c.id == id)
                return c;
    throw std::runtime_error("no capability " + id);
}

inline bool near(double a, double b) {
    return std::abs(a - b) < 1e-9;
}

} // namespace iiot::test
