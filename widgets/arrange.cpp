#include "arrange.h"

#include "document.h"
#include "element_item.h"
#include "topology_scene.h"

#include <algorithm>
#include <limits>

namespace iiot::ui {

namespace {
struct Placed {
    std::string id;
    std::optional<model::Position> before;
    QPointF centre;
};

std::vector<Placed> placed(const Document& document, const TopologyScene& scene, const QStringList& ids) {
    std::vector<Placed> out;
    for (const QString& id : ids) {
        const model::Element* element = document.element(id);
        const ElementItem* item = scene.elementItem(id);
        if (element && item)
            out.push_back({element->id, element->position, item->centre()});
    }
    return out;
}

void addMove(std::vector<MoveElementsCommand::Move>& moves, const Placed& p, QPointF to) {
    if (p.before && p.before->x == to.x() && p.before->y == to.y())
        return;
    if (!p.before && p.centre == to)
        return; // still where the automatic layout put it
    moves.push_back({p.id, p.before, model::Position{to.x(), to.y()}});
}
} // namespace

std::vector<MoveElementsCommand::Move> Arrange::align(const Document& document, const TopologyScene& scene,
                                                      const QStringList& ids, Alignment alignment) {
    const std::vector<Placed> items = placed(document, scene, ids);
    if (items.size() < 2)
        return {};
    const QRectF footprint = ElementItem::footprint();
    QRectF bounds;
    for (const Placed& p : items)
        bounds =
            bounds.isNull() ? footprint.translated(p.centre) : bounds.united(footprint.translated(p.centre));
    std::vector<MoveElementsCommand::Move> moves;
    for (const Placed& p : items) {
        QPointF to = p.centre;
        switch (alignment) {
        case Alignment::Left:
            to.setX(bounds.left() - footprint.left());
            break;
        case Alignment::Right:
            to.setX(bounds.right() - footprint.right());
            break;
        case Alignment::HorizontalCentre:
            to.setX(bounds.center().x() - footprint.center().x());
            break;
        case Alignment::Top:
            to.setY(bounds.top() - footprint.top());
            break;
        case Alignment::Bottom:
            to.setY(bounds.bottom() - footprint.bottom());
            break;
        case Alignment::VerticalCentre:
            to.setY(bounds.center().y() - footprint.center().y());
            break;
        }
        addMove(moves, p, to);
    }
    return moves;
}

std::vector<MoveElementsCommand::Move> Arrange::distribute(const Document& document,
                                                           const TopologyScene& scene, const QStringList& ids,
                                                           Direction direction) {
    std::vector<Placed> items = placed(document, scene, ids);
    if (items.size() < 3)
        return {};
    const bool horizontal = direction == Direction::Horizontal;
    auto along = [horizontal](const Placed& p) { return horizontal ? p.centre.x() : p.centre.y(); };
    // Ties keep the selection's order, so the result does not depend on the sort's whims.
    std::stable_sort(items.begin(), items.end(),
                     [&](const Placed& a, const Placed& b) { return along(a) < along(b); });
    const double first = along(items.front());
    const double gap = (along(items.back()) - first) / static_cast<double>(items.size() - 1);
    std::vector<MoveElementsCommand::Move> moves;
    for (std::size_t i = 1; i + 1 < items.size(); ++i) {
        QPointF to = items[i].centre;
        const double at = first + gap * static_cast<double>(i);
        horizontal ? to.setX(at) : to.setY(at);
        addMove(moves, items[i], to);
    }
    return moves;
}

} // namespace iiot::ui
