#include "main_window.h"

#include "analysis_runner.h"
#include "atomic_write.h"
#include "dialog_prompts.h"
#include "document.h"
#include "edit_actions.h"
#include "element_item.h"
#include "element_placement.h"
#include "file_controller.h"
#include "find_bar.h"
#include "inspector.h"
#include "link_item.h"
#include "link_tool.h"
#include "palette.h"
#include "problems_panel.h"
#include "property_table.h"
#include "recent_files.h"
#include "results_dock.h"
#include "topology_scene.h"
#include "topology_view.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QPixmap>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoView>

#include <cmath>

namespace iiot::ui {

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
// Bumped when the docks change, so a layout saved by an older version is not restored wrongly.
constexpr int kDockStateVersion = 3;
constexpr int kStatusMessageMs = 5000;

QString counted(std::size_t n, const char* one, const char* many) {
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
}
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), document_(new Document(this)), prompts_(std::make_unique<DialogPrompts>(this)),
      fileController_(new FileController(document_, prompts_.get(), this)),
      scene_(new TopologyScene(document_, this)), view_(new TopologyView(this)),
      editActions_(new EditActions(document_, scene_, this)) {
    view_->setScene(scene_);
    setCentralWidget(view_);
    linkTool_ = new LinkTool(scene_, this);
    findBar_ = new FindBar(document_, this);
    createDocks();
    createMenus();
    createStatusBar();
    // Connected after the scene's own connection, so the canvas is rebuilt before the panels read it.
    connect(document_, &Document::projectReset, this, &MainWindow::projectReset);
    connect(scene_, &QGraphicsScene::selectionChanged, this, &MainWindow::selectionChanged);
    connect(fileController_, &FileController::titleChanged, this, [this](const QString& title) {
        setWindowTitle(title);
        setWindowModified(fileController_->isDirty());
    });
    connect(document_->undoStack(), &QUndoStack::cleanChanged, this,
            [this](bool clean) { setWindowModified(!clean); });
    // Edits change counts and the selected element's properties without a project reset.
    for (auto signal : {&Document::elementsAdded, &Document::elementsRemoved, &Document::linksAdded,
                        &Document::linksRemoved})
        connect(document_, signal, this, [this] { countsLabel_->setText(countsText()); });
    for (auto signal : {&Document::elementsChanged, &Document::elementsMoved, &Document::linksChanged})
        connect(document_, signal, this, &MainWindow::selectionChanged);
    // A locked layer refuses new elements; the status bar says which.
    auto place = [this](const QString& kind, const QPointF& pos) {
        QString refusal;
        if (placeNewElement(document_, *scene_, kind, pos, &refusal).isEmpty() && !refusal.isEmpty())
            statusBar()->showMessage(refusal, kStatusMessageMs);
    };
    connect(view_, &TopologyView::kindDropped, this, place);
    connect(palette_, &Palette::kindActivated, this, [this, place](const QString& kind) {
        place(kind, view_->mapToScene(view_->viewport()->rect().center()));
    });
    connect(scene_, &TopologyScene::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, kStatusMessageMs); });
    connect(fileController_, &FileController::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, kStatusMessageMs); });
    connect(linkTool_, &LinkTool::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, kStatusMessageMs); });
    connect(inspector_, &Inspector::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, kStatusMessageMs); });
    resize(1440, 900);
    projectReset();
}

MainWindow::~MainWindow() {
    // The scene dies with the window's children and announces the loss of its selection on the
    // way; by then this is no longer a MainWindow, so it must not hear about it.
    disconnect(scene_, nullptr, this, nullptr);
    // Before the prompts it asks through go. Its recovery files stay: only closeEvent() (a clean
    // close) removes them.
    delete fileController_;
}

