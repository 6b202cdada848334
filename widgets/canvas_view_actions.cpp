#include "canvas_view_actions.h"

#include "layer_style.h"
#include "topology_scene.h"
#include "topology_view.h"

#include <QAction>
#include <QMenu>
#include <QSettings>

namespace iiot::ui {

namespace {
const QString kGridKey = QStringLiteral("canvas/grid");
const QString kSnapKey = QStringLiteral("canvas/snap");

QString layerKey(model::ElementLayer layer, const char* what) {
    return QStringLiteral("canvas/layers/%1/%2")
        .arg(QLatin1String(model::toString(layer)), QLatin1String(what));
}

QAction* toggle(QObject* parent, const QString& text, const QString& key, bool fallback) {
    auto* action = new QAction(text, parent);
    action->setCheckable(true);
    action->setChecked(QSettings().value(key, fallback).toBool());
    QObject::connect(action, &QAction::toggled, parent, [key](bool on) { QSettings().setValue(key, on); });
    return action;
}
} // namespace

QString CanvasViewActions::hiddenKey(model::ElementLayer layer) {
    return layerKey(layer, "hidden");
}

QString CanvasViewActions::lockedKey(model::ElementLayer layer) {
    return layerKey(layer, "locked");
}

CanvasViewActions::CanvasViewActions(TopologyScene* scene, TopologyView* view, QObject* parent)
    : QObject(parent), scene_(scene), view_(view) {
    for (model::ElementLayer layer : LayerStyle::kTopToBottom) {
        const auto i = static_cast<std::size_t>(layer);
        const QString caption = LayerStyle::caption(layer);
        // Shown is the natural sense of a check mark; the setting remembers the exception.
        auto* show = new QAction(tr("Show %1").arg(caption), this);
        show->setCheckable(true);
        show->setChecked(!QSettings().value(hiddenKey(layer), false).toBool());
        connect(show, &QAction::toggled, this, [this, layer](bool shown) {
            QSettings().setValue(hiddenKey(layer), !shown);
            scene_->setLayerHidden(layer, !shown);
        });
        show_[i] = show;
        QAction* lock = toggle(this, tr("Lock %1").arg(caption), lockedKey(layer), false);
        lock->setStatusTip(tr("Elements of a locked layer cannot be selected, moved or deleted"));
        connect(lock, &QAction::toggled, this,
                [this, layer](bool locked) { scene_->setLayerLocked(layer, locked); });
        lock_[i] = lock;
        scene_->setLayerHidden(layer, !show->isChecked());
        scene_->setLayerLocked(layer, lock->isChecked());
    }
    grid_ = toggle(this, tr("Show &Grid"), kGridKey, true);
    grid_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Apostrophe));
    connect(grid_, &QAction::toggled, scene_, &TopologyScene::setGridVisible);
    scene_->setGridVisible(grid_->isChecked());
    snap_ = toggle(this, tr("&Snap to Grid"), kSnapKey, false);
    snap_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Apostrophe));
    connect(snap_, &QAction::toggled, scene_, &TopologyScene::setSnapToGrid);
    scene_->setSnapToGrid(snap_->isChecked());
    // The view draws the grid outside the bands: it must repaint when the grid is toggled.
    connect(scene_, &TopologyScene::viewStateChanged, view_, [this] { view_->viewport()->update(); });
}

QMenu* CanvasViewActions::createLayersMenu(QWidget* parent) const {
    auto* menu = new QMenu(tr("&Layers"), parent);
    for (model::ElementLayer layer : LayerStyle::kTopToBottom) {
        menu->addAction(show_[static_cast<std::size_t>(layer)]);
        menu->addAction(lock_[static_cast<std::size_t>(layer)]);
        if (layer != LayerStyle::kTopToBottom.back())
            menu->addSeparator();
    }
    return menu;
}

} // namespace iiot::ui
