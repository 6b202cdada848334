#include "command_remove_zone.h"

#include "command_change_elements.h"

namespace iiot::ui {

RemoveZoneCommand::RemoveZoneCommand(Document* document, const std::string& id, QUndoCommand* parent)
    : DocumentCommand(document, parent), id_(id) {
    const model::Zone* zone = document->zone(id);
    setText(QObject::tr("Delete zone %1").arg(QString::fromStdString(zone ? zone->name.value_or(id) : id)));
    QStringList members;
    for (const model::Element& e : document->project().elements)
        if (e.zone == id)
            members.append(QString::fromStdString(e.id));
    // A child, so that the members leave before the zone goes and return after it is back.
    if (!members.isEmpty())
        new ChangeElementsCommand(
            document, members, [](model::Element& e) { e.zone.reset(); }, text(), this);
}

void RemoveZoneCommand::redo() {
    QUndoCommand::redo();
    taken_ = document()->takeZone(key(), id_);
}

void RemoveZoneCommand::undo() {
    if (taken_)
        document()->insertZone(key(), std::move(*taken_));
    taken_.reset();
    QUndoCommand::undo();
}

} // namespace iiot::ui
