// The workbench window: the topology canvas in the middle, palette, properties, history and
// problems docks, and the File, Edit and View menus. The File menu's logic lives in FileController; the
// window wires it, shows its title and asks it before closing.
#pragma once

#include <QMainWindow>

#include <memory>

class QDockWidget;
class QLabel;
class QMenu;
class QToolBar;

namespace iiot::ui {

class AnalysisRunner;
class ArrangeActions;
class CoveragePanel;
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
    QLabel* countsLabel_ = nullptr;
    QLabel* problemsLabel_ = nullptr;
    QLabel* zoomLabel_ = nullptr;
};

} // namespace iiot::ui