void MainWindow::createDocks() {
    inspector_ = new Inspector(document_, scene_, this);
    properties_ = inspector_->propertyTable();
    propertiesDock_ = new QDockWidget(tr("Properties"), this);
    propertiesDock_->setObjectName(QStringLiteral("propertiesDock"));
    propertiesDock_->setWidget(inspector_);
    addDockWidget(Qt::RightDockWidgetArea, propertiesDock_);

    problems_ = new ProblemsPanel(this);
    problemsDock_ = new QDockWidget(tr("Problems"), this);
    problemsDock_->setObjectName(QStringLiteral("problemsDock"));
    problemsDock_->setWidget(problemsView());
    addDockWidget(Qt::BottomDockWidgetArea, problemsDock_);

    palette_ = new Palette(this);
    paletteDock_ = new QDockWidget(tr("Palette"), this);
    paletteDock_->setObjectName(QStringLiteral("paletteDock"));
    paletteDock_->setWidget(palette_);
    addDockWidget(Qt::LeftDockWidgetArea, paletteDock_);

    historyDock_ = new QDockWidget(tr("History"), this);
    historyDock_->setObjectName(QStringLiteral("historyDock"));
    historyDock_->setWidget(EditActions::createUndoView(document_, historyDock_));
    addDockWidget(Qt::RightDockWidgetArea, historyDock_);
    tabifyDockWidget(propertiesDock_, historyDock_);
    propertiesDock_->raise();

    resizeDocks({paletteDock_}, {220}, Qt::Horizontal);
    resizeDocks({propertiesDock_}, {320}, Qt::Horizontal);
    resizeDocks({problemsDock_}, {150}, Qt::Vertical);
    createAnalysisDocks();
    createResultDocks();
}

void MainWindow::createMenus() {
    FileController* files = fileController_;
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New"), files, &FileController::newProject)->setShortcut(QKeySequence::New);
    file->addAction(tr("&Open\u2026"), files, &FileController::open)->setShortcut(QKeySequence::Open);
    recentMenu_ = file->addMenu(tr("Open &Recent"));
    recentMenu_->setObjectName(QStringLiteral("recentMenu"));
    connect(recentMenu_, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    connect(files->recentFiles(), &RecentFiles::changed, this, &MainWindow::updateRecentMenu);
    updateRecentMenu();
    file->addSeparator();
    file->addAction(tr("&Save"), files, &FileController::save)->setShortcut(QKeySequence::Save);
    file->addAction(tr("Save &As\u2026"), files, &FileController::saveAs)->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    file->addAction(tr("&Import YAML\u2026"), files, &FileController::importYaml);
    file->addAction(tr("&Export YAML\u2026"), files, &FileController::exportYaml);
    createReportTools(file);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions(editActions_->actions());
    edit->addSeparator();
    edit->addAction(linkTool_->modeAction());
    edit->addSeparator();
    edit->addAction(findBar_->findAction());
    edit->addAction(findBar_->findNextAction());
    edit->addAction(findBar_->findPreviousAction());
    findToolBar_ = new QToolBar(tr("Find"), this);
    findToolBar_->setObjectName(QStringLiteral("findToolBar"));
    findToolBar_->setMovable(false);
    findToolBar_->addWidget(findBar_);
    findToolBar_->toggleViewAction()->setVisible(false);
    addToolBar(Qt::TopToolBarArea, findToolBar_);
    findToolBar_->hide();
    connect(findBar_->findAction(), &QAction::triggered, findToolBar_, &QWidget::show);
    connect(findBar_, &FindBar::closed, this, [this] {
        findToolBar_->hide();
        view_->setFocus();
    });
    connect(findBar_, &FindBar::elementFound, this, &MainWindow::showElement);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* zoomIn = view->addAction(tr("Zoom &In"), view_, &TopologyView::zoomIn);
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction* zoomOut = view->addAction(tr("Zoom &Out"), view_, &TopologyView::zoomOut);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction* fit = view->addAction(tr("&Fit to Contents"), view_, &TopologyView::fitToContents);
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    QAction* actual = view->addAction(tr("&Actual Size (100 %)"), view_, &TopologyView::resetZoom);
    actual->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    view->addSeparator();
    view->addAction(paletteDock_->toggleViewAction());
    view->addAction(propertiesDock_->toggleViewAction());
    view->addAction(historyDock_->toggleViewAction());
    view->addAction(problemsDock_->toggleViewAction());
    view->addAction(coverageDock_->toggleViewAction());
    view->addAction(resultsDock_->toggleViewAction());
    view->addAction(allocationDock_->toggleViewAction());
    view->addAction(offloadingDock_->toggleViewAction());
    createArrangeTools(edit, view);

    QMenu* run = menuBar()->addMenu(tr("&Run"));
    run->setObjectName(QStringLiteral("runMenu"));
    createEngineTools(run);
    createSimulationTools(run);
}

void MainWindow::createStatusBar() {
    countsLabel_ = new QLabel(this);
    problemsLabel_ = new QLabel(this);
    problemsLabel_->setContentsMargins(12, 0, 0, 0);
    zoomLabel_ = new QLabel(this);
    zoomLabel_->setMinimumWidth(60);
    zoomLabel_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    statusBar()->addWidget(countsLabel_);
    statusBar()->addWidget(problemsLabel_);
    statusBar()->addPermanentWidget(zoomLabel_);
    auto showZoom = [this](double factor) {
        zoomLabel_->setText(QStringLiteral("%1 %").arg(std::lround(factor * 100)));
    };
    connect(view_, &TopologyView::zoomChanged, this, showZoom);
    showZoom(view_->zoom());
}

bool MainWindow::openProject(const QString& path) {
    const bool ok = document_->load(path);
    if (!ok)
        problemsDock_->raise();
    return ok;
}

void MainWindow::updateRecentMenu() {
    // Not clear(): this runs while a recent-file action is still delivering its triggered()
    // signal (opening it reorders the list), and that action must outlive its own emission.
    for (QAction* action : recentMenu_->actions()) {
        recentMenu_->removeAction(action);
        action->deleteLater();
    }
    const QStringList paths = fileController_->recentFiles()->paths();
    for (int i = 0; i < paths.size(); ++i) {
        const QString& path = paths[i];
        // "&1 line.iiotw  (/home/me/projects)": the name first, where the eye looks for it.
        const QString text =
            QStringLiteral("&%1 %2  (%3)")
                .arg(i + 1)
                .arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(QFileInfo(path).path()));
        QAction* action = recentMenu_->addAction(text);
        action->setData(path);
        connect(action, &QAction::triggered, fileController_,
                [files = fileController_, path] { files->openRecent(path); });
    }
    if (!paths.isEmpty()) {
        recentMenu_->addSeparator();
        recentMenu_->addAction(tr("&Clear Menu"), fileController_->recentFiles(), &RecentFiles::clear);
    }
    recentMenu_->setEnabled(!paths.isEmpty());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!fileController_->maybeSave()) {
        event->ignore();
        return;
    }
    fileController_->closeCleanly();
    saveWindowSettings();
    event->accept();
}

