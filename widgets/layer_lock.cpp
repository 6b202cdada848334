#include "layer_lock.h"

#include "document.h"
#include "layer_style.h"
#include "topology_scene.h"

#include <optional>

namespace iiot::ui {

namespace {
// The locked layer whose band holds `point`, if any.
std::optional<model::ElementLayer> lockedBandAt(const TopologyScene& scene, QPointF point) {
    for (model::ElementLayer layer : LayerStyle::kTopToBottom)
        if (scene.isLayerLocked(layer) && scene.bandRect(layer).contains(point))
            return layer;
    return std::nullopt;
}
} // namespace

QString lockedLayerMessage(const QString& verb, model::ElementLayer layer) {
    return QObject::tr("%1: the %2 is locked (unlock it in View \u203a Layers)")
        .arg(verb, LayerStyle::caption(layer));
}

QString lockedPlacement(const TopologyScene& scene, const std::vector<model::Element>& elements,
                        const QString& verb) {
    const model::TypeLibrary& types = scene.document()->types();
    for (const model::Element& e : elements) {
        const model::ElementLayer own = LayerStyle::layerOf(e.kind, types);
        if (scene.isLayerLocked(own))
            return lockedLayerMessage(verb, own);
        if (!e.position)
            continue;
        if (const auto band = lockedBandAt(scene, QPointF(e.position->x, e.position->y)))
            return lockedLayerMessage(verb, *band);
    }
    return {};
}

QString lockedMove(const TopologyScene& scene, const std::vector<QPointF>& starts, QPointF shift) {
    if (shift.isNull())
        return {};
    std::vector<QPointF> targets;
    targets.reserve(starts.size());
    for (const QPointF& start : starts)
        targets.push_back(start + shift);
    return lockedMoves(scene, starts, targets, QObject::tr("Cannot move there"));
}

QString lockedMoves(const TopologyScene& scene, const std::vector<QPointF>& starts,
                    const std::vector<QPointF>& targets, const QString& verb) {
    bool anyLocked = false;
    for (model::ElementLayer layer : LayerStyle::kTopToBottom)
        anyLocked = anyLocked || scene.isLayerLocked(layer);
    if (!anyLocked)
        return {};
    for (std::size_t i = 0; i < starts.size() && i < targets.size(); ++i) {
        const auto band = lockedBandAt(scene, targets[i]);
        if (band && lockedBandAt(scene, starts[i]) != band)
            return lockedLayerMessage(verb, *band);
    }
    return {};
}

} // namespace iiot::ui
