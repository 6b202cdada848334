// Radar chart of the coverage: one spoke per framework layer (device at the top, then network,
// service support and trust clockwise), scaled 0..3 like the fractional layer score, with rings at
// the three levels. The filled polygon is what the design achieves, the dashed one its targets.
// Drawn with QCustomPlot curves on hidden axes kept at a 1:1 aspect ratio.
#pragma once

#include "solvers/coverage.h"

#include <qcustomplot.h>

#include <array>

namespace iiot::ui {

class CoverageRadar : public QCustomPlot {
    Q_OBJECT

public:
    static constexpr double kMaxScore = 3; // levels reached, as in LayerCoverage::score

    explicit CoverageRadar(QWidget* parent = nullptr);

    // Null shows the empty rings.
    void setResult(const solvers::CoverageResult* result);

    // Plotted values per layer (index = FrameworkLayer): achieved score and target position (1..3).
    double achieved(model::FrameworkLayer layer) const { return achieved_[static_cast<std::size_t>(layer)]; }
    double target(model::FrameworkLayer layer) const { return target_[static_cast<std::size_t>(layer)]; }
    QCPCurve* achievedCurve() const { return achievedCurve_; }
    QCPCurve* targetCurve() const { return targetCurve_; }
    QString spokeLabel(model::FrameworkLayer layer) const;

    QSize sizeHint() const override { return {320, 260}; }
    QSize minimumSizeHint() const override { return {200, 170}; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitRanges();
    // Closed polygon through the spokes at the given radii.
    static void setPolygon(QCPCurve* curve, const std::array<double, 4>& radii);

    QCPCurve* achievedCurve_ = nullptr;
    QCPCurve* targetCurve_ = nullptr;
    std::array<QCPItemText*, 4> labels_{};
    std::array<double, 4> achieved_{};
    std::array<double, 4> target_{};
};

} // namespace iiot::ui
