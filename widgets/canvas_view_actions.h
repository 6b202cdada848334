// The View menu's canvas state: per layer Show and Lock, the grid, and snapping to it. This is
// view state, not part of the document and never undone; it is remembered between sessions.
#pragma once

#include "model/type_library.h"

#include <QList>
#include <QObject>

#include <array>

class QAction;
class QMenu;

namespace iiot::ui {

class TopologyScene;
class TopologyView;

class CanvasViewActions : public QObject {
    Q_OBJECT

public:
    // Settings keys, under "canvas/".
    static QString hiddenKey(model::ElementLayer layer);
    static QString lockedKey(model::ElementLayer layer);

    // Applies the remembered state to the scene.
    CanvasViewActions(TopologyScene* scene, TopologyView* view, QObject* parent = nullptr);

    QAction* showLayerAction(model::ElementLayer layer) const {
        return show_[static_cast<std::size_t>(layer)];
    }
    QAction* lockLayerAction(model::ElementLayer layer) const {
        return lock_[static_cast<std::size_t>(layer)];
    }
    QAction* gridAction() const { return grid_; }
    QAction* snapAction() const { return snap_; }
    // A "Layers" submenu: Show and Lock for each layer, top to bottom.
    QMenu* createLayersMenu(QWidget* parent) const;

private:
    TopologyScene* scene_;
    TopologyView* view_;
    std::array<QAction*, 3> show_{};
    std::array<QAction*, 3> lock_{};
    QAction* grid_;
    QAction* snap_;
};

} // namespace iiot::ui
