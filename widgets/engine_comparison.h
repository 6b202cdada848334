// Run ▸ Compare Slicing Methods / Compare Offloading Methods: runs every method of one engine on
// the same copy of the project and seed, one after another off the GUI thread (progress over all
// methods, Cancel), then charts them side by side (engine_comparison_charts.h), lists the figures
// in a table and stores each method's result in the project as one undo step. A method that fails
// (the exact method without a MILP solver, say) is reported in the table and gets no bars; Cancel
// stores nothing at all.
#pragma once

#include "engine_job.h"
#include "model/project.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <memory>
#include <string>

class QComboBox;
class QCustomPlot;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace iiot::ui {

class Document;

class EngineComparison : public QDialog {
    Q_OBJECT

public:
    enum class Engine { Slicing, Offloading };

    EngineComparison(Engine engine, Document* document, QWidget* parent = nullptr);

    Engine engine() const { return engine_; }
    // The methods compared, in the order they run and are charted.
    const QStringList& methods() const { return methods_; }
    // The result documents of the last finished comparison (one per method; a failed method's has
    // "method" and "error").
    const QList<QJsonObject>& results() const { return results_; }
    // Ids of the results the last comparison stored, in method order.
    const QList<long long>& storedIds() const { return storedIds_; }
    bool isRunning() const { return running_; }

    QSpinBox* seedSpin() const { return seed_; }
    // Slicing only: the node cost function for every host (empty data: each host's own).
    QComboBox* costFunctionCombo() const { return costFunction_; }
    QCustomPlot* chart() const { return chart_; }
    QTableWidget* table() const { return table_; }
    QProgressBar* progressBar() const { return progress_; }
    QLabel* statusLabel() const { return status_; }
    QPushButton* runButton() const { return run_; }
    QPushButton* cancelButton() const { return cancel_; }
    QPushButton* closeButton() const { return close_; }

public slots:
    // Starts comparing; false when a run is going or there is nothing to run on.
    bool run();
    void cancelRun();
    void reject() override;

signals:
    // Every method ran (cancelled false) and the results were stored, or the user cancelled.
    void comparisonFinished(bool cancelled);

private:
    // One method's run: what the worker writes, read back on the GUI thread when it ends.
    struct Outcome {
        std::string json; // the result document; empty when the run failed
        std::string error;
        std::string parameters;
    };

    EngineJob::Work workFor(int index);
    void startNext();
    void methodFinished(bool cancelled);
    void methodFailed(const QString& message);
    void finishAll();
    void setRunning(bool running);
    void fillTable();
    void setStatus(const QString& text, bool error = false);

    Engine engine_;
    Document* document_;
    QStringList methods_;
    QSpinBox* seed_;
    QComboBox* costFunction_ = nullptr;
    QCustomPlot* chart_;
    QTableWidget* table_;
    QProgressBar* progress_;
    QLabel* status_;
    QPushButton* run_;
    QPushButton* cancel_;
    QPushButton* close_;
    EngineJob* job_;
    QElapsedTimer clock_;

    bool running_ = false;
    bool projectReplaced_ = false;
    int current_ = 0;
    std::shared_ptr<const model::Project> input_; // the copy every method runs on
    std::shared_ptr<Outcome> outcome_;
    QList<Outcome> outcomes_;
    QList<QJsonObject> results_;
    QList<long long> storedIds_;
};

} // namespace iiot::ui
