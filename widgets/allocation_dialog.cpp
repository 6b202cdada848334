#include "allocation_dialog.h"

#include "command_store_result.h"
#include "document.h"

#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QJsonDocument>
#include <QJsonObject>

#include <stdexcept>

namespace iiot::ui {

AllocationDialog::AllocationDialog(Document* document, QWidget* parent)
    : EngineRunDialog(tr("Allocate Resources"), parent), document_(document),
      timeLimit_(new QDoubleSpinBox(this)) {
    setObjectName(QStringLiteral("allocationDialog"));
    addMethod(QStringLiteral("greedy"), tr("Greedy (priority order, heuristic)"));
    addMethod(QStringLiteral("exact"), tr("Exact (three MILPs, proven optimum)"));
    timeLimit_->setObjectName(QStringLiteral("timeLimitSpin"));
    timeLimit_->setRange(1, 86400);
    timeLimit_->setDecimals(0);
    timeLimit_->setSuffix(tr(" s"));
    timeLimit_->setValue(solvers::MilpOptions{}.timeLimitSeconds);
    timeLimit_->setToolTip(tr("Time limit of each MILP the exact method solves; the best answer found by "
                              "then is kept and marked as not proven optimal."));
    addParameterRow(tr("MILP &time limit:"), timeLimit_);
    auto followMethod = [this] { timeLimit_->setEnabled(method() == QLatin1String("exact")); };
    connect(methodCombo(), &QComboBox::currentIndexChanged, this, followMethod);
    followMethod();

    setWorkFactory([this] { return makeWork(); });
    connect(this, &EngineRunDialog::runSucceeded, this, &AllocationDialog::store);
    connect(document_, &Document::projectReset, this, [this] { projectReplaced_ = true; });
}

solvers::AllocationOptions AllocationDialog::options() const {
    solvers::AllocationOptions options;
    options.method = method() == QLatin1String("exact") ? solvers::AllocationMethod::Exact
                                                        : solvers::AllocationMethod::Greedy;
    options.milp.timeLimitSeconds = timeLimit_->value();
    return options;
}

std::string AllocationDialog::parametersJson() const {
    QJsonObject parameters;
    if (options().method == solvers::AllocationMethod::Exact)
        parameters.insert(QStringLiteral("time_limit_s"), timeLimit_->value());
    return QJsonDocument(parameters).toJson(QJsonDocument::Compact).toStdString();
}

EngineJob::Work AllocationDialog::makeWork() {
    if (!document_->hasProject()) {
        setStatus(tr("There is no project to allocate."), true);
        return {};
    }
    model::Project project = document_->project();
    project.results.clear(); // earlier runs play no part in this one
    const solvers::AllocationOptions options = this->options();
    outcome_ = std::make_shared<solvers::AllocationResult>();
    runParameters_ = parametersJson();
    runMethod_ = method().toStdString();
    projectReplaced_ = false;
    return [project = std::move(project), options, outcome = outcome_](const model::RunControl& control) {
        solvers::AllocationOptions run = options;
        run.control = &control;
        *outcome = solvers::allocatePriority(project, run);
        if (control.cancelled())
            return;
        if (!outcome->ok)
            throw std::runtime_error(outcome->error);
        if (outcome->admitted + outcome->rejected == 0)
            throw std::runtime_error("No application has demands: there is nothing to allocate.");
    };
}

void AllocationDialog::store() {
    if (!outcome_ || projectReplaced_) {
        setStatus(tr("Another project was opened during the run: the result was not stored."), true);
        return;
    }
    model::StoredResult result;
    result.kind = "allocate";
    result.method = runMethod_;
    result.parameters = runParameters_;
    result.created = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
    result.json = solvers::allocationJson(*outcome_);
    auto* command = new StoreResultCommand(document_, std::move(result));
    document_->undoStack()->push(command);
    outcome_.reset();
    emit resultStored(command->resultId());
}

} // namespace iiot::ui
