// evaluateCoverage: the facts of the design first (one pass per question over the graph), then the
// ratings, the matrix and the findings built from them.
#include "coverage.h"

#include "coverage_facts.h"

namespace iiot::solvers {

CoverageResult evaluateCoverage(const model::Project& project, const model::TypeLibrary& types,
                                const model::CapabilityCatalogue& catalogue) {
    using namespace coverage_detail;
    const NetworkGraph graph(project, types);
    CoverageFacts facts = collectFacts(project, types, graph);
    findSpofs(project, graph, facts);
    findExposures(project, types, graph, facts);

    CoverageResult result;
    scoreCoverage(project, catalogue, rateCapabilities(project, catalogue, types, facts), result);
    result.findings = describeFindings(project, facts);
    return result;
}

} // namespace iiot::solvers
