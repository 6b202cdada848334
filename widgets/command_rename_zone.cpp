#include "command_rename_zone.h"

namespace iiot::ui {

RenameZoneCommand::RenameZoneCommand(Document* document, const std::string& from, const std::string& to,
                                     QUndoCommand* parent)
    : DocumentCommand(document, parent), from_(from), to_(to) {
    setText(
        QObject::tr("Rename zone %1 to %2").arg(QString::fromStdString(from), QString::fromStdString(to)));
    if (!document->zone(from) || document->zone(to) || from == to)
        setObsolete(true);
    for (const model::Element& e : document->project().elements)
        if (e.zone == from)
            members_.push_back(e.id);
}

void RenameZoneCommand::redo() {
    rename(from_, to_);
}

void RenameZoneCommand::undo() {
    rename(to_, from_);
}

void RenameZoneCommand::rename(const std::string& from, const std::string& to) {
    // Out under the old id and back in at the same index under the new one; the canvas puts a
    // container that is empty for a moment where the old one was.
    std::optional<Document::IndexedZone> zone = document()->takeZone(key(), from);
    if (!zone)
        return;
    zone->zone.id = to;
    document()->insertZone(key(), std::move(*zone));
    std::vector<model::Element> changed;
    changed.reserve(members_.size());
    for (const std::string& id : members_)
        if (const model::Element* e = document()->element(id)) {
            changed.push_back(*e);
            changed.back().zone = to;
        }
    if (!changed.empty())
        document()->replaceElements(key(), changed);
}

} // namespace iiot::ui
