// The Simulation dock: the simulation runs stored in the project, newest last, with their charts.
// Checking two or more runs overlays their success-rate sweeps in one chart to compare them;
// Remove takes the selected run out (undoable).
#pragma once

#include "simulation_charts.h"

#include <QWidget>

class QListWidget;
class QPushButton;

namespace iiot::ui {

class Document;
class SimulationChartTabs;

class SimulationPanel : public QWidget {
    Q_OBJECT

public:
    explicit SimulationPanel(Document* document, QWidget* parent = nullptr);

    // Shows the stored result with this id (no-op when there is none).
    void showResult(long long id);
    // The id of the run shown (0: none) and of the checked runs, in list order.
    long long shownResult() const;
    QList<long long> checkedResults() const;
    void setChecked(long long id, bool checked);

    QListWidget* resultList() const { return list_; }
    QPushButton* removeButton() const { return remove_; }
    SimulationChartTabs* charts() const { return charts_; }

private:
    void reload();
    void redraw();

    Document* document_;
    QListWidget* list_;
    QPushButton* remove_;
    SimulationChartTabs* charts_;
};

} // namespace iiot::ui
