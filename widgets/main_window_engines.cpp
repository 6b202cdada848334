// MainWindow: the allocation and offloading engines in the Run menu, their result panels, and the
// Results dock listing every stored run.

#include "main_window.h"

#include "allocation_dialog.h"
#include "allocation_panel.h"
#include "document.h"
#include "offloading_dialog.h"
#include "offloading_panel.h"
#include "results_dock.h"

#include <QAction>
#include <QDockWidget>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>

namespace iiot::ui {

namespace {

QJsonObject parsed(const model::StoredResult& result) {
    return QJsonDocument::fromJson(QByteArray::fromStdString(result.json)).object();
}

QString caption(const model::StoredResult& result) {
    return QObject::tr("Result #%1 of %2").arg(result.id).arg(QString::fromStdString(result.created));
}

// The dialog shows and comes to the front; a run in progress keeps going.
void present(EngineRunDialog* dialog) {
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

} // namespace

void MainWindow::createResultDocks() {
    resultsDock_ = new ResultsDock(document_, this);
    addDockWidget(Qt::BottomDockWidgetArea, resultsDock_);
    tabifyDockWidget(problemsDock_, resultsDock_);

    allocationPanel_ = new AllocationPanel(this);
    allocationDock_ = new QDockWidget(tr("Allocation"), this);
    allocationDock_->setObjectName(QStringLiteral("allocationDock"));
    allocationDock_->setWidget(allocationPanel_);
    addDockWidget(Qt::BottomDockWidgetArea, allocationDock_);
    tabifyDockWidget(coverageDock_, allocationDock_);

    offloadingPanel_ = new OffloadingPanel(this);
    offloadingDock_ = new QDockWidget(tr("Offloading"), this);
    offloadingDock_->setObjectName(QStringLiteral("offloadingDock"));
    offloadingDock_->setWidget(offloadingPanel_);
    addDockWidget(Qt::BottomDockWidgetArea, offloadingDock_);
    tabifyDockWidget(coverageDock_, offloadingDock_);
    problemsDock_->raise();
    coverageDock_->raise();

    connect(resultsDock_, &ResultsDock::resultActivated, this, &MainWindow::showStoredResult);
    // A panel showing a result that was deleted (or undone, or belongs to the previous project)
    // empties itself.
    auto forgetRemoved = [this] {
        if (allocationPanel_->resultId() != 0 && document_->result(allocationPanel_->resultId()) == nullptr)
            allocationPanel_->setResult({});
        if (offloadingPanel_->resultId() != 0 && document_->result(offloadingPanel_->resultId()) == nullptr)
            offloadingPanel_->setResult({});
    };
    connect(document_, &Document::resultsChanged, this, forgetRemoved);
    connect(document_, &Document::projectReset, this, forgetRemoved);
}

void MainWindow::createEngineTools(QMenu* run) {
    allocationDialog_ = new AllocationDialog(document_, this);
    offloadingDialog_ = new OffloadingDialog(document_, this);
    connect(allocationDialog_, &AllocationDialog::resultStored, this, &MainWindow::showStoredResult);
    connect(offloadingDialog_, &OffloadingDialog::resultStored, this, &MainWindow::showStoredResult);

    QAction* allocate =
        run->addAction(tr("&Allocate Resources\u2026"), this, [this] { present(allocationDialog_); });
    allocate->setObjectName(QStringLiteral("allocateAction"));
    allocate->setStatusTip(tr("Priority allocation of the hosts' resources to the applications"));
    QAction* offload =
        run->addAction(tr("Select &Computing Modes\u2026"), this, [this] { present(offloadingDialog_); });
    offload->setObjectName(QStringLiteral("offloadAction"));
    offload->setStatusTip(tr("Local, edge or cloud execution of each task, with priority scheduling"));
    // Engines need a project to work on.
    auto follow = [this, allocate, offload] {
        allocate->setEnabled(document_->hasProject());
        offload->setEnabled(document_->hasProject());
    };
    connect(document_, &Document::projectReset, this, follow);
    follow();
    createSlicingTools(run);
}

bool MainWindow::showStoredResult(long long id) {
    const model::StoredResult* result = document_->result(id);
    if (result == nullptr)
        return false;
    if (result->kind == "allocate") {
        allocationPanel_->setResult(parsed(*result), caption(*result), id);
        allocationDock_->show();
        allocationDock_->raise();
    } else if (result->kind == "offload") {
        offloadingPanel_->setResult(parsed(*result), caption(*result), id);
        offloadingDock_->show();
        offloadingDock_->raise();
    } else {
        return false;
    }
    resultsDock_->selectResult(id);
    return true;
}

} // namespace iiot::ui
