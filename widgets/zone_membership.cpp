#include "zone_membership.h"

#include "document.h"
#include "element_item.h"
#include "topology_scene.h"
#include "zone_item.h"

#include <QHash>
#include <QRectF>

#include <unordered_map>
#include <unordered_set>

namespace iiot::ui {

std::vector<MoveElementsCommand::ZoneChange>
ZoneMembership::changesFor(const Document& document, const TopologyScene& scene,
                           const std::vector<MoveElementsCommand::Move>& moves,
                           const std::vector<QPointF>& starts) {
    std::unordered_map<std::string, QPointF> moving;
    for (std::size_t i = 0; i < moves.size() && i < starts.size(); ++i)
        moving.emplace(moves[i].id, starts[i]);
    // Containers as they were before the move, padded as ZoneItem draws them; a zone with a member
    // that stays does not travel.
    const QRectF footprint = ElementItem::footprint();
    std::unordered_map<std::string, QRectF> containers;
    std::unordered_set<std::string> anchored;
    for (const model::Element& element : document.project().elements) {
        if (!element.zone)
            continue;
        QPointF centre;
        if (auto found = moving.find(element.id); found != moving.end()) {
            centre = found->second;
        } else if (const ElementItem* item = scene.elementItem(QString::fromStdString(element.id))) {
            centre = item->centre();
            anchored.insert(*element.zone);
        } else {
            continue;
        }
        QRectF& united = containers[*element.zone];
        const QRectF area = footprint.translated(centre);
        united = united.isNull() ? area : united.united(area);
    }
    for (auto& [id, rect] : containers)
        rect.adjust(-ZoneItem::kPadding, -ZoneItem::kPadding - ZoneItem::kHeader, ZoneItem::kPadding,
                    ZoneItem::kPadding);
    // Zones without members stay where their containers are drawn.
    for (const model::Zone& zone : document.project().zones) {
        if (containers.contains(zone.id))
            continue;
        if (const ZoneItem* item = scene.zoneItem(QString::fromStdString(zone.id))) {
            containers.emplace(zone.id, item->rect());
            anchored.insert(zone.id);
        }
    }

    std::vector<MoveElementsCommand::ZoneChange> changes;
    for (const MoveElementsCommand::Move& move : moves) {
        const model::Element* element = document.element(move.id);
        if (!element)
            continue;
        const bool realZone = element->zone && document.zone(*element->zone);
        if (realZone && !anchored.contains(*element->zone))
            continue; // its whole zone moves with it
        const QPointF centre(move.after.x, move.after.y);
        // It leaves its own zone only when dragged clear out of the container: nudging a member
        // across the edge (which widens the container) keeps it.
        if (realZone && containers.at(*element->zone).intersects(footprint.translated(centre)))
            continue;
        std::optional<std::string> landed;
        qreal smallest = 0;
        for (const model::Zone& zone : document.project().zones) {
            auto found = containers.find(zone.id);
            // A travelling zone is no target: its container is on its way elsewhere.
            if (found == containers.end() || !anchored.contains(zone.id) || !found->second.contains(centre))
                continue;
            const qreal area = found->second.width() * found->second.height();
            if (!landed || area < smallest) {
                landed = zone.id;
                smallest = area;
            }
        }
        // A reference to a zone that does not exist (a listed problem) is kept unless the
        // element lands in a real zone.
        if (!landed && element->zone && !realZone)
            continue;
        if (landed != element->zone)
            changes.push_back({element->id, element->zone, landed});
    }
    return changes;
}

std::optional<std::string> ZoneMembership::zoneAt(const Document& document, const TopologyScene& scene,
                                                  QPointF point) {
    std::optional<std::string> found;
    qreal smallest = 0;
    for (const model::Zone& zone : document.project().zones) {
        const ZoneItem* item = scene.zoneItem(QString::fromStdString(zone.id));
        if (!item || !item->rect().contains(point))
            continue;
        const qreal area = item->rect().width() * item->rect().height();
        if (!found || area < smallest) {
            found = zone.id;
            smallest = area;
        }
    }
    return found;
}

} // namespace iiot::ui
