#include "engine_comparison.h"

#include "command_store_result.h"
#include "document.h"
#include "engine_comparison_charts.h"
#include "slicing_run.h"

#include "model/type_library.h"
#include "solvers/offloading.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <limits>

namespace iiot::ui {

namespace {

constexpr int kProgressSteps = 1000;

QJsonObject parsed(const std::string& json) {
    return QJsonDocument::fromJson(QByteArray::fromStdString(json)).object();
}

std::string offloadParametersJson(const solvers::OffloadParameters& p) {
    QJsonObject json;
    json.insert(QStringLiteral("seed"), static_cast<qint64>(p.seed));
    json.insert(QStringLiteral("mu1"), p.mu1);
    json.insert(QStringLiteral("mu2"), p.mu2);
    if (p.method == solvers::OffloadMethod::Astp || p.method == solvers::OffloadMethod::Ascm)
        json.insert(QStringLiteral("max_sweeps"), p.max_sweeps);
    return QJsonDocument(json).toJson(QJsonDocument::Compact).toStdString();
}

} // namespace

EngineComparison::EngineComparison(Engine engine, Document* document, QWidget* parent)
    : QDialog(parent), engine_(engine), document_(document), seed_(new QSpinBox(this)),
      chart_(new QCustomPlot(this)), table_(new QTableWidget(this)), progress_(new QProgressBar(this)),
      status_(new QLabel(this)), job_(new EngineJob(this)) {
    const bool slicing = engine_ == Engine::Slicing;
    setObjectName(slicing ? QStringLiteral("slicingComparison") : QStringLiteral("offloadingComparison"));
    setWindowTitle(slicing ? tr("Compare Slicing Methods") : tr("Compare Offloading Methods"));
    methods_ = slicing ? QStringList{QStringLiteral("stnra"), QStringLiteral("dnso"), QStringLiteral("ffpa"),
                                     QStringLiteral("exact")}
                       : QStringList{QStringLiteral("astp"), QStringLiteral("ascm"), QStringLiteral("rstp"),
                                     QStringLiteral("rscm")};

    auto* form = new QFormLayout;
    seed_->setObjectName(QStringLiteral("seedSpin"));
    seed_->setRange(0, std::numeric_limits<int>::max());
    seed_->setValue(1);
    seed_->setToolTip(tr("Every method runs with this seed; the same seed gives the same results."));
    form->addRow(tr("&Seed:"), seed_);
    if (slicing) {
        costFunction_ = new QComboBox(this);
        costFunction_->setObjectName(QStringLiteral("costFunctionCombo"));
        costFunction_->addItem(tr("Each host's own"), QString());
        for (const char* name : {"linear", "step", "inverse", "exponential"})
            costFunction_->addItem(QString::fromLatin1(name), QString::fromLatin1(name));
        form->addRow(tr("Node &cost function:"), costFunction_);
    }
    form->addRow(tr("Methods:"), new QLabel(methods_.join(QStringLiteral(", ")), this));

    chart_->setObjectName(QStringLiteral("comparisonChart"));
    chart_->setMinimumSize(640, 300);
    table_->setObjectName(QStringLiteral("comparisonTable"));
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->setVisible(false);
    table_->horizontalHeader()->setStretchLastSection(true);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(chart_);
    splitter->addWidget(table_);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    progress_->setRange(0, kProgressSteps);
    progress_->setValue(0);
    status_->setObjectName(QStringLiteral("comparisonStatus"));
    status_->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(this);
    run_ = buttons->addButton(tr("&Run All"), QDialogButtonBox::ActionRole);
    cancel_ = buttons->addButton(tr("&Cancel Run"), QDialogButtonBox::ActionRole);
    close_ = buttons->addButton(QDialogButtonBox::Close);
    run_->setDefault(true);
    cancel_->setEnabled(false);
    connect(run_, &QPushButton::clicked, this, &EngineComparison::run);
    connect(cancel_, &QPushButton::clicked, this, &EngineComparison::cancelRun);
    connect(close_, &QPushButton::clicked, this, &EngineComparison::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(splitter, 1);
    layout->addWidget(progress_);
    layout->addWidget(status_);
    layout->addWidget(buttons);
    resize(980, 640);

    connect(job_, &EngineJob::progress, this, [this](double fraction) {
        const double overall =
            (current_ + std::clamp(fraction, 0.0, 1.0)) / static_cast<double>(methods_.size());
        progress_->setValue(static_cast<int>(overall * kProgressSteps));
    });
    connect(job_, &EngineJob::finished, this, &EngineComparison::methodFinished);
    connect(job_, &EngineJob::failed, this, &EngineComparison::methodFailed);
    connect(document_, &Document::projectReset, this, [this] { projectReplaced_ = true; });
    plotMethodComparison(chart_, {}, {});
    setStatus(tr("Press Run All to run every method with the same seed."));
}

bool EngineComparison::run() {
    if (running_)
        return false;
    if (!document_->hasProject()) {
        setStatus(tr("There is no project to run on."), true);
        return false;
    }
    if (engine_ == Engine::Slicing && document_->project().services.empty()) {
        setStatus(tr("The project has no services to slice."), true);
        return false;
    }
    SlicingRunSettings settings;
    if (costFunction_ && !costFunction_->currentData().toString().isEmpty())
        settings.costFunction =
            model::costFunctionFromString(costFunction_->currentData().toString().toStdString());
    if (engine_ == Engine::Slicing) {
        input_ = std::make_shared<const model::Project>(slicingInput(document_->project(), settings));
    } else {
        model::Project copy = document_->project();
        copy.results.clear();
        input_ = std::make_shared<const model::Project>(std::move(copy));
    }
    projectReplaced_ = false;
    outcomes_.clear();
    results_.clear();
    storedIds_.clear();
    current_ = 0;
    clock_.start();
    setRunning(true);
    startNext();
    return true;
}

EngineJob::Work EngineComparison::workFor(int index) {
    outcome_ = std::make_shared<Outcome>();
    const std::string method = methods_[index].toStdString();
    const auto seed = static_cast<std::uint64_t>(seed_->value());
    if (engine_ == Engine::Slicing) {
        SlicingRunSettings settings;
        settings.method = solvers::slicingMethodFromString(method).value_or(solvers::SlicingMethod::Stnra);
        settings.parameters.seed = seed;
        if (costFunction_ && !costFunction_->currentData().toString().isEmpty())
            settings.costFunction =
                model::costFunctionFromString(costFunction_->currentData().toString().toStdString());
        return [input = input_, settings, outcome = outcome_](const model::RunControl& control) {
            const solvers::SlicingResult result = runSlicingWith(*input, settings, control);
            if (control.cancelled() || result.cancelled)
                return;
            outcome->parameters = slicingParametersJson(settings);
            if (result.ok())
                outcome->json = solvers::slicingJson(result);
            else
                outcome->error = result.error;
        };
    }
    solvers::OffloadParameters parameters;
    parameters.method = solvers::offloadMethodFromString(method).value_or(solvers::OffloadMethod::Astp);
    parameters.seed = seed;
    return [input = input_, parameters, outcome = outcome_](const model::RunControl& control) {
        const solvers::OffloadOutcome result =
            solvers::runOffloading(*input, model::TypeLibrary::builtin(), parameters, control);
        if (control.cancelled() || result.cancelled)
            return;
        outcome->parameters = offloadParametersJson(parameters);
        if (result.result)
            outcome->json = solvers::offloadJson(*result.result);
        else
            outcome->error = result.error;
    };
}

void EngineComparison::startNext() {
    setStatus(
        tr("Running %1 (%2 of %3)\u2026").arg(methods_[current_]).arg(current_ + 1).arg(methods_.size()));
    progress_->setValue(static_cast<int>(current_ * kProgressSteps / methods_.size()));
    if (!job_->start(workFor(current_)))
        methodFailed(tr("the previous run has not ended yet"));
}

void EngineComparison::methodFinished(bool cancelled) {
    if (!running_)
        return;
    if (cancelled) {
        setRunning(false);
        outcomes_.clear();
        progress_->setValue(0);
        setStatus(tr("Cancelled after %1 s; nothing was stored.")
                      .arg(static_cast<double>(clock_.elapsed()) / 1000.0, 0, 'f', 2));
        emit comparisonFinished(true);
        return;
    }
    outcomes_.append(*outcome_);
    if (++current_ < methods_.size())
        startNext();
    else
        finishAll();
}

void EngineComparison::methodFailed(const QString& message) {
    if (!running_)
        return;
    if (job_->wasCancelled()) { // stopped by Cancel on its way out: nothing more runs
        methodFinished(true);
        return;
    }
    Outcome failed;
    failed.error = message.toStdString();
    outcomes_.append(failed);
    if (++current_ < methods_.size())
        startNext();
    else
        finishAll();
}

void EngineComparison::finishAll() {
    setRunning(false);
    progress_->setValue(kProgressSteps);
    results_.clear();
    for (int k = 0; k < outcomes_.size(); ++k) {
        const Outcome& outcome = outcomes_[k];
        QJsonObject result = outcome.json.empty() ? QJsonObject() : parsed(outcome.json);
        if (!outcome.error.empty() || result.isEmpty()) {
            result = QJsonObject{{QStringLiteral("method"), methods_[k]},
                                 {QStringLiteral("error"), QString::fromStdString(outcome.error)}};
        }
        results_.append(result);
    }
    if (engine_ == Engine::Slicing)
        plotSlicingComparison(chart_, results_);
    else
        plotOffloadingComparison(chart_, results_);
    fillTable();

    const double seconds = static_cast<double>(clock_.elapsed()) / 1000.0;
    if (projectReplaced_) {
        setStatus(tr("Another project was opened during the run: the results were not stored."), true);
        emit comparisonFinished(false);
        return;
    }
    const bool slicing = engine_ == Engine::Slicing;
    QUndoStack* stack = document_->undoStack();
    int stored = 0;
    for (int k = 0; k < outcomes_.size(); ++k)
        stored += outcomes_[k].json.empty() ? 0 : 1;
    if (stored > 0)
        stack->beginMacro(slicing ? tr("Compare slicing methods") : tr("Compare offloading methods"));
    const std::string created = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
    for (int k = 0; k < outcomes_.size(); ++k) {
        const Outcome& outcome = outcomes_[k];
        if (outcome.json.empty())
            continue;
        model::StoredResult result;
        result.kind = slicing ? "slice" : "offload";
        result.method = methods_[k].toStdString();
        result.parameters = outcome.parameters;
        result.created = created;
        result.json = outcome.json;
        auto* command = new StoreResultCommand(document_, std::move(result));
        stack->push(command);
        storedIds_.append(command->resultId());
    }
    if (stored > 0)
        stack->endMacro();
    const int failed = static_cast<int>(outcomes_.size()) - stored;
    setStatus(failed == 0 ? tr("%1 methods compared in %2 s; their results are stored in the project.")
                                .arg(stored)
                                .arg(seconds, 0, 'f', 2)
                          : tr("%1 of %2 methods compared in %3 s (see the table for the failures); the "
                               "successful results are stored in the project.")
                                .arg(stored)
                                .arg(outcomes_.size())
                                .arg(seconds, 0, 'f', 2),
              failed > 0);
    emit comparisonFinished(false);
}

void EngineComparison::fillTable() {
    const QVector<ComparisonMetric>& metrics =
        engine_ == Engine::Slicing ? slicingComparisonMetrics() : offloadingComparisonMetrics();
    QStringList headers{tr("Method")};
    for (const ComparisonMetric& metric : metrics)
        headers << (metric.scale == 100 ? tr("%1 (%)").arg(metric.title) : metric.title);
    headers << tr("Solve (ms)");
    table_->clear();
    table_->setColumnCount(static_cast<int>(headers.size()));
    table_->setHorizontalHeaderLabels(headers);
    table_->setRowCount(static_cast<int>(results_.size()));
    for (int row = 0; row < results_.size(); ++row) {
        const QJsonObject& result = results_[row];
        auto* name = new QTableWidgetItem(methods_[row]);
        name->setForeground(comparisonMethodColour(row));
        table_->setItem(row, 0, name);
        if (result.contains(QStringLiteral("error"))) {
            auto* error =
                new QTableWidgetItem(tr("failed: %1").arg(result.value(QStringLiteral("error")).toString()));
            error->setForeground(QColor(0xc6, 0x28, 0x28));
            error->setToolTip(error->text());
            table_->setItem(row, 1, error);
            table_->setSpan(row, 1, 1, static_cast<int>(headers.size()) - 1);
            continue;
        }
        for (int m = 0; m < metrics.size(); ++m) {
            const double value = result.value(metrics[m].field).toDouble() * metrics[m].scale;
            auto* item = new QTableWidgetItem(QString::number(value, 'g', 6)); // 54.5667, 0.0225
            item->setData(Qt::UserRole, value);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table_->setItem(row, m + 1, item);
        }
        const QJsonValue solve = result.value(QStringLiteral("solve_ms"));
        auto* timing = new QTableWidgetItem(solve.isUndefined() ? QStringLiteral("\u2013")
                                                                : QString::number(solve.toDouble(), 'f', 1));
        timing->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table_->setItem(row, static_cast<int>(metrics.size()) + 1, timing);
    }
    table_->resizeColumnsToContents();
}

void EngineComparison::cancelRun() {
    if (!running_)
        return;
    job_->cancel();
    cancel_->setEnabled(false);
    setStatus(tr("Cancelling\u2026"));
}

void EngineComparison::reject() {
    if (running_) {
        job_->cancel(); // methodFinished(true) then drops everything
    }
    QDialog::reject();
}

void EngineComparison::setRunning(bool running) {
    running_ = running;
    run_->setEnabled(!running);
    cancel_->setEnabled(running);
    seed_->setEnabled(!running);
    if (costFunction_)
        costFunction_->setEnabled(!running);
}

void EngineComparison::setStatus(const QString& text, bool error) {
    status_->setText(text);
    status_->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
}

} // namespace iiot::ui