void MainWindow::saveWindowSettings() {
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState(kDockStateVersion));
}

void MainWindow::restoreWindowSettings() {
    const QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray(), kDockStateVersion);
}

bool MainWindow::saveScreenshot(const QString& path) {
    analysis_->flush(); // the panels and markers show the project as it is
    return writePngAtomically(path, grab().toImage()).isEmpty();
}

QString MainWindow::countsText() const {
    const auto& project = document_->project();
    return QStringLiteral("%1 \u00b7 %2 \u00b7 %3")
        .arg(counted(project.elements.size(), "element", "elements"),
             counted(project.links.size(), "link", "links"), counted(project.zones.size(), "zone", "zones"));
}

void MainWindow::projectReset() {
    setWindowTitle(fileController_->windowTitle());
    setWindowModified(fileController_->isDirty());
    problems_->setDiagnostics(document_->diagnostics());
    problemsLabel_->setText(problems_->summary());
    countsLabel_->setText(document_->hasProject() ? countsText() : tr("No project"));
    selectionChanged();
    // Fit once the window has its final size: the event loop runs the layout first.
    QTimer::singleShot(0, view_, &TopologyView::fitToContents);
}

void MainWindow::selectionChanged() {
    const QList<QGraphicsItem*> selected = scene_->selectedItems();
    if (selected.isEmpty()) {
        properties_->showNote(tr("No selection"));
        return;
    }
    if (selected.size() > 1) {
        properties_->showNote(tr("%1 items selected").arg(selected.size()));
        return;
    }
    const auto& project = document_->project();
    if (const auto* element = qgraphicsitem_cast<ElementItem*>(selected.front())) {
        if (const model::Element* e = project.findElement(element->elementId().toStdString()))
            properties_->showRows(elementPropertyRows(*e, document_->types()));
        return;
    }
    if (const auto* link = qgraphicsitem_cast<LinkItem*>(selected.front())) {
        for (int i = 0; i < static_cast<int>(project.links.size()); ++i) {
            const model::Link& l = project.links[static_cast<std::size_t>(i)];
            if (TopologyScene::linkKey(l, i) == link->linkId()) {
                properties_->showRows(linkPropertyRows(l, link->linkId(), document_->types()));
                return;
            }
        }
    }
}

void MainWindow::showElement(const QString& id) {
    if (scene_->selectElement(id))
        view_->centerOn(scene_->elementItem(id));
}

} // namespace iiot::ui
