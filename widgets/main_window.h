// The workbench window: the topology canvas in the middle, problems and properties docks, and
// the File and View menus. Read-only for now; the editor adds palette, inspector and undo here.
#pragma once

#include <QMainWindow>

class QDockWidget;
class QLabel;

namespace iiot::ui {

class Document;
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
    // Renders the whole window into a PNG file; false when it cannot be written.
    bool saveScreenshot(const QString& path);

    Document* document() const { return document_; }
    TopologyScene* scene() const { return scene_; }
    TopologyView* view() const { return view_; }
    PropertyTable* propertyTable() const { return properties_; }
    ProblemsPanel* problemsPanel() const { return problems_; }
    // "12 elements · 14 links · 4 zones", as shown in the status bar.
    QString countsText() const;

private slots:
    void chooseProject();
    void projectReset();
    void selectionChanged();
    void showElement(const QString& id);

private:
    void createMenus();
    void createDocks();
    void createStatusBar();

    Document* document_;
    TopologyScene* scene_;
    TopologyView* view_;
    PropertyTable* properties_ = nullptr;
    ProblemsPanel* problems_ = nullptr;
    QDockWidget* propertiesDock_ = nullptr;
    QDockWidget* problemsDock_ = nullptr;
    QLabel* countsLabel_ = nullptr;
    QLabel* problemsLabel_ = nullptr;
    QLabel* zoomLabel_ = nullptr;
};

} // namespace iiot::ui
