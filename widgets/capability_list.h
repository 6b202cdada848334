// The capabilities of the framework as the design rates them, grouped by layer: label, level,
// rating, band, evidence and the note of a structural rule. Choosing a row reports the
// capability's evidence elements, so the canvas can select and frame them.
#pragma once

#include "solvers/coverage.h"

#include <QTreeWidget>

namespace iiot::ui {

class CapabilityList : public QTreeWidget {
    Q_OBJECT

public:
    enum Column { CapabilityColumn, LevelColumn, RatingColumn, BandColumn, EvidenceColumn };

    explicit CapabilityList(QWidget* parent = nullptr);

    // Null empties the list. The current row stays current across updates.
    void setResult(const solvers::CoverageResult* result);

    // The row of a capability id, null when there is none.
    QTreeWidgetItem* itemFor(const QString& capabilityId) const;
    QStringList evidence(const QString& capabilityId) const;
    // Makes the capability's row current (which reports its evidence).
    void showCapability(const QString& capabilityId);

signals:
    // The user chose a capability: its evidence elements (may be empty).
    void evidenceRequested(const QString& capabilityId, const QStringList& elementIds);

private:
    void buildRows(const solvers::CoverageResult& result);
    void fillRow(QTreeWidgetItem* item, const solvers::CapabilityRating& rating);

    QHash<QString, QTreeWidgetItem*> rows_;
    QHash<QString, QStringList> evidence_;
    QTreeWidgetItem* reportedRow_ = nullptr;
};

} // namespace iiot::ui
