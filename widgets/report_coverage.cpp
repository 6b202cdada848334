// The Capability coverage chapter (MODELS.md section 2): the heat-map matrix and the radar chart,
// drawn by the Coverage dock's own widgets, then the layers, the ranked gaps, the findings and
// every capability's rating with its evidence.
#include "report_chapters.h"
#include "report_figures.h"
#include "report_format.h"

#include "coverage_format.h"
#include "coverage_matrix.h"
#include "coverage_radar.h"

#include "model/capability_catalogue.h"
#include "solvers/coverage.h"

#include <algorithm>

namespace iiot::ui {

namespace {

constexpr QSize kMatrixSize(620, 250);
constexpr QSize kRadarSize(460, 360);
// Evidence lists longer than this are cut in the table ("… and 12 more").
constexpr std::size_t kEvidenceShown = 6;

QString evidenceText(const std::vector<std::string>& ids) {
    std::vector<std::string> shown(ids.begin(),
                                   ids.begin() + static_cast<long>(std::min(ids.size(), kEvidenceShown)));
    QString text = reportList(shown);
    if (ids.size() > kEvidenceShown)
        text += QStringLiteral(" \u2026 and %1 more").arg(ids.size() - kEvidenceShown);
    return text;
}

QString severityText(model::Severity severity) {
    return QString::fromLatin1(model::toString(severity));
}

} // namespace

ReportChapter coverageChapter(const model::Project& project, const model::TypeLibrary& types) {
    ReportChapter chapter;
    const model::CapabilityCatalogue& catalogue = model::CapabilityCatalogue::builtin();
    const solvers::CoverageResult result = solvers::evaluateCoverage(project, types, catalogue);
    chapter.paragraph(
        QStringLiteral("How far the design gets in the IIoT capability framework: each framework layer is "
                       "rated at three intelligence levels (integration, interconnection, information "
                       "fusion); a level is reached when its score is at least 0.8 and the levels below "
                       "are reached. Scores run from 0 to 1 per cell and from 0 to 3 per layer."));

    auto matrix = std::make_shared<CoverageMatrix>();
    matrix->setResult(&result);
    chapter.figure(
        std::make_shared<WidgetFigure>(matrix, kMatrixSize),
        QStringLiteral("Figure: coverage matrix (cell score 0\u20131; solid frame: level reached, dashed "
                       "frame: target)"));
    CoverageRadar radar;
    radar.setResult(&result);
    chapter.figure(
        std::make_shared<PlotFigure>(radar, kRadarSize),
        QStringLiteral("Figure: coverage radar (layer score 0\u20133; filled: achieved, dashed: target)"));

    ReportTable layers{{QStringLiteral("Layer"), QStringLiteral("Reached"),
                        QStringLiteral("Score (0\u20133)"), QStringLiteral("Target")},
                       {},
                       {2}};
    for (const solvers::LayerCoverage& l : result.layers)
        layers.rows.append({frameworkLayerName(l.layer), reachedText(l.reached), formatScore(l.score),
                            frameworkLevelName(l.target)});
    chapter.table(std::move(layers), QStringLiteral("Table: levels reached per framework layer"));

    chapter.heading(QStringLiteral("Gaps"));
    if (result.gaps.empty()) {
        chapter.paragraph(QStringLiteral("No gaps: every capability up to the targets is fully rated."));
    } else {
        ReportTable gaps{{QStringLiteral("Rank"), QStringLiteral("Capability"), QStringLiteral("Layer"),
                          QStringLiteral("Level"), QStringLiteral("Rating"), QStringLiteral("Priority")},
                         {},
                         {0, 4, 5}};
        int rank = 0;
        for (const solvers::CoverageGap& g : result.gaps) {
            const model::CapabilityInfo* info = catalogue.find(g.capability);
            gaps.rows.append({QString::number(++rank),
                              info ? reportText(info->label) : reportText(g.capability),
                              info ? frameworkLayerName(info->layer) : QString(),
                              info ? frameworkLevelName(info->level) : QString(), formatScore(g.rating),
                              formatScore(g.priority)});
        }
        chapter.table(std::move(gaps),
                      QStringLiteral("Table: gaps against the targets, highest priority first "
                                     "(priority = weight \u00d7 (1 \u2212 rating))"));
    }

    chapter.heading(QStringLiteral("Findings"));
    if (result.findings.empty()) {
        chapter.paragraph(QStringLiteral("No structural findings."));
    } else {
        ReportTable findings{{QStringLiteral("Severity"), QStringLiteral("Code"), QStringLiteral("Finding"),
                              QStringLiteral("Elements")},
                             {},
                             {}};
        for (const solvers::CoverageFinding& f : result.findings)
            findings.rows.append({severityText(f.severity), reportText(f.code), reportText(f.message),
                                  evidenceText(f.elements)});
        chapter.table(std::move(findings),
                      QStringLiteral("Table: structural findings (%1)").arg(result.findings.size()));
    }

    ReportTable ratings{{QStringLiteral("Layer"), QStringLiteral("Level"), QStringLiteral("Capability"),
                         QStringLiteral("Rating"), QStringLiteral("Evidence (element ids)")},
                        {},
                        {3}};
    for (const solvers::CoverageCell& cell : result.cells)
        for (const solvers::CapabilityRating& r : cell.capabilities) {
            const model::CapabilityInfo* info = catalogue.find(r.id);
            ratings.rows.append({frameworkLayerName(cell.layer), frameworkLevelShortName(cell.level),
                                 info ? reportText(info->label) : reportText(r.id), formatScore(r.rating),
                                 evidenceText(r.evidence)});
        }
    chapter.heading(QStringLiteral("Capability ratings"));
    chapter.table(std::move(ratings), QStringLiteral("Table: rating of every capability with its evidence"));
    return chapter;
}

} // namespace iiot::ui
