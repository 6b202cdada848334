// The coverage heat map: one row per framework layer, one column per intelligence level, each
// cell coloured and labelled with its score ("n/a" without capabilities). The level a layer
// reached has a solid frame and a check mark, its target a dashed frame and a target mark; the
// row header gives the layer's fractional score. Clicking a cell reports it.
#pragma once

#include "solvers/coverage.h"

#include <QWidget>

#include <optional>
#include <vector>

namespace iiot::ui {

class CoverageMatrix : public QWidget {
    Q_OBJECT

public:
    explicit CoverageMatrix(QWidget* parent = nullptr);

    // Null clears the matrix ("no analysis yet").
    void setResult(const solvers::CoverageResult* result);

    std::optional<double> cellScore(model::FrameworkLayer layer, model::FrameworkLevel level) const;
    // What the cell shows: "0.62", "n/a", or empty before a result.
    QString cellText(model::FrameworkLayer layer, model::FrameworkLevel level) const;
    bool isReachedCell(model::FrameworkLayer layer, model::FrameworkLevel level) const;
    bool isTargetCell(model::FrameworkLayer layer, model::FrameworkLevel level) const;
    // Where a cell is drawn, in widget coordinates (tests click it).
    QRect cellRect(model::FrameworkLayer layer, model::FrameworkLevel level) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void cellClicked(model::FrameworkLayer layer, model::FrameworkLevel level);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    const solvers::CoverageCell* cell(model::FrameworkLayer layer, model::FrameworkLevel level) const;
    const solvers::LayerCoverage* layerCoverage(model::FrameworkLayer layer) const;
    QRect headerRect(model::FrameworkLayer layer) const;
    // The cell under a point, as (layer, level) indices; -1 outside the cells.
    std::pair<int, int> cellAt(QPoint pos) const;
    QString cellToolTip(model::FrameworkLayer layer, model::FrameworkLevel level) const;

    std::vector<solvers::LayerCoverage> layers_;
    std::vector<solvers::CoverageCell> cells_;
};

} // namespace iiot::ui
