#include "scenario_dialog.h"

#include "command_store_result.h"
#include "document.h"
#include "simulation_chart_tabs.h"
#include "simulation_document.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace iiot::ui {

namespace {

constexpr sim::Policy kPolicies[] = {sim::Policy::Local,     sim::Policy::EdgeOnly,   sim::Policy::CloudOnly,
                                     sim::Policy::EdgeCloud, sim::Policy::RoundRobin, sim::Policy::CmsAstp};

const model::Scenario* findScenario(const model::Project& project, const QString& id) {
    for (const auto& s : project.scenarios)
        if (QString::fromStdString(s.id) == id)
            return &s;
    return nullptr;
}

} // namespace

ScenarioDialog::ScenarioDialog(Document* document, QWidget* parent)
    : QDialog(parent), document_(document), scenario_(new QComboBox(this)), policies_(new QListWidget(this)),
      devices_(new QLineEdit(this)), duration_(new QDoubleSpinBox(this)), seed_(new QSpinBox(this)),
      replications_(new QSpinBox(this)), run_(new QPushButton(tr("&Run"), this)),
      cancel_(new QPushButton(tr("Cancel"), this)), progress_(new QProgressBar(this)),
      status_(new QLabel(this)), charts_(new SimulationChartTabs(this)) {
    setWindowTitle(tr("Simulate"));
    setObjectName(QStringLiteral("scenarioDialog"));
    scenario_->setObjectName(QStringLiteral("scenarioBox"));
    policies_->setObjectName(QStringLiteral("policyList"));
    devices_->setObjectName(QStringLiteral("devicesEdit"));
    run_->setObjectName(QStringLiteral("runButton"));
    cancel_->setObjectName(QStringLiteral("cancelButton"));

    for (sim::Policy p : kPolicies) {
        auto* item = new QListWidgetItem(QString::fromLatin1(sim::toString(p)), policies_);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    policies_->setMaximumHeight(policies_->sizeHintForRow(0) * 6 + 2 * policies_->frameWidth() + 4);
    policies_->setToolTip(tr("Each checked policy is run over every device count"));
    devices_->setToolTip(tr("Numbers of task-generating devices, separated by commas; "
                            "generating elements are cloned or removed to reach each"));
    duration_->setRange(0.001, 1e7);
    duration_->setDecimals(3);
    duration_->setSuffix(tr(" s"));
    seed_->setRange(0, std::numeric_limits<int>::max());
    replications_->setRange(1, 1000);
    replications_->setToolTip(tr("Runs per point with seeds seed, seed + 1, ...; more than one gives "
                                 "95 % confidence intervals"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Scenario:"), scenario_);
    form->addRow(tr("&Policies:"), policies_);
    form->addRow(tr("&Devices:"), devices_);
    form->addRow(tr("D&uration:"), duration_);
    form->addRow(tr("S&eed:"), seed_);
    form->addRow(tr("Re&plications:"), replications_);

    progress_->setRange(0, 1000);
    progress_->setValue(0);
    progress_->setTextVisible(true);
    progress_->setFormat(QStringLiteral("%p%"));
    status_->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(run_, QDialogButtonBox::ActionRole);
    buttons->addButton(cancel_, QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    run_->setDefault(true);
    cancel_->setEnabled(false);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(form);
    leftLayout->addWidget(progress_);
    leftLayout->addWidget(status_);
    leftLayout->addStretch(1);
    auto* split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(charts_);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(1100, 560);

    connect(scenario_, &QComboBox::currentIndexChanged, this, &ScenarioDialog::scenarioChosen);
    connect(run_, &QPushButton::clicked, this, &ScenarioDialog::startRun);
    connect(cancel_, &QPushButton::clicked, this, &ScenarioDialog::cancelRun);
    connect(buttons, &QDialogButtonBox::rejected, this, &ScenarioDialog::reject);
    connect(document_, &Document::projectReset, this, [this] {
        cancelRun();
        reloadScenarios();
    });
    connect(&runner_, &SimulationRunner::progress, this,
            [this](double f) { progress_->setValue(static_cast<int>(f * 1000)); });
    connect(&runner_, &SimulationRunner::runFinished, this, [this](const QJsonObject& doc) {
        charts_->setDocument(doc);
        status_->setText(tr("Run %1 of %2 finished.").arg(runsOf(doc).size()).arg(runner_.runCount()));
    });
    connect(&runner_, &SimulationRunner::runProgressed, charts_,
            [this](const QJsonObject& doc) { charts_->setDocument(doc); });
    connect(&runner_, &SimulationRunner::succeeded, this, [this](const QJsonObject& doc) {
        setRunning(false);
        progress_->setValue(progress_->maximum());
        charts_->setDocument(doc);
        store(doc);
    });
    connect(&runner_, &SimulationRunner::cancelled, this, [this] {
        setRunning(false);
        status_->setText(tr("Cancelled; nothing was stored."));
    });
    connect(&runner_, &SimulationRunner::failed, this, [this](const QString& message) {
        setRunning(false);
        status_->setText(tr("The simulation stopped: %1").arg(message));
    });
    reloadScenarios();
}

void ScenarioDialog::reloadScenarios() {
    const QString current = scenario_->currentText();
    {
        const QSignalBlocker block(scenario_);
        scenario_->clear();
        for (const auto& s : document_->project().scenarios)
            scenario_->addItem(QString::fromStdString(s.id));
        scenario_->setCurrentIndex(std::max(0, scenario_->findText(current)));
    }
    const bool any = scenario_->count() > 0;
    run_->setEnabled(any && !runner_.isRunning());
    if (!any)
        status_->setText(tr("The project has no scenario: add one under 'scenarios' in its YAML file."));
    scenarioChosen();
}

void ScenarioDialog::scenarioChosen() {
    if (const auto* s = findScenario(document_->project(), scenario_->currentText()))
        setSettings(settingsFor(*s));
}

void ScenarioDialog::setSettings(const SimulationSettings& s) {
    {
        const QSignalBlocker block(scenario_);
        scenario_->setCurrentIndex(std::max(0, scenario_->findText(QString::fromStdString(s.scenario))));
    }
    for (int i = 0; i < policies_->count(); ++i) {
        const bool on = std::find(s.policies.begin(), s.policies.end(), kPolicies[i]) != s.policies.end();
        policies_->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    QStringList counts;
    for (long long n : s.devices)
        counts << QString::number(n);
    devices_->setText(counts.join(QStringLiteral(", ")));
    const auto* scenario = findScenario(document_->project(), QString::fromStdString(s.scenario));
    devices_->setPlaceholderText(scenario != nullptr && scenario->device_counts
                                     ? tr("the scenario's device counts")
                                     : tr("the project's devices as they are"));
    duration_->setValue(s.duration_s);
    seed_->setValue(static_cast<int>(std::min<std::uint64_t>(s.seed, std::numeric_limits<int>::max())));
    replications_->setValue(static_cast<int>(s.replications));
}

std::optional<SimulationSettings> ScenarioDialog::settings(QString* problem) const {
    SimulationSettings s;
    s.scenario = scenario_->currentText().toStdString();
    for (int i = 0; i < policies_->count(); ++i)
        if (policies_->item(i)->checkState() == Qt::Checked)
            s.policies.push_back(kPolicies[i]);
    for (const QString& part : devices_->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const long long n = part.trimmed().toLongLong(&ok);
        if (!ok || n < 1 || n > 10'000'000) {
            if (problem != nullptr)
                *problem = tr("Devices: '%1' is not a whole number from 1 to 10000000.").arg(part.trimmed());
            return std::nullopt;
        }
        s.devices.push_back(n);
    }
    s.duration_s = duration_->value();
    s.seed = static_cast<std::uint64_t>(seed_->value());
    s.replications = replications_->value();
    if (const auto p = settingsProblem(document_->project(), s); !p.empty()) {
        if (problem != nullptr)
            *problem = QString::fromStdString(p);
        return std::nullopt;
    }
    return s;
}

void ScenarioDialog::startRun() {
    QString problem;
    const auto s = settings(&problem);
    if (!s) {
        status_->setText(problem);
        return;
    }
    if (!runner_.start(document_->project(), *s)) {
        status_->setText(runner_.lastError());
        return;
    }
    charts_->clear();
    progress_->setValue(0);
    status_->setText(tr("Running %n simulation(s)…", nullptr, runner_.runCount()));
    setRunning(true);
}

void ScenarioDialog::cancelRun() {
    if (runner_.isRunning())
        runner_.cancel();
}

void ScenarioDialog::reject() {
    cancelRun();
    QDialog::reject();
}

void ScenarioDialog::setRunning(bool running) {
    run_->setEnabled(!running && scenario_->count() > 0);
    cancel_->setEnabled(running);
    for (QWidget* w :
         std::initializer_list<QWidget*>{scenario_, policies_, devices_, duration_, seed_, replications_})
        w->setEnabled(!running);
}

void ScenarioDialog::store(const QJsonObject& doc) {
    const SimulationSettings& s = runner_.settings();
    model::StoredResult result;
    result.kind = "simulate";
    result.method = policiesText(s);
    result.parameters = parametersJson(s);
    result.created = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
    result.json = documentText(doc).toStdString();
    auto* command = new StoreResultCommand(document_, std::move(result));
    storedId_ = command->resultId();
    document_->undoStack()->push(command);
    status_->setText(
        tr("Finished: %n run(s), stored as result #%1.", nullptr, static_cast<int>(runsOf(doc).size()))
            .arg(storedId_));
    emit resultStored(storedId_);
}

} // namespace iiot::ui
