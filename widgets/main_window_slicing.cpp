// MainWindow: network slicing in the Run menu (the dialog, and the comparisons of every slicing and
// every offloading method), the Slicing dock and the walks drawn on the canvas.

#include "main_window.h"

#include "document.h"
#include "engine_comparison.h"
#include "results_dock.h"
#include "slice_overlay.h"
#include "slicing_dialog.h"
#include "slicing_result_panel.h"

#include <QAction>
#include <QCheckBox>
#include <QDockWidget>
#include <QEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>

#include <functional>

namespace iiot::ui {

namespace {

// Runs a function when the watched widget is closed (a dock's close button), not when it is merely
// hidden behind another dock's tab.
class CloseWatcher : public QObject {
public:
    CloseWatcher(QWidget* watched, std::function<void()> onClose)
        : QObject(watched), onClose_(std::move(onClose)) {
        watched->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Close)
            onClose_();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> onClose_;
};

template <typename Dialog> void present(Dialog* dialog) {
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

} // namespace

void MainWindow::createSlicingTools(QMenu* run) {
    slicingPanel_ = new SlicingResultPanel(this);
    slicingDock_ = new QDockWidget(tr("Slicing"), this);
    slicingDock_->setObjectName(QStringLiteral("slicingDock"));
    slicingDock_->setWidget(slicingPanel_);
    addDockWidget(Qt::BottomDockWidgetArea, slicingDock_);
    tabifyDockWidget(coverageDock_, slicingDock_);
    coverageDock_->raise();
    sliceOverlay_ = new SliceOverlay(document_, scene_, this);
    // The View menu lists the dock after the other result docks.
    if (QAction* anchor = offloadingDock_ ? offloadingDock_->toggleViewAction() : nullptr)
        for (QObject* holder : anchor->associatedObjects())
            if (auto* menu = qobject_cast<QMenu*>(holder)) {
                const QList<QAction*> actions = menu->actions();
                const qsizetype at = actions.indexOf(anchor);
                menu->insertAction(at + 1 < actions.size() ? actions[at + 1] : nullptr,
                                   slicingDock_->toggleViewAction());
            }

    slicingDialog_ = new SlicingDialog(document_, this);
    connect(slicingDialog_, &SlicingDialog::resultStored, this, [this](long long id) {
        showSlicingResult(id);
        slicingPanel_->showOnCanvasBox()->setChecked(true); // a fresh run is worth seeing at once
    });
    if (resultsDock_)
        connect(resultsDock_, &ResultsDock::resultActivated, this, &MainWindow::showSlicingResult);

    // The canvas shows the panel's result while the box is ticked; selecting a service emphasises it.
    connect(slicingPanel_, &SlicingResultPanel::showOnCanvasToggled, this, [this](bool show) {
        if (show && !slicingPanel_->result().isEmpty()) {
            sliceOverlay_->show(slicingPanel_->result());
            sliceOverlay_->highlightService(slicingPanel_->selectedService());
        } else {
            sliceOverlay_->clear();
        }
    });
    connect(slicingPanel_, &SlicingResultPanel::serviceSelected, sliceOverlay_,
            &SliceOverlay::highlightService);
    connect(sliceOverlay_, &SliceOverlay::cleared, this,
            [this] { slicingPanel_->showOnCanvasBox()->setChecked(false); });
    // Closing the dock takes the drawing away with it.
    new CloseWatcher(slicingDock_, [this] { slicingPanel_->showOnCanvasBox()->setChecked(false); });
    connect(slicingDock_->toggleViewAction(), &QAction::triggered, this, [this](bool visible) {
        if (!visible)
            slicingPanel_->showOnCanvasBox()->setChecked(false);
    });
    // A result that was deleted (or undone, or belongs to the previous project) leaves the panel.
    auto forgetRemoved = [this] {
        if (slicingPanel_->resultId() != 0 && document_->result(slicingPanel_->resultId()) == nullptr) {
            slicingPanel_->showOnCanvasBox()->setChecked(false);
            slicingPanel_->clear();
        }
    };
    connect(document_, &Document::resultsChanged, this, forgetRemoved);
    connect(document_, &Document::projectReset, this, forgetRemoved);

    run->addSeparator();
    QAction* slice = run->addAction(tr("&Slice Network\u2026"), this, [this] { present(slicingDialog_); });
    slice->setObjectName(QStringLiteral("sliceAction"));
    slice->setStatusTip(tr("Embed the services' VNF chains in the network: walks, placements, costs"));
    QAction* compareSlicing = run->addAction(tr("Compare S&licing Methods\u2026"), this, [this] {
        if (!slicingComparison_)
            slicingComparison_ = new EngineComparison(EngineComparison::Engine::Slicing, document_, this);
        present(slicingComparison_);
    });
    compareSlicing->setObjectName(QStringLiteral("compareSlicingAction"));
    compareSlicing->setStatusTip(tr("Run stnra, dnso, ffpa and exact and chart them side by side"));
    QAction* compareOffloading = run->addAction(tr("Compare &Offloading Methods\u2026"), this, [this] {
        if (!offloadingComparison_)
            offloadingComparison_ =
                new EngineComparison(EngineComparison::Engine::Offloading, document_, this);
        present(offloadingComparison_);
    });
    compareOffloading->setObjectName(QStringLiteral("compareOffloadingAction"));
    compareOffloading->setStatusTip(tr("Run astp, ascm, rstp and rscm and chart them side by side"));
    auto follow = [this, slice, compareSlicing, compareOffloading] {
        for (QAction* action : {slice, compareSlicing, compareOffloading})
            action->setEnabled(document_->hasProject());
    };
    connect(document_, &Document::projectReset, this, follow);
    follow();
}

bool MainWindow::showSlicingResult(long long id) {
    const model::StoredResult* result = document_->result(id);
    if (result == nullptr || result->kind != "slice")
        return false;
    const QJsonObject json = QJsonDocument::fromJson(QByteArray::fromStdString(result->json)).object();
    const QString caption = tr("result #%1 of %2").arg(id).arg(QString::fromStdString(result->created));
    slicingPanel_->setResult(json, document_->project(), caption, id);
    if (slicingPanel_->showOnCanvasBox()->isChecked())
        sliceOverlay_->show(json); // the box stays ticked: the canvas follows the panel
    slicingDock_->show();
    slicingDock_->raise();
    if (resultsDock_)
        resultsDock_->selectResult(id);
    return true;
}

} // namespace iiot::ui
