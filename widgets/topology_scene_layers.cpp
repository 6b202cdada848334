// TopologyScene: the layers' view state (hidden, locked) and the grid.

#include "topology_scene.h"

#include "element_item.h"
#include "layer_band_item.h"
#include "link_item.h"

#include <QSignalBlocker>

namespace iiot::ui {

void TopologyScene::applyLayerState(ElementItem* item) const {
    const auto layer = static_cast<std::size_t>(item->layer());
    item->setVisible(!hidden_[layer]);
    // Qt drops an item from the selection when it stops being selectable or visible.
    item->setFlag(QGraphicsItem::ItemIsSelectable, !locked_[layer]);
}

void TopologyScene::applyLayerState(LinkItem* item) {
    item->setVisible(item->fromItem()->isVisible() && item->toItem()->isVisible());
}

void TopologyScene::applyLayerStateToAll() {
    const qsizetype selectedBefore = selectedItems().size();
    {
        // Every item that leaves the selection would announce it on its own: once is enough.
        const QSignalBlocker quiet(this);
        bulk(elements_.size(), [&] {
            for (ElementItem* item : std::as_const(elements_))
                applyLayerState(item);
            for (LinkItem* item : std::as_const(links_))
                applyLayerState(item);
        });
        for (LayerBandItem* band : bands_)
            if (band)
                band->setViewState(isLayerHidden(band->layer()), isLayerLocked(band->layer()), gridVisible_);
    }
    if (selectedItems().size() != selectedBefore)
        emit selectionChanged();
    refitZones();
    emit viewStateChanged();
}

void TopologyScene::setLayerHidden(model::ElementLayer layer, bool hidden) {
    bool& state = hidden_[static_cast<std::size_t>(layer)];
    if (state == hidden)
        return;
    state = hidden;
    applyLayerStateToAll();
}

void TopologyScene::setLayerLocked(model::ElementLayer layer, bool locked) {
    bool& state = locked_[static_cast<std::size_t>(layer)];
    if (state == locked)
        return;
    state = locked;
    applyLayerStateToAll();
}

void TopologyScene::setGridVisible(bool visible) {
    if (gridVisible_ == visible)
        return;
    gridVisible_ = visible;
    for (LayerBandItem* band : bands_)
        if (band)
            band->setViewState(isLayerHidden(band->layer()), isLayerLocked(band->layer()), gridVisible_);
    update(); // the view draws the grid outside the bands
    emit viewStateChanged();
}

} // namespace iiot::ui
