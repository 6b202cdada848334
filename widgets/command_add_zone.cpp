#include "command_add_zone.h"

#include "command_change_elements.h"

namespace iiot::ui {

AddZoneCommand::AddZoneCommand(Document* document, model::Zone zone, const QStringList& members,
                               QUndoCommand* parent)
    : DocumentCommand(document, parent), zone_{document->project().zones.size(), std::move(zone)} {
    setText(QObject::tr("New zone %1").arg(QString::fromStdString(zone_.zone.name.value_or(zone_.zone.id))));
    // The membership edit is a child: QUndoCommand runs it after the zone exists and undoes it first.
    if (!members.isEmpty())
        new ChangeElementsCommand(
            document, members, [id = zone_.zone.id](model::Element& e) { e.zone = id; }, text(), this);
}

void AddZoneCommand::redo() {
    document()->insertZone(key(), zone_);
    QUndoCommand::redo();
}

void AddZoneCommand::undo() {
    QUndoCommand::undo();
    document()->takeZone(key(), zone_.zone.id);
}

} // namespace iiot::ui
