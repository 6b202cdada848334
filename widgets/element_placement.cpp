#include "element_placement.h"

#include "command_add_elements.h"
#include "document.h"
#include "layer_lock.h"
#include "zone_membership.h"

#include "model/type_library.h"

#include <cmath>

namespace iiot::ui {

QString placeNewElement(Document* document, const TopologyScene& scene, const QString& kind,
                        const QPointF& scenePos, QString* refusal) {
    const std::string kindId = kind.toStdString();
    if (!document->types().kind(kindId)) {
        if (refusal)
            *refusal = QObject::tr("Unknown kind '%1'").arg(kind);
        return {};
    }
    model::Element element;
    element.id = document->freshElementId(kindId);
    element.kind = kindId;
    // Whole pixels keep the file readable; the position is where the icon's centre goes.
    element.position = model::Position{std::round(scenePos.x()), std::round(scenePos.y())};
    // Dropped inside a zone's container, it belongs to that zone, as an element moved there would.
    element.zone = ZoneMembership::zoneAt(*document, scene, scenePos);
    const QString id = QString::fromStdString(element.id);
    std::vector<model::Element> elements;
    elements.push_back(std::move(element));
    if (const QString problem = lockedPlacement(scene, elements, QObject::tr("Cannot place %1").arg(kind));
        !problem.isEmpty()) {
        if (refusal)
            *refusal = problem;
        return {};
    }
    document->undoStack()->push(new AddElementsCommand(document, std::move(elements)));
    return id;
}

} // namespace iiot::ui
