// The gaps of the design against its targets, highest priority first (MODELS.md section 2:
// priority = weight x (1 - rating)), as the coverage engine ranked them. Choosing a gap reports
// its capability.
#pragma once

#include "solvers/coverage.h"

#include <QTreeWidget>

namespace iiot::ui {

class GapList : public QTreeWidget {
    Q_OBJECT

public:
    enum Column { RankColumn, CapabilityColumn, LayerColumn, RatingColumn, PriorityColumn };

    explicit GapList(QWidget* parent = nullptr);

    void setResult(const solvers::CoverageResult* result);
    // Capability id of the gap at a row (0-based rank order).
    QString capabilityAt(int row) const;

signals:
    void capabilityActivated(const QString& capabilityId);
};

} // namespace iiot::ui
