// Placing a new element of a kind on the canvas: a fresh id from the kind, the position given,
// one undo step. Used by palette drops and by double-clicks in the palette.
#pragma once

#include <QPointF>
#include <QString>

namespace iiot::ui {

class Document;

// Returns the new element's id, or an empty string when the kind is unknown.
QString placeNewElement(Document* document, const QString& kind, const QPointF& scenePos);

} // namespace iiot::ui
