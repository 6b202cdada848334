#include "main_window.h"

#include "document.h"
#include "element_item.h"
#include "link_item.h"
#include "problems_panel.h"
#include "property_table.h"
#include "topology_scene.h"
#include "topology_view.h"

#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QPixmap>
#include <QStatusBar>
#include <QTimer>

#include <cmath>

namespace iiot::ui {

namespace {
QString counted(std::size_t n, const char* one, const char* many) {
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
}
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), document_(new Document(this)), scene_(new TopologyScene(document_, this)),
      view_(new TopologyView(this)) {
    view_->setScene(scene_);
    setCentralWidget(view_);
    createDocks();
    createMenus();
    createStatusBar();
    // Connected after the scene's own connection, so the canvas is rebuilt before the panels read it.
    connect(document_, &Document::projectReset, this, &MainWindow::projectReset);
    connect(scene_, &QGraphicsScene::selectionChanged, this, &MainWindow::selectionChanged);
    resize(1440, 900);
    projectReset();
}

MainWindow::~MainWindow() {
    // The scene dies with the window's children and announces the loss of its selection on the
    // way; by then this is no longer a MainWindow, so it must not hear about it.
    disconnect(scene_, nullptr, this, nullptr);
}

void MainWindow::createDocks() {
    properties_ = new PropertyTable(this);
    propertiesDock_ = new QDockWidget(tr("Properties"), this);
    propertiesDock_->setObjectName(QStringLiteral("propertiesDock"));
    propertiesDock_->setWidget(properties_);
    addDockWidget(Qt::RightDockWidgetArea, propertiesDock_);

    problems_ = new ProblemsPanel(this);
    problemsDock_ = new QDockWidget(tr("Problems"), this);
    problemsDock_->setObjectName(QStringLiteral("problemsDock"));
    problemsDock_->setWidget(problems_);
    addDockWidget(Qt::BottomDockWidgetArea, problemsDock_);
    connect(problems_, &ProblemsPanel::elementActivated, this, &MainWindow::showElement);

    resizeDocks({propertiesDock_}, {320}, Qt::Horizontal);
    resizeDocks({problemsDock_}, {150}, Qt::Vertical);
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open\u2026"), this, &MainWindow::chooseProject);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

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
    view->addAction(propertiesDock_->toggleViewAction());
    view->addAction(problemsDock_->toggleViewAction());
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

bool MainWindow::saveScreenshot(const QString& path) {
    return grab().save(path, "PNG");
}

QString MainWindow::countsText() const {
    const auto& project = document_->project();
    return QStringLiteral("%1 \u00b7 %2 \u00b7 %3")
        .arg(counted(project.elements.size(), "element", "elements"),
             counted(project.links.size(), "link", "links"), counted(project.zones.size(), "zone", "zones"));
}

void MainWindow::chooseProject() {
    const QString start = QFileInfo(document_->filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), start,
                                                      tr("IIoT Workbench projects (*.yaml *.yml *.iiotw);;"
                                                         "All files (*)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::projectReset() {
    setWindowTitle(QStringLiteral("%1 \u2014 IIoT Workbench").arg(document_->displayName()));
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
