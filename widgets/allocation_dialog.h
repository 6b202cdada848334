// Run ▸ Allocate Resources: the engine-run dialog set up for priority allocation (MODELS.md
// section 3). Run copies the document's project, allocates on a worker thread with the chosen
// method (greedy, or exact with a time limit per MILP) and, when it succeeds, stores the result in
// the project as an undoable step (kind "allocate", the CLI's --json document) and announces it.
#pragma once

#include "engine_run_dialog.h"

#include "solvers/priority_allocation.h"

#include <memory>

class QDoubleSpinBox;

namespace iiot::ui {

class Document;

class AllocationDialog : public EngineRunDialog {
    Q_OBJECT

public:
    explicit AllocationDialog(Document* document, QWidget* parent = nullptr);

    // Seconds each of the exact method's three MILPs may take; disabled for greedy.
    QDoubleSpinBox* timeLimitSpin() const { return timeLimit_; }
    // The options the fields describe (control unset).
    solvers::AllocationOptions options() const;
    // The parameters stored with the result, as a JSON object.
    std::string parametersJson() const;

signals:
    void resultStored(long long id);

private:
    EngineJob::Work makeWork();
    void store();

    Document* document_;
    QDoubleSpinBox* timeLimit_;
    std::shared_ptr<solvers::AllocationResult> outcome_;
    std::string runParameters_;
    std::string runMethod_;
    // The document was replaced while the run went on: its result belongs to no open project.
    bool projectReplaced_ = false;
};

} // namespace iiot::ui
