// Run ▸ Slice Network: the engine-run dialog set up for network slicing (MODELS.md section 4):
// method (stnra, dnso, ffpa, exact), seed, a node cost function applied to every host for this
// run (or each host's own), DNSO's population, shelters and generations, and the exact method's
// time limit per service. Run copies the project, slices on a worker thread and, when it succeeds,
// stores the result as an undoable step (kind "slice", the CLI's --json document) and announces it.
#pragma once

#include "engine_run_dialog.h"
#include "slicing_run.h"

#include <memory>

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace iiot::ui {

class Document;

class SlicingDialog : public EngineRunDialog {
    Q_OBJECT

public:
    explicit SlicingDialog(Document* document, QWidget* parent = nullptr);

    QComboBox* costFunctionCombo() const { return costFunction_; }
    QSpinBox* populationSpin() const { return population_; }
    QSpinBox* sheltersSpin() const { return shelters_; }
    QSpinBox* iterationsSpin() const { return iterations_; }
    QDoubleSpinBox* timeLimitSpin() const { return timeLimit_; }
    // The run the fields describe.
    SlicingRunSettings settings() const;

signals:
    void resultStored(long long id);

private:
    EngineJob::Work makeWork();
    void store();

    Document* document_;
    QComboBox* costFunction_;
    QSpinBox* population_;
    QSpinBox* shelters_;
    QSpinBox* iterations_;
    QDoubleSpinBox* timeLimit_;
    std::shared_ptr<solvers::SlicingResult> outcome_;
    SlicingRunSettings runSettings_;
    // The document was replaced while the run went on: its result belongs to no open project.
    bool projectReplaced_ = false;
};

} // namespace iiot::ui
