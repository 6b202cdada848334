// Run ▸ Select Computing Modes: the engine-run dialog set up for computing-mode selection and
// priority scheduling (MODELS.md section 5): method (astp, ascm, rstp, rscm), seed, the priority
// weights mu1 and mu2 and the adaptive methods' sweep limit. Run copies the project, runs on a
// worker thread and, when it succeeds, stores the result as an undoable step (kind "offload", the
// CLI's --json document) and announces it.
#pragma once

#include "engine_run_dialog.h"

#include "solvers/offloading.h"

#include <memory>

class QDoubleSpinBox;
class QSpinBox;

namespace iiot::ui {

class Document;

class OffloadingDialog : public EngineRunDialog {
    Q_OBJECT

public:
    explicit OffloadingDialog(Document* document, QWidget* parent = nullptr);

    QDoubleSpinBox* mu1Spin() const { return mu1_; }
    QDoubleSpinBox* mu2Spin() const { return mu2_; }
    QSpinBox* sweepsSpin() const { return sweeps_; }
    // The parameters the fields describe.
    solvers::OffloadParameters parameters() const;
    // The parameters stored with the result, as a JSON object.
    std::string parametersJson() const;

signals:
    void resultStored(long long id);

private:
    EngineJob::Work makeWork();
    void store();

    Document* document_;
    QDoubleSpinBox* mu1_;
    QDoubleSpinBox* mu2_;
    QSpinBox* sweeps_;
    std::shared_ptr<solvers::OffloadResult> outcome_;
    std::string runParameters_;
    std::string runMethod_;
    bool projectReplaced_ = false;
};

} // namespace iiot::ui
