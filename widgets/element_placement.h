// Placing a new element of a kind on the canvas: a fresh id from the kind, the position given,
// one undo step. Used by palette drops and by double-clicks in the palette. A locked layer refuses
// it (the kind's layer, or the band under the drop point).
#pragma once

#include <QPointF>
#include <QString>

namespace iiot::ui {

class Document;
class TopologyScene;

// Returns the new element's id, or an empty string when the kind is unknown or a locked layer
// refuses the element; then `refusal` (if given) says why.
QString placeNewElement(Document* document, const TopologyScene& scene, const QString& kind,
                        const QPointF& scenePos, QString* refusal = nullptr);

} // namespace iiot::ui
