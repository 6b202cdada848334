#include "simulation_chart_tabs.h"

#include "simulation_chart_export.h"
#include "simulation_document.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace iiot::ui {

SimulationChartTabs::SimulationChartTabs(QWidget* parent)
    : QWidget(parent), tabs_(new QTabWidget(this)), runs_(new QComboBox(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    auto* runLabel = new QLabel(tr("&Run:"), this);
    runLabel->setBuddy(runs_);
    runs_->setObjectName(QStringLiteral("simulationRunChooser"));
    runs_->setToolTip(tr("The run shown by the time-series, delay and failure charts"));
    runs_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* png = new QPushButton(tr("Export PNG…"), this);
    auto* pdf = new QPushButton(tr("Export PDF…"), this);
    png->setObjectName(QStringLiteral("exportPngButton"));
    pdf->setObjectName(QStringLiteral("exportPdfButton"));
    bar->addWidget(runLabel);
    bar->addWidget(runs_);
    bar->addStretch(1);
    bar->addWidget(png);
    bar->addWidget(pdf);
    layout->addLayout(bar);
    layout->addWidget(tabs_, 1);

    const QString names[ChartCount] = {tr("Success rate"),    tr("CPU"),       tr("Network"),
                                       tr("Delay histogram"), tr("Delay CDF"), tr("Failures")};
    for (int i = 0; i < ChartCount; ++i) {
        auto* plot = new QCustomPlot(tabs_);
        plot->setMinimumSize(360, 240);
        addChartExportMenu(plot);
        charts_[i] = plot;
        tabs_->addTab(plot, names[i]);
    }
    connect(runs_, &QComboBox::currentIndexChanged, this, &SimulationChartTabs::drawRunCharts);
    connect(png, &QPushButton::clicked, this,
            [this] { exportCurrent(tr("PNG image (*.png)"), QStringLiteral(".png")); });
    connect(pdf, &QPushButton::clicked, this,
            [this] { exportCurrent(tr("PDF document (*.pdf)"), QStringLiteral(".pdf")); });
    clear();
}

void SimulationChartTabs::clear() {
    setDocument(QJsonObject());
}

void SimulationChartTabs::setDocument(const QJsonObject& document, const QList<ChartSource>& overlay) {
    const int chosen = runs_->currentIndex();
    const bool followLast = chosen < 0 || chosen == runs_->count() - 1; // live: keep showing the newest run
    document_ = document;
    {
        const QSignalBlocker block(runs_);
        runs_->clear();
        for (const auto& v : runsOf(document))
            runs_->addItem(runLabel(v.toObject()));
        if (runs_->count() > 0)
            runs_->setCurrentIndex(followLast || chosen >= runs_->count() ? runs_->count() - 1 : chosen);
    }
    plotSuccessRate(charts_[SuccessRate],
                    overlay.isEmpty() ? QList<ChartSource>{{QString(), document}} : overlay);
    drawRunCharts();
}

void SimulationChartTabs::drawRunCharts() {
    const QJsonArray runs = runsOf(document_);
    const int i = runs_->currentIndex();
    const QJsonObject run = i >= 0 && i < runs.size() ? runs.at(i).toObject() : QJsonObject();
    plotCpuUtilisation(charts_[Cpu], run);
    plotNetworkUtilisation(charts_[Network], run);
    plotDelayHistogram(charts_[DelayHistogram], run);
    plotDelayCdf(charts_[DelayCdf], run);
    plotFailureReasons(charts_[Failures], run);
}

void SimulationChartTabs::exportCurrent(const QString& filter, const QString& suffix) {
    auto* plot = qobject_cast<QCustomPlot*>(tabs_->currentWidget());
    if (plot == nullptr)
        return;
    QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), QString(), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += suffix;
    QString error;
    if (!exportChart(plot, path, &error))
        QMessageBox::warning(this, tr("Export chart"), error);
}

} // namespace iiot::ui
