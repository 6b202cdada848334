// A network slicing result: a summary line, the table of services (admitted or not, walk, VNF
// placement, cost, delay against the service's bound, LARAC's lower bound) and the rejected
// services with their reasons. Built from the stored result document (slicingJson) alone, plus
// the project for the chains' VNF names and the delay bounds, so a run reopened from a project file
// looks the same as a fresh one. "Show on canvas" asks for the walks to be drawn; choosing a row
// asks for that service's walk to be emphasised.
#pragma once

#include "model/project.h"

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QLabel;
class QTableWidget;

namespace iiot::ui {

class SlicingResultPanel : public QWidget {
    Q_OBJECT

public:
    enum Column {
        ServiceColumn,
        AdmittedColumn,
        CostColumn,
        DelayColumn,
        BoundColumn,
        LowerBoundColumn,
        PlacementColumn,
        PathColumn,
        ColumnCount
    };
    enum RejectedColumn { RejectedServiceColumn, ReasonColumn };

    explicit SlicingResultPanel(QWidget* parent = nullptr);

    // `caption` says which run it is; `resultId` is the stored result's id (0: not stored).
    // An empty document clears the panel.
    void setResult(const QJsonObject& sliceJson, const model::Project& project, const QString& caption = {},
                   long long resultId = 0);
    void clear();
    QJsonObject result() const { return result_; }
    long long resultId() const { return resultId_; }
    // The service of the selected row; empty when none is.
    QString selectedService() const;
    // Selects the row of this service; false when the table has none.
    bool selectService(const QString& id);

    QLabel* summaryLabel() const { return summary_; }
    QTableWidget* table() const { return table_; }
    QTableWidget* rejectedTable() const { return rejected_; }
    QCheckBox* showOnCanvasBox() const { return showOnCanvas_; }

signals:
    void showOnCanvasToggled(bool show);
    // The selected service changed (empty: none).
    void serviceSelected(const QString& serviceId);

private:
    QLabel* summary_;
    QCheckBox* showOnCanvas_;
    QTableWidget* table_;
    QLabel* rejectedCaption_;
    QTableWidget* rejected_;
    QJsonObject result_;
    long long resultId_ = 0;
};

} // namespace iiot::ui
