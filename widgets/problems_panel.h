// The Problems panel: validation errors and warnings and coverage findings, one row each with
// severity, code, message, elements and place. Rows sort by any column (severity ranks errors
// first) and each severity can be hidden. Activating a row (double-click, Enter) asks for its
// elements to be selected and shown on the canvas.
#pragma once

#include "model/diagnostic.h"
#include "problem_list.h"

#include <QTreeWidget>

#include <array>

namespace iiot::ui {

class ProblemsPanel : public QTreeWidget {
    Q_OBJECT

public:
    enum Column { SeverityColumn, CodeColumn, MessageColumn, ElementsColumn, PlaceColumn };

    explicit ProblemsPanel(QWidget* parent = nullptr);

    // Replaces the rows; the current row stays current when the same problem is still there.
    void setProblems(const Problems& problems);
    // Problems found when reading a file, without coverage findings.
    void setDiagnostics(const model::Diagnostics& diagnostics);
    const Problems& problems() const { return problems_; }

    int errorCount() const { return count(model::Severity::Error); }
    int warningCount() const { return count(model::Severity::Warning); }
    int infoCount() const { return count(model::Severity::Info); }
    // "2 errors, 1 warning" (with ", 3 notes" when there are any) or "No problems".
    QString summary() const;

    void setSeverityShown(model::Severity severity, bool shown);
    bool isSeverityShown(model::Severity severity) const;
    // Rows not hidden by the severity filter.
    int visibleCount() const;
    // The problem a row shows.
    const Problem* problemAt(const QTreeWidgetItem* item) const;

signals:
    // A row was activated: its elements and links (either may be empty).
    void problemActivated(const QStringList& elementIds, const QStringList& linkKeys);
    // Rows or counts changed (the dock title and status bar show them).
    void countsChanged();

private:
    int count(model::Severity severity) const { return counts_[static_cast<std::size_t>(severity)]; }
    void applyFilter();

    Problems problems_;
    std::array<int, 3> counts_{};
    std::array<bool, 3> shown_{true, true, true};
};

} // namespace iiot::ui
