// MainWindow: the clipboard, arrange, zone, layer and grid actions, and the overview dock.

#include "main_window.h"

#include "arrange_actions.h"
#include "canvas_view_actions.h"
#include "clipboard_actions.h"
#include "edit_actions.h"
#include "minimap.h"
#include "topology_scene.h"
#include "topology_view.h"
#include "zone_actions.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolBar>

namespace iiot::ui {

namespace {
constexpr int kArrangeStatusMs = 4000;
}

void MainWindow::createArrangeTools(QMenu* edit, QMenu* view) {
    clipboardActions_ = new ClipboardActions(document_, scene_, this);
    arrangeActions_ = new ArrangeActions(document_, scene_, this);
    zoneActions_ = new ZoneActions(document_, scene_, this, this);
    canvasViewActions_ = new CanvasViewActions(scene_, view_, this);
    const auto showStatus = [this](const QString& message) {
        statusBar()->showMessage(message, kArrangeStatusMs);
    };
    connect(clipboardActions_, &ClipboardActions::statusMessage, this, showStatus);
    connect(arrangeActions_, &ArrangeActions::statusMessage, this, showStatus);

    // Cut, Copy, Paste, Duplicate go before Delete, where every editor has them.
    edit->insertActions(editActions_->deleteAction(), clipboardActions_->actions());
    edit->insertSeparator(editActions_->deleteAction());

    QMenu* arrange = menuBar()->addMenu(tr("&Arrange"));
    arrange->addActions(arrangeActions_->actions());
    arrange->addSeparator();
    arrange->addActions(zoneActions_->actions());

    auto* toolbar = new QToolBar(tr("Arrange"), this);
    toolbar->setObjectName(QStringLiteral("arrangeToolBar"));
    toolbar->setIconSize(QSize(24, 24));
    toolbar->addActions(arrangeActions_->actions());
    addToolBar(Qt::TopToolBarArea, toolbar);

    minimap_ = new Minimap(scene_, view_, this);
    overviewDock_ = new QDockWidget(tr("Overview"), this);
    overviewDock_->setObjectName(QStringLiteral("overviewDock"));
    overviewDock_->setWidget(minimap_);
    addDockWidget(Qt::LeftDockWidgetArea, overviewDock_);

    view->addSeparator();
    view->addAction(canvasViewActions_->gridAction());
    view->addAction(canvasViewActions_->snapAction());
    view->addMenu(canvasViewActions_->createLayersMenu(view));
    view->addSeparator();
    view->addAction(overviewDock_->toggleViewAction());
    view->addAction(toolbar->toggleViewAction());
}

} // namespace iiot::ui
