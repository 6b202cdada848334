// The Coverage dock: how far the design gets in the IIoT capability framework (MODELS.md
// section 2). The heat-map matrix and the radar chart on top, the capability list and the ranked
// gaps beside them, a status line saying how current it is. It shows what the live analysis
// published; choosing a capability or a gap asks for its evidence elements to be shown.
#pragma once

#include "analysis_result.h"

#include <QWidget>

#include <memory>

class QLabel;
class QSplitter;
class QTabWidget;

namespace iiot::ui {

class CapabilityList;
class CoverageMatrix;
class CoverageRadar;
class GapList;

class CoveragePanel : public QWidget {
    Q_OBJECT

public:
    explicit CoveragePanel(QWidget* parent = nullptr);

    // Null, or a result without project, empties the views.
    void setResult(std::shared_ptr<const AnalysisResult> result);
    // The document changed and a newer result is on its way.
    void setPending(bool pending);

    CoverageMatrix* matrix() const { return matrix_; }
    CoverageRadar* radar() const { return radar_; }
    CapabilityList* capabilityList() const { return capabilities_; }
    GapList* gapList() const { return gaps_; }
    QTabWidget* tabs() const { return tabs_; }
    QLabel* statusLabel() const { return status_; }

protected:
    // Side by side when docked wide (under the canvas), stacked when docked tall (beside it).
    void resizeEvent(QResizeEvent* event) override;

signals:
    // Select these elements on the canvas and frame them.
    void elementsRequested(const QStringList& elementIds);

private:
    void updateStatus();

    CoverageMatrix* matrix_;
    CoverageRadar* radar_;
    CapabilityList* capabilities_;
    GapList* gaps_;
    QTabWidget* tabs_;
    QLabel* status_;
    QSplitter* splitter_;
    std::shared_ptr<const AnalysisResult> result_;
    bool pending_ = false;
};

} // namespace iiot::ui
