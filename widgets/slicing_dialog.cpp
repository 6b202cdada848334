#include "slicing_dialog.h"

#include "command_store_result.h"
#include "document.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QSpinBox>

#include <stdexcept>

namespace iiot::ui {

SlicingDialog::SlicingDialog(Document* document, QWidget* parent)
    : EngineRunDialog(tr("Slice Network"), parent), document_(document), costFunction_(new QComboBox(this)),
      population_(new QSpinBox(this)), shelters_(new QSpinBox(this)), iterations_(new QSpinBox(this)),
      timeLimit_(new QDoubleSpinBox(this)) {
    setObjectName(QStringLiteral("slicingDialog"));
    addMethod(QStringLiteral("stnra"), tr("STNRA (layered graph searched with LARAC)"));
    addMethod(QStringLiteral("dnso"), tr("DNSO (Natural Aggregation Algorithm, seeded)"));
    addMethod(QStringLiteral("ffpa"), tr("FFPA (first fit)"));
    addMethod(QStringLiteral("exact"), tr("Exact (one MILP per service, external solver)"));
    setSeedVisible(true);

    const solvers::SlicingParameters defaults;
    costFunction_->setObjectName(QStringLiteral("costFunctionCombo"));
    costFunction_->addItem(tr("Each host's own"), QString());
    costFunction_->addItem(tr("Linear: cost per core \u00d7 cores"), QStringLiteral("linear"));
    costFunction_->addItem(tr("Step: \u03b11\u00b7\u230a\u03b12\u00b7x\u230b"), QStringLiteral("step"));
    costFunction_->addItem(tr("Inverse: \u03b2 / (cores \u2212 x + 1)"), QStringLiteral("inverse"));
    costFunction_->addItem(tr("Exponential: \u03b31\u00b7exp(\u03b32\u00b7(1 \u2212 x/cores))"),
                           QStringLiteral("exponential"));
    costFunction_->setToolTip(tr("The node cost of a placed VNF, x being the cores in use on the host "
                                 "after placing it; a choice here replaces every host's own for this run."));
    addParameterRow(tr("Node &cost function:"), costFunction_);

    population_->setObjectName(QStringLiteral("populationSpin"));
    population_->setRange(2, 100000);
    population_->setValue(defaults.population);
    addParameterRow(tr("DNSO &population:"), population_);
    shelters_->setObjectName(QStringLiteral("sheltersSpin"));
    shelters_->setRange(1, 100000);
    shelters_->setValue(defaults.shelters);
    addParameterRow(tr("DNSO &shelters:"), shelters_);
    iterations_->setObjectName(QStringLiteral("iterationsSpin"));
    iterations_->setRange(0, 1000000);
    iterations_->setValue(defaults.iterations);
    addParameterRow(tr("DNSO &generations:"), iterations_);
    timeLimit_->setObjectName(QStringLiteral("timeLimitSpin"));
    timeLimit_->setRange(1, 86400);
    timeLimit_->setDecimals(0);
    timeLimit_->setSuffix(tr(" s"));
    timeLimit_->setValue(defaults.timeLimitSeconds);
    timeLimit_->setToolTip(tr("Time limit of each service's MILP"));
    addParameterRow(tr("MILP &time limit:"), timeLimit_);

    auto followMethod = [this] {
        const bool dnso = method() == QLatin1String("dnso");
        population_->setEnabled(dnso);
        shelters_->setEnabled(dnso);
        iterations_->setEnabled(dnso);
        timeLimit_->setEnabled(method() == QLatin1String("exact"));
    };
    connect(methodCombo(), &QComboBox::currentIndexChanged, this, followMethod);
    followMethod();

    setWorkFactory([this] { return makeWork(); });
    connect(this, &EngineRunDialog::runSucceeded, this, &SlicingDialog::store);
    connect(document_, &Document::projectReset, this, [this] { projectReplaced_ = true; });
}

SlicingRunSettings SlicingDialog::settings() const {
    SlicingRunSettings settings;
    settings.method =
        solvers::slicingMethodFromString(method().toStdString()).value_or(solvers::SlicingMethod::Stnra);
    settings.parameters.seed = seed();
    settings.parameters.population = population_->value();
    settings.parameters.shelters = shelters_->value();
    settings.parameters.iterations = iterations_->value();
    settings.parameters.timeLimitSeconds = timeLimit_->value();
    const QString function = costFunction_->currentData().toString();
    if (!function.isEmpty())
        settings.costFunction = model::costFunctionFromString(function.toStdString());
    return settings;
}

EngineJob::Work SlicingDialog::makeWork() {
    if (!document_->hasProject() || document_->project().services.empty()) {
        setStatus(tr("The project has no services to slice."), true);
        return {};
    }
    runSettings_ = settings();
    model::Project input = slicingInput(document_->project(), runSettings_);
    outcome_ = std::make_shared<solvers::SlicingResult>();
    projectReplaced_ = false;
    return [input = std::move(input), settings = runSettings_,
            outcome = outcome_](const model::RunControl& control) {
        *outcome = runSlicingWith(input, settings, control);
        if (control.cancelled() || outcome->cancelled)
            return;
        if (!outcome->ok())
            throw std::runtime_error(outcome->error);
    };
}

void SlicingDialog::store() {
    if (!outcome_ || projectReplaced_) {
        setStatus(tr("Another project was opened during the run: the result was not stored."), true);
        return;
    }
    auto* command = new StoreResultCommand(document_, slicingStoredResult(runSettings_, *outcome_));
    document_->undoStack()->push(command);
    outcome_.reset();
    emit resultStored(command->resultId());
}

} // namespace iiot::ui
