// The workbench window: the topology canvas in the middle, palette, properties, history and
// problems docks, and the File, Edit and View menus. The File menu's logic lives in FileController; the
// window wires it, shows its title and asks it before closing.
#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QToolBar;

namespace iiot::ui {

class AnalysisRunner;
class ArrangeActions;
class CoveragePanel;
class AllocationDialog;
class AllocationPanel;
class OffloadingDialog;
class OffloadingPanel;
class ResultsDock;
class ProblemMarkers;
class CanvasViewActions;
class ClipboardActions;
class DialogPrompts;
class Minimap;
class ZoneActions;
class Document;
class EditActions;
class FileController;
class FindBar;
class Inspector;
class LinkTool;
class Palette;
class ProblemsPanel;
class ReportExporter;
class ScenarioDialog;
class EngineComparison;
class SliceOverlay;
class SlicingDialog;
class SlicingResultPanel;
class SimulationPanel;
class PropertyTable;
class TopologyScene;
class TopologyView;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Loads the file into the window's document; on failure the problems are listed and the
    // window stays usable. Returns true when the project loaded without errors.
    bool openProject(const QString& path);
    // Window geometry and dock layout from the last clean close. Called at start by the
    // application, not by the constructor, so tests and --screenshot get the same window every time.
    void restoreWindowSettings();
    // Renders the whole window into a PNG file; false when it cannot be written.
    bool saveScreenshot(const QString& path);

    Document* document() const { return document_; }
    FileController* fileController() const { return fileController_; }
    QMenu* recentMenu() const { return recentMenu_; }
    TopologyScene* scene() const { return scene_; }
    TopologyView* view() const { return view_; }
    EditActions* editActions() const { return editActions_; }
    Palette* palette() const { return palette_; }
    PropertyTable* propertyTable() const { return properties_; }
    Inspector* inspector() const { return inspector_; }
    LinkTool* linkTool() const { return linkTool_; }
    FindBar* findBar() const { return findBar_; }
    ClipboardActions* clipboardActions() const { return clipboardActions_; }
    ArrangeActions* arrangeActions() const { return arrangeActions_; }
    ZoneActions* zoneActions() const { return zoneActions_; }
    CanvasViewActions* canvasViewActions() const { return canvasViewActions_; }
    Minimap* minimap() const { return minimap_; }
    ProblemsPanel* problemsPanel() const { return problems_; }
    QDockWidget* problemsDock() const { return problemsDock_; }
    AnalysisRunner* analysisRunner() const { return analysis_; }
    ProblemMarkers* problemMarkers() const { return markers_; }
    CoveragePanel* coveragePanel() const { return coverage_; }
    QDockWidget* coverageDock() const { return coverageDock_; }
    // File > Export Report and File > Import GraphML (main_window_report.cpp).
    ReportExporter* reportExporter() const { return reportExporter_; }
    // Opens the GraphML import dialog; true when a project was imported as a new document.
    bool importGraphml();
    // Stored engine runs, and the allocation and offloading panels with their Run dialogs
    // (main_window_engines.cpp).
    ResultsDock* resultsDock() const { return resultsDock_; }
    AllocationPanel* allocationPanel() const { return allocationPanel_; }
    QDockWidget* allocationDock() const { return allocationDock_; }
    AllocationDialog* allocationDialog() const { return allocationDialog_; }
    OffloadingPanel* offloadingPanel() const { return offloadingPanel_; }
    QDockWidget* offloadingDock() const { return offloadingDock_; }
    OffloadingDialog* offloadingDialog() const { return offloadingDialog_; }
    // Shows a stored allocate or offload result in its panel; false for other kinds or unknown ids.
    bool showStoredResult(long long id);
    // Network slicing: the Slicing dock, the walks on the canvas, Run ▸ Slice Network and the
    // comparisons of all methods (main_window_slicing.cpp).
    SlicingResultPanel* slicingPanel() const { return slicingPanel_; }
    QDockWidget* slicingDock() const { return slicingDock_; }
    SliceOverlay* sliceOverlay() const { return sliceOverlay_; }
    SlicingDialog* slicingDialog() const { return slicingDialog_; }
    // Created on first use from the Run menu.
    EngineComparison* slicingComparison() const { return slicingComparison_; }
    EngineComparison* offloadingComparison() const { return offloadingComparison_; }
    // Shows a stored slice result in the Slicing dock; false for other kinds or unknown ids.
    bool showSlicingResult(long long id);
    // Run ▸ Simulate… and the Simulation dock of stored runs (main_window_simulation.cpp).
    QAction* simulateAction() const { return simulateAction_; }
    ScenarioDialog* scenarioDialog() const { return scenarioDialog_; }
    SimulationPanel* simulationPanel() const { return simulationPanel_; }
    QDockWidget* simulationDock() const { return simulationDock_; }
    // Opens the scenario dialog (created on first use).
    ScenarioDialog* showScenarioDialog();
    // "12 elements · 14 links · 4 zones", as shown in the status bar.
    QString countsText() const;

protected:
    // Asks to save unsaved changes; Cancel (or a failed save) keeps the window open.
    void closeEvent(QCloseEvent* event) override;

private slots:
    void projectReset();
    void updateRecentMenu();
    void selectionChanged();
    void showElement(const QString& id);

private:
    void createMenus();
    void createDocks();
    void createStatusBar();
    // Clipboard actions in the Edit menu, the Arrange menu and toolbar, layers and grid in the
    // View menu, the overview dock (main_window_arrange.cpp).
    void createArrangeTools(QMenu* edit, QMenu* view);
    void saveWindowSettings();
    // Live analysis, problem markers and the Coverage dock (main_window_analysis.cpp).
    void createAnalysisDocks();
    // The Problems panel under its severity filter bar, for the Problems dock.
    QWidget* problemsView();
    // Shows the analysis' latest result in the panels and on the canvas.
    void showAnalysis();
    // The Run menu: allocation, slicing and offloading engines with their result panels
    // (main_window_engines.cpp), the simulation with its charts (main_window_simulation.cpp).
    void createEngineTools(QMenu* run);
    void createSimulationTools(QMenu* run);
    // The Results, Allocation and Offloading docks (main_window_engines.cpp).
    void createResultDocks();
    // Run ▸ Slice Network and the comparisons, the Slicing dock (main_window_slicing.cpp).
    void createSlicingTools(QMenu* run);
    // File menu entries for reports and imports other than YAML (main_window_report.cpp).
    void createReportTools(QMenu* file);

