// The dialog every engine run goes through: a method choice, an optional seed, the caller's own
// parameter fields, Run / Cancel / Close, a progress bar and a status line. It knows nothing about
// any engine: the caller gives it a work factory, and reads the outcome when the run succeeds.
//
// Use:
//   auto* dialog = new EngineRunDialog(tr("Allocate Resources"), parent);
//   dialog->addMethod("greedy", tr("Greedy heuristic"));
//   dialog->setSeedVisible(true);                      // optional, hidden by default
//   dialog->addParameterRow(tr("Time limit:"), spin);  // any extra fields
//   dialog->setWorkFactory([=] { ... return work; });  // called on Run, on the GUI thread
//   connect(dialog, &EngineRunDialog::runSucceeded, ...);
// The factory reads the fields (method(), seed(), its own widgets), copies what the run needs
// (the project) into the returned EngineJob::Work and keeps a handle to where the work writes its
// outcome (a shared_ptr captured by both). Returning an empty function refuses the run; the factory
// may call setStatus() to say why. The work runs on a worker thread: it reports progress through
// its RunControl, returns early when control.cancelled(), and throws std::exception to fail (the
// message is shown in red). Signals, all on the GUI thread:
//   runStarted()          the work was handed to the worker;
//   runSucceeded()        the work returned and was not cancelled: read the outcome, store it;
//   runCancelled()        Cancel (or closing the dialog) stopped it: the outcome must be dropped;
//   runFailed(message)    the work threw.
// Cancel stops the run and keeps the dialog open; Close (or Esc) cancels a run still going and
// hides the dialog, and nothing of that run is reported as a success. After runSucceeded the
// dialog closes itself unless setCloseOnSuccess(false).
#pragma once

#include "engine_job.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QString>

#include <cstdint>
#include <functional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace iiot::ui {

class EngineRunDialog : public QDialog {
    Q_OBJECT

public:
    using WorkFactory = std::function<EngineJob::Work()>;

    explicit EngineRunDialog(const QString& title, QWidget* parent = nullptr);

    // Methods offered, in order: `id` is what method() returns, `label` what the user reads.
    void addMethod(const QString& id, const QString& label);
    QString method() const;
    // Selects a method by id; false when there is none with that id.
    bool setMethod(const QString& id);

    // The seed field (hidden unless asked for). Seeds are 0 .. 2^31-1.
    void setSeedVisible(bool visible);
    bool isSeedVisible() const;
    void setSeed(std::uint64_t seed);
    std::uint64_t seed() const;

    // Adds a labelled parameter field under the method and seed; it is disabled during a run.
    void addParameterRow(const QString& label, QWidget* field);
    QFormLayout* form() const { return form_; }

    void setWorkFactory(WorkFactory factory) { factory_ = std::move(factory); }
    void setCloseOnSuccess(bool close) { closeOnSuccess_ = close; }

    // Replaces the status line; `error` shows it in red.
    void setStatus(const QString& text, bool error = false);
    bool isRunning() const { return job_->isRunning(); }
    EngineJob* job() const { return job_; }

    QComboBox* methodCombo() const { return methods_; }
    QSpinBox* seedSpin() const { return seed_; }
    QPushButton* runButton() const { return run_; }
    QPushButton* cancelButton() const { return cancel_; }
    QPushButton* closeButton() const { return close_; }
    QProgressBar* progressBar() const { return progress_; }
    QLabel* statusLabel() const { return status_; }

public slots:
    // Same as pressing Run; false when a run is going or the factory refused.
    bool run();
    void cancelRun();
    void reject() override;

signals:
    void runStarted();
    void runSucceeded();
    void runCancelled();
    void runFailed(const QString& message);

private:
    void setRunning(bool running);
    void jobFinished(bool cancelled);
    void jobFailed(const QString& message);
    void showProgress(double fraction);

    QWidget* fields_;
    QComboBox* methods_;
    QLabel* seedLabel_;
    QSpinBox* seed_;
    QFormLayout* form_;
    QProgressBar* progress_;
    QLabel* status_;
    QPushButton* run_;
    QPushButton* cancel_;
    QPushButton* close_;
    EngineJob* job_;
    WorkFactory factory_;
    QElapsedTimer clock_;
    bool closeOnSuccess_ = true;
    // Set when the dialog was closed during a run: whatever the run ends with is dropped.
    bool discard_ = false;
};

} // namespace iiot::ui
