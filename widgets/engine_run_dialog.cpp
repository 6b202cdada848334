#include "engine_run_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace iiot::ui {

namespace {

constexpr int kProgressSteps = 1000;

} // namespace

EngineRunDialog::EngineRunDialog(const QString& title, QWidget* parent)
    : QDialog(parent), fields_(new QWidget(this)), methods_(new QComboBox(this)),
      seedLabel_(new QLabel(tr("&Seed:"), this)), seed_(new QSpinBox(this)), form_(new QFormLayout),
      progress_(new QProgressBar(this)), status_(new QLabel(this)), job_(new EngineJob(this)) {
    setWindowTitle(title);
    setObjectName(QStringLiteral("engineRunDialog"));
    methods_->setObjectName(QStringLiteral("methodCombo"));
    seed_->setObjectName(QStringLiteral("seedSpin"));
    seed_->setRange(0, std::numeric_limits<int>::max());
    seed_->setValue(1);
    seed_->setToolTip(tr("Runs with the same seed and parameters give identical results."));

    fields_->setObjectName(QStringLiteral("parameterFields"));
    fields_->setLayout(form_);
    form_->setContentsMargins(0, 0, 0, 0);
    auto* methodLabel = new QLabel(tr("&Method:"), this);
    methodLabel->setBuddy(methods_);
    form_->addRow(methodLabel, methods_);
    seedLabel_->setBuddy(seed_);
    form_->addRow(seedLabel_, seed_);
    setSeedVisible(false);

    progress_->setRange(0, kProgressSteps);
    progress_->setValue(0);
    progress_->setTextVisible(true);
    status_->setObjectName(QStringLiteral("runStatus"));
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    status_->setMinimumHeight(status_->fontMetrics().lineSpacing() * 2);
    status_->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto* buttons = new QDialogButtonBox(this);
    run_ = buttons->addButton(tr("&Run"), QDialogButtonBox::AcceptRole);
    cancel_ = buttons->addButton(tr("&Cancel Run"), QDialogButtonBox::ActionRole);
    close_ = buttons->addButton(QDialogButtonBox::Close);
    run_->setDefault(true);
    cancel_->setEnabled(false);
    // The box's accept role would close the dialog: Run only starts a run.
    connect(run_, &QPushButton::clicked, this, &EngineRunDialog::run);
    connect(cancel_, &QPushButton::clicked, this, &EngineRunDialog::cancelRun);
    connect(close_, &QPushButton::clicked, this, &EngineRunDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(fields_);
    layout->addSpacing(6);
    layout->addWidget(progress_);
    layout->addWidget(status_);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(420);

    connect(job_, &EngineJob::progress, this, &EngineRunDialog::showProgress);
    connect(job_, &EngineJob::finished, this, &EngineRunDialog::jobFinished);
    connect(job_, &EngineJob::failed, this, &EngineRunDialog::jobFailed);
    setStatus(tr("Choose the parameters and press Run."));
}

void EngineRunDialog::addMethod(const QString& id, const QString& label) {
    methods_->addItem(label, id);
}

QString EngineRunDialog::method() const {
    return methods_->currentData().toString();
}

bool EngineRunDialog::setMethod(const QString& id) {
    const int index = methods_->findData(id);
    if (index < 0)
        return false;
    methods_->setCurrentIndex(index);
    return true;
}

void EngineRunDialog::setSeedVisible(bool visible) {
    seedLabel_->setVisible(visible);
    seed_->setVisible(visible);
}

bool EngineRunDialog::isSeedVisible() const {
    return !seed_->isHidden();
}

void EngineRunDialog::setSeed(std::uint64_t seed) {
    seed_->setValue(static_cast<int>(std::min<std::uint64_t>(seed, std::numeric_limits<int>::max())));
}

std::uint64_t EngineRunDialog::seed() const {
    return static_cast<std::uint64_t>(seed_->value());
}

void EngineRunDialog::addParameterRow(const QString& label, QWidget* field) {
    form_->addRow(label, field);
}

void EngineRunDialog::setStatus(const QString& text, bool error) {
    status_->setText(text);
    status_->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
}

bool EngineRunDialog::run() {
    if (job_->isRunning() || !factory_)
        return false;
    setStatus(QString());
    EngineJob::Work work = factory_();
    if (!work)
        return false;
    discard_ = false;
    if (!job_->start(std::move(work)))
        return false;
    clock_.start();
    setRunning(true);
    // Busy until the engine says how far it is: fast engines never report.
    progress_->setRange(0, 0);
    setStatus(tr("Running %1\u2026").arg(methods_->currentText()));
    emit runStarted();
    return true;
}

void EngineRunDialog::cancelRun() {
    if (!job_->isRunning())
        return;
    job_->cancel();
    cancel_->setEnabled(false);
    setStatus(tr("Cancelling\u2026"));
}

void EngineRunDialog::reject() {
    if (job_->isRunning()) {
        discard_ = true;
        job_->cancel();
    }
    QDialog::reject();
}

void EngineRunDialog::setRunning(bool running) {
    fields_->setEnabled(!running);
    run_->setEnabled(!running);
    cancel_->setEnabled(running);
}

void EngineRunDialog::showProgress(double fraction) {
    if (progress_->maximum() == 0)
        progress_->setRange(0, kProgressSteps);
    progress_->setValue(static_cast<int>(std::clamp(fraction, 0.0, 1.0) * kProgressSteps));
}

void EngineRunDialog::jobFinished(bool cancelled) {
    setRunning(false);
    progress_->setRange(0, kProgressSteps);
    const double seconds = static_cast<double>(clock_.elapsed()) / 1000.0;
    if (cancelled || discard_) {
        progress_->setValue(0);
        setStatus(tr("Cancelled after %1 s; nothing was stored.").arg(seconds, 0, 'f', 2));
        emit runCancelled();
        return;
    }
    progress_->setValue(kProgressSteps);
    setStatus(tr("Finished in %1 s.").arg(seconds, 0, 'f', 2));
    emit runSucceeded();
    if (closeOnSuccess_)
        accept();
}

void EngineRunDialog::jobFailed(const QString& message) {
    setRunning(false);
    progress_->setRange(0, kProgressSteps);
    progress_->setValue(0);
    setStatus(message, true);
    if (!discard_)
        emit runFailed(message);
}

} // namespace iiot::ui
