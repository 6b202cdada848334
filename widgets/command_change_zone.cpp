#include "command_change_zone.h"

namespace iiot::ui {

ChangeZoneCommand::ChangeZoneCommand(Document* document, model::Zone after, QUndoCommand* parent)
    : DocumentCommand(document, parent), after_(std::move(after)) {
    if (const model::Zone* zone = document->zone(after_.id))
        before_ = *zone;
    else
        setObsolete(true);
    setText(QObject::tr("Change zone %1").arg(QString::fromStdString(after_.id)));
}

void ChangeZoneCommand::redo() {
    document()->replaceZone(key(), after_);
}

void ChangeZoneCommand::undo() {
    document()->replaceZone(key(), before_);
}

} // namespace iiot::ui
