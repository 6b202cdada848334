// The six simulation charts in tabs over one result document, with a chooser for the run the
// per-run charts show (time series, delays, failures) and buttons that export the chart on show.
// Used live by the scenario dialog and for stored runs by the simulation panel.
#pragma once

#include "simulation_charts.h"

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QCustomPlot;
class QPushButton;
class QTabWidget;

namespace iiot::ui {

class SimulationChartTabs : public QWidget {
    Q_OBJECT

public:
    enum Chart { SuccessRate, Cpu, Network, DelayHistogram, DelayCdf, Failures, ChartCount };

    explicit SimulationChartTabs(QWidget* parent = nullptr);

    // Draws the document. The success-rate chart shows `overlay` when given (several stored runs
    // compared), else the document alone. The chosen run stays chosen while it exists; when
    // the last run was chosen (the default), the new document's last run is, so live charts follow
    // the newest run.
    void setDocument(const QJsonObject& document, const QList<ChartSource>& overlay = {});
    void clear();

    QCustomPlot* chart(Chart which) const { return charts_[which]; }
    QTabWidget* tabs() const { return tabs_; }
    QComboBox* runChooser() const { return runs_; }
    const QJsonObject& document() const { return document_; }

private:
    void drawRunCharts();
    void exportCurrent(const QString& filter, const QString& suffix);

    QTabWidget* tabs_;
    QComboBox* runs_;
    QCustomPlot* charts_[ChartCount] = {};
    QJsonObject document_;
};

} // namespace iiot::ui
