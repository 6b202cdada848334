#include "element_placement.h"

#include "command_add_elements.h"
#include "document.h"

#include "model/type_library.h"

#include <cmath>

namespace iiot::ui {

QString placeNewElement(Document* document, const QString& kind, const QPointF& scenePos) {
    const std::string kindId = kind.toStdString();
    if (!document->types().kind(kindId))
        return {};
    model::Element element;
    element.id = document->freshElementId(kindId);
    element.kind = kindId;
    // Whole pixels keep the file readable; the position is where the icon's centre goes.
    element.position = model::Position{std::round(scenePos.x()), std::round(scenePos.y())};
    const QString id = QString::fromStdString(element.id);
    std::vector<model::Element> elements;
    elements.push_back(std::move(element));
    document->undoStack()->push(new AddElementsCommand(document, std::move(elements)));
    return id;
}

} // namespace iiot::ui
