// A priority allocation result: a summary line, the table of applications (host, priority,
// satisfaction, the amount granted of every resource, admitted or why not) and the chart of each
// host's resources. Built from the result document alone (allocationJson, as stored in the
// project), so a result reopened from a .iiotw file looks the same as a fresh one.
#pragma once

#include <QJsonObject>
#include <QWidget>

class QCustomPlot;
class QLabel;
class QTableWidget;

namespace iiot::ui {

class AllocationPanel : public QWidget {
    Q_OBJECT

public:
    enum Column { ApplicationColumn, HostColumn, PriorityColumn, SatisfactionColumn, FirstResourceColumn };

    explicit AllocationPanel(QWidget* parent = nullptr);

    // `caption` says which run it is (method, when); an empty document clears the panel.
    void setResult(const QJsonObject& allocationJson, const QString& caption = {}, long long resultId = 0);
    QJsonObject result() const { return result_; }
    // The stored result shown (0: none, or one not stored).
    long long resultId() const { return resultId_; }

    QLabel* summaryLabel() const { return summary_; }
    QTableWidget* table() const { return table_; }
    QCustomPlot* chart() const { return chart_; }
    // Admitted rows first (the allocations' order), then the rejected ones; the resources' columns
    // sit between the satisfaction and the status columns.
    int statusColumn() const;
    QStringList resources() const { return resources_; }

private:
    QLabel* summary_;
    QTableWidget* table_;
    QCustomPlot* chart_;
    QJsonObject result_;
    long long resultId_ = 0;
    QStringList resources_;
};

} // namespace iiot::ui
