#include "offloading_dialog.h"

#include "command_store_result.h"
#include "document.h"

#include "model/type_library.h"

#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSpinBox>

#include <stdexcept>

namespace iiot::ui {

OffloadingDialog::OffloadingDialog(Document* document, QWidget* parent)
    : EngineRunDialog(tr("Select Computing Modes"), parent), document_(document),
      mu1_(new QDoubleSpinBox(this)), mu2_(new QDoubleSpinBox(this)), sweeps_(new QSpinBox(this)) {
    setObjectName(QStringLiteral("offloadingDialog"));
    addMethod(QStringLiteral("astp"), tr("ASTP: adaptive modes, priority scheduling"));
    addMethod(QStringLiteral("ascm"), tr("ASCM: adaptive modes, arrival order"));
    addMethod(QStringLiteral("rstp"), tr("RSTP: random modes, priority scheduling"));
    addMethod(QStringLiteral("rscm"), tr("RSCM: random modes, arrival order"));
    setSeedVisible(true);
    const solvers::OffloadParameters defaults;
    setSeed(defaults.seed);
    seedSpin()->setToolTip(tr("Draws the sizes given as distributions and the random methods' modes."));
    for (QDoubleSpinBox* mu : {mu1_, mu2_}) {
        mu->setRange(0, 1);
        mu->setDecimals(2);
        mu->setSingleStep(0.05);
    }
    mu1_->setObjectName(QStringLiteral("mu1Spin"));
    mu1_->setValue(defaults.mu1);
    mu1_->setToolTip(tr("Weight of a task's real-time intensity in its edge priority."));
    mu2_->setObjectName(QStringLiteral("mu2Spin"));
    mu2_->setValue(defaults.mu2);
    mu2_->setToolTip(tr("Weight of a task's complexity intensity in its edge priority."));
    sweeps_->setObjectName(QStringLiteral("sweepsSpin"));
    sweeps_->setRange(1, 10000);
    sweeps_->setValue(defaults.max_sweeps);
    sweeps_->setToolTip(tr("Most improvement sweeps of the adaptive methods."));
    addParameterRow(tr("Priority weight \u03bc\u2081:"), mu1_);
    addParameterRow(tr("Priority weight \u03bc\u2082:"), mu2_);
    addParameterRow(tr("Most s&weeps:"), sweeps_);
    auto followMethod = [this] {
        const bool adaptive = method() == QLatin1String("astp") || method() == QLatin1String("ascm");
        sweeps_->setEnabled(adaptive);
    };
    connect(methodCombo(), &QComboBox::currentIndexChanged, this, followMethod);
    followMethod();

    setWorkFactory([this] { return makeWork(); });
    connect(this, &EngineRunDialog::runSucceeded, this, &OffloadingDialog::store);
    connect(document_, &Document::projectReset, this, [this] { projectReplaced_ = true; });
}

solvers::OffloadParameters OffloadingDialog::parameters() const {
    solvers::OffloadParameters p;
    p.method =
        solvers::offloadMethodFromString(method().toStdString()).value_or(solvers::OffloadMethod::Astp);
    p.seed = seed();
    p.mu1 = mu1_->value();
    p.mu2 = mu2_->value();
    p.max_sweeps = sweeps_->value();
    return p;
}

std::string OffloadingDialog::parametersJson() const {
    const solvers::OffloadParameters p = parameters();
    QJsonObject json;
    json.insert(QStringLiteral("seed"), static_cast<qint64>(p.seed));
    json.insert(QStringLiteral("mu1"), p.mu1);
    json.insert(QStringLiteral("mu2"), p.mu2);
    if (p.method == solvers::OffloadMethod::Astp || p.method == solvers::OffloadMethod::Ascm)
        json.insert(QStringLiteral("max_sweeps"), p.max_sweeps);
    return QJsonDocument(json).toJson(QJsonDocument::Compact).toStdString();
}

EngineJob::Work OffloadingDialog::makeWork() {
    if (!document_->hasProject()) {
        setStatus(tr("There is no project to schedule."), true);
        return {};
    }
    model::Project project = document_->project();
    project.results.clear(); // earlier runs play no part in this one
    const solvers::OffloadParameters parameters = this->parameters();
    outcome_ = std::make_shared<solvers::OffloadResult>();
    runParameters_ = parametersJson();
    runMethod_ = method().toStdString();
    projectReplaced_ = false;
    return [project = std::move(project), parameters, outcome = outcome_](const model::RunControl& control) {
        solvers::OffloadOutcome run =
            solvers::runOffloading(project, model::TypeLibrary::builtin(), parameters, control);
        if (control.cancelled())
            return;
        if (!run.result)
            throw std::runtime_error(run.error);
        *outcome = std::move(*run.result);
    };
}

void OffloadingDialog::store() {
    if (!outcome_ || projectReplaced_) {
        setStatus(tr("Another project was opened during the run: the result was not stored."), true);
        return;
    }
    model::StoredResult result;
    result.kind = "offload";
    result.method = runMethod_;
    result.parameters = runParameters_;
    result.created = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
    result.json = solvers::offloadJson(*outcome_);
    auto* command = new StoreResultCommand(document_, std::move(result));
    document_->undoStack()->push(command);
    outcome_.reset();
    emit resultStored(command->resultId());
}

} // namespace iiot::ui