    Document* document_;
    std::unique_ptr<DialogPrompts> prompts_;
    FileController* fileController_;
    QMenu* recentMenu_ = nullptr;
    TopologyScene* scene_;
    TopologyView* view_;
    EditActions* editActions_;
    Palette* palette_ = nullptr;
    QDockWidget* paletteDock_ = nullptr;
    QDockWidget* historyDock_ = nullptr;
    PropertyTable* properties_ = nullptr; // the inspector's read-only tab
    Inspector* inspector_ = nullptr;
    LinkTool* linkTool_ = nullptr;
    FindBar* findBar_ = nullptr;
    QToolBar* findToolBar_ = nullptr;
    ClipboardActions* clipboardActions_ = nullptr;
    ArrangeActions* arrangeActions_ = nullptr;
    ZoneActions* zoneActions_ = nullptr;
    CanvasViewActions* canvasViewActions_ = nullptr;
    Minimap* minimap_ = nullptr;
    QDockWidget* overviewDock_ = nullptr;
    ProblemsPanel* problems_ = nullptr;
    QDockWidget* propertiesDock_ = nullptr;
    QDockWidget* problemsDock_ = nullptr;
    AnalysisRunner* analysis_ = nullptr;
    ProblemMarkers* markers_ = nullptr;
    CoveragePanel* coverage_ = nullptr;
    QDockWidget* coverageDock_ = nullptr;
    ReportExporter* reportExporter_ = nullptr;
    ResultsDock* resultsDock_ = nullptr;
    AllocationPanel* allocationPanel_ = nullptr;
    QDockWidget* allocationDock_ = nullptr;
    AllocationDialog* allocationDialog_ = nullptr;
    OffloadingPanel* offloadingPanel_ = nullptr;
    QDockWidget* offloadingDock_ = nullptr;
    OffloadingDialog* offloadingDialog_ = nullptr;
    SlicingResultPanel* slicingPanel_ = nullptr;
    QDockWidget* slicingDock_ = nullptr;
    SliceOverlay* sliceOverlay_ = nullptr;
    SlicingDialog* slicingDialog_ = nullptr;
    EngineComparison* slicingComparison_ = nullptr;
    EngineComparison* offloadingComparison_ = nullptr;
    QAction* simulateAction_ = nullptr;
    ScenarioDialog* scenarioDialog_ = nullptr;
    SimulationPanel* simulationPanel_ = nullptr;
    QDockWidget* simulationDock_ = nullptr;
    QLabel* countsLabel_ = nullptr;
    QLabel* problemsLabel_ = nullptr;
    QLabel* zoomLabel_ = nullptr;
};

} // namespace iiot::ui
