// Inspector: turning entries into undo commands, after checking them like the YAML reader would.

#include "inspector.h"

#include "capability_editor.h"
#include "command_change_elements.h"
#include "command_change_link.h"
#include "command_change_zone.h"
#include "command_rename_element.h"
#include "command_rename_zone.h"
#include "document.h"
#include "edit_check.h"
#include "element_rename.h"
#include "layer_lock.h"
#include "layer_style.h"
#include "link_item.h"
#include "topology_scene.h"
#include "zone_item.h"

#include "model/effective_values.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QUndoStack>

#include <algorithm>
#include <memory>

namespace iiot::ui {

namespace {
const QString kMixedData = QStringLiteral("\x01mixed");

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

QString targets(const QStringList& ids) {
    return ids.size() == 1 ? ids.front() : QObject::tr("%1 elements").arg(ids.size());
}

QString joined(const std::vector<std::string>& items) {
    QStringList list;
    for (const std::string& item : items)
        list.append(q(item));
    return list.join(QStringLiteral(", "));
}
} // namespace

bool Inspector::enter(const QString& key, const QString& text) {
    const Row* r = row(key);
    if (!r || mode_ == Mode::Nothing)
        return refuse(tr("There is no field '%1' here").arg(key));
    if (r->line) {
        if (r->line->isReadOnly())
            return refuse(tr("'%1' cannot be edited here").arg(key));
        r->line->setText(text);
    } else {
        const int at = r->combo->findData(text);
        if (at < 0)
            return refuse(tr("'%1' is not one of the choices for '%2'").arg(text, key));
        r->combo->setCurrentIndex(at);
    }
    problem_->clear();
    problem_->hide();
    commit(key);
    return problem().isEmpty();
}

void Inspector::commit(const QString& key) {
    if (filling_)
        return;
    const Row* r = row(key);
    if (!r || (r->line && r->line->isReadOnly()))
        return;
    const QString text = r->line ? r->line->text() : r->combo->currentData().toString();
    if (!r->line && text == kMixedData)
        return;
    if (r->mixed ? (r->line && text.isEmpty()) : text == r->shown)
        return; // focus left the field without a change
    commitText(*r, text);
}

bool Inspector::commitText(const Row& r, const QString& text) {
    if (r.target == Target::Link) {
        const LinkField& field = linkFields()[r.field];
        if (field.key == QLatin1String("from") || field.key == QLatin1String("to"))
            return reconnectLink(field, text);
        return commitLinks(field, text);
    }
    if (r.target == Target::Zone) {
        const ZoneField& field = zoneFields()[r.field];
        if (field.key == QLatin1String("id"))
            return renameZone(text);
        return commitZone(field, text);
    }
    const ElementField& field = elementFields()[r.field];
    if (field.key == QLatin1String("id"))
        return renameElement(text);
    return commitElements(field, text);
}

bool Inspector::commitElements(const ElementField& field, const QString& text) {
    const QStringList ids = elementIds_;
    if (ids.isEmpty())
        return false;
    // The edit is tried on a copy of the project first: parsed, then validated as a whole.
    model::Project edited = document_->project();
    std::vector<model::Element> relocated; // a new kind or position: a locked layer may refuse it
    for (const QString& id : ids) {
        const int i = document_->elementIndex(id.toStdString());
        if (i < 0)
            continue;
        model::Element& e = edited.elements[static_cast<std::size_t>(i)];
        if (const QString problem = field.apply(e, text); !problem.isEmpty())
            return refuse(problem);
        const model::Element& was = document_->project().elements[static_cast<std::size_t>(i)];
        if (e.kind != was.kind || (e.position && e.position != was.position))
            relocated.push_back(e);
    }
    if (const QString problem = lockedPlacement(*scene_, relocated, tr("Cannot set %1").arg(field.key));
        !problem.isEmpty())
        return refuse(problem);
    if (const QString problem = newValidationError(document_->project(), edited, document_->types());
        !problem.isEmpty())
        return refuse(problem);
    auto command = std::make_unique<ChangeElementsCommand>(
        document_, ids, [apply = field.apply, text](model::Element& e) { apply(e, text); },
        tr("Set %1 of %2").arg(field.key, targets(ids)));
    if (!command->isNoOp())
        document_->undoStack()->push(command.release());
    accepted();
    return true;
}

bool Inspector::renameElement(const QString& text) {
    if (elementIds_.size() != 1)
        return refuse(tr("Several elements cannot share one id"));
    const std::string from = elementIds_.front().toStdString();
    const std::string to = text.trimmed().toStdString();
    if (to == from) {
        accepted();
        return true;
    }
    if (to.empty())
        return refuse(tr("'id' is required"));
    if (document_->element(to))
        return refuse(tr("element id '%1' is already in use; ids must be unique").arg(q(to)));
    // A reference that already names the new id (left dangling by an earlier edit) would be
    // captured by the rename; undo could not give it back.
    if (isReferenced(document_->project(), to))
        return refuse(tr("'%1' is already named by a link, application or service").arg(q(to)));
    model::Project edited = document_->project();
    renameElementIn(edited, from, to);
    if (const QString problem = newValidationError(document_->project(), edited, document_->types(), true);
        !problem.isEmpty())
        return refuse(problem);
    document_->undoStack()->push(new RenameElementCommand(document_, from, to));
    scene_->selectElement(q(to)); // the canvas made a new item for it
    accepted();
    return true;
}

bool Inspector::commitLinks(const LinkField& field, const QString& text) {
    const QStringList keys = linkKeys_;
    // Tried on a copy first, as for elements; only links that really change get a command.
    model::Project edited = document_->project();
    QStringList changed;
    for (const QString& key : keys) {
        const int index = document_->linkIndex(key);
        if (index < 0)
            continue;
        model::Link& link = edited.links[static_cast<std::size_t>(index)];
        if (const QString problem = field.apply(link, text); !problem.isEmpty())
            return refuse(problem);
        if (!(link == document_->project().links[static_cast<std::size_t>(index)]))
            changed.append(key);
    }
    if (changed.isEmpty()) {
        accepted();
        return true;
    }
    if (const QString problem = newValidationError(document_->project(), edited, document_->types());
        !problem.isEmpty())
        return refuse(problem);
    auto edit = [apply = field.apply, text](model::Link& l) { apply(l, text); };
    if (keys.size() == 1) {
        document_->undoStack()->push(new ChangeLinkCommand(
            document_, changed.front(), edit, tr("Set %1 of link %2").arg(field.key, changed.front())));
    } else {
        // One undo step for the lot: the link commands are children of one command.
        auto* step = new QUndoCommand(tr("Set %1 of %2 links").arg(field.key).arg(changed.size()));
        for (const QString& key : changed)
            new ChangeLinkCommand(document_, key, edit, step->text(), step);
        document_->undoStack()->push(step);
    }
    accepted();
    return true;
}

bool Inspector::reconnectLink(const LinkField& field, const QString& text) {
    const model::Link* link = document_->link(linkKey_);
    if (!link || linkKeys_.size() != 1)
        return refuse(tr("The ends of several links cannot be set at once"));
    const bool from = field.key == QLatin1String("from");
    const std::string id = text.trimmed().toStdString();
    const std::string other = from ? link->to : link->from;
    const model::TypeLibrary& types = document_->types();
    if (id.empty())
        return refuse(tr("'%1' is required").arg(field.key));
    if (id == (from ? link->from : link->to)) {
        accepted();
        return true;
    }
    const model::Element* end = document_->element(id);
    if (!end)
        return refuse(tr("'%1' must name an element; there is no element '%2'").arg(field.key, q(id)));
    if (id == other)
        return refuse(tr("A link cannot join '%1' to itself").arg(q(id)));
    const std::vector<std::string>& media = model::effectiveInterfaces(*end, types);
    if (std::find(media.begin(), media.end(), link->medium) == media.end())
        return refuse(tr("'%1' has no interface for the link's medium '%2' (it has: %3)")
                          .arg(q(id), q(link->medium), media.empty() ? tr("none") : joined(media)));
    if (const model::ElementLayer layer = LayerStyle::layerOf(end->kind, types); scene_->isLayerLocked(layer))
        return refuse(lockedLayerMessage(tr("Cannot connect to %1").arg(q(id)), layer));
    model::Project edited = document_->project();
    const int index = document_->linkIndex(linkKey_);
    if (const QString problem = field.apply(edited.links[static_cast<std::size_t>(index)], text);
        !problem.isEmpty())
        return refuse(problem);
    if (const QString problem = newValidationError(document_->project(), edited, types); !problem.isEmpty())
        return refuse(problem);
    const QString key = linkKey_;
    document_->undoStack()->push(new ChangeLinkCommand(
        document_, key, [apply = field.apply, text](model::Link& l) { apply(l, text); },
        tr("Connect link %1 %2 %3").arg(key, from ? tr("from") : tr("to"), q(id))));
    // The canvas drew a new line between the new ends; it stays the selection.
    if (LinkItem* item = scene_->linkItem(key)) {
        scene_->clearSelection();
        item->setSelected(true);
    }
    accepted();
    return true;
}

bool Inspector::commitZone(const ZoneField& field, const QString& text) {
    const model::Zone* zone = document_->zone(zoneId_.toStdString());
    if (!zone)
        return false;
    model::Project edited = document_->project();
    model::Zone& after = *std::find_if(edited.zones.begin(), edited.zones.end(),
                                       [&](const model::Zone& z) { return z.id == zone->id; });
    if (const QString problem = field.apply(after, text); !problem.isEmpty())
        return refuse(problem);
    if (after == *zone) {
        accepted();
        return true;
    }
    if (const QString problem = newValidationError(document_->project(), edited, document_->types());
        !problem.isEmpty())
        return refuse(problem);
    document_->undoStack()->push(new ChangeZoneCommand(document_, after));
    accepted();
    return true;
}

bool Inspector::renameZone(const QString& text) {
    const std::string from = zoneId_.toStdString();
    const std::string to = text.trimmed().toStdString();
    if (to == from) {
        accepted();
        return true;
    }
    if (to.empty())
        return refuse(tr("'id' is required"));
    if (document_->zone(to))
        return refuse(tr("zone id '%1' is already in use; ids must be unique").arg(q(to)));
    // An element that already names the new id (a dangling reference) would join the zone, and
    // undo could not tell it from the members.
    for (const model::Element& e : document_->project().elements)
        if (e.zone == to)
            return refuse(tr("'%1' is already named by element '%2'").arg(q(to), q(e.id)));
    model::Project edited = document_->project();
    for (model::Zone& z : edited.zones)
        if (z.id == from)
            z.id = to;
    for (model::Element& e : edited.elements)
        if (e.zone == from)
            e.zone = to;
    if (const QString problem = newValidationError(document_->project(), edited, document_->types(), true);
        !problem.isEmpty())
        return refuse(problem);
    document_->undoStack()->push(new RenameZoneCommand(document_, from, to));
    // The canvas made a new container for it; it stays the selection.
    if (ZoneItem* item = scene_->zoneItem(q(to))) {
        scene_->clearSelection();
        item->setSelected(true);
    }
    zoneId_ = q(to);
    accepted();
    return true;
}

void Inspector::commitLevel(const QString& capabilityId, int level) {
    QStringList ids;
    for (const std::string& id : capabilities_->elementsInScope(capabilityId))
        ids.append(q(id));
    if (ids.isEmpty()) {
        refuse(tr("'%1' does not apply to the selected elements").arg(capabilityId));
        return;
    }
    const model::TypeLibrary* types = &document_->types();
    const std::string capability = capabilityId.toStdString();
    // An element without its own map follows its kind's defaults; the map it gets starts from
    // them, since a map, once present, replaces the defaults entirely.
    auto edit = [types, capability, level](model::Element& e) {
        if (model::effectiveCapabilities(e, *types).count(capability) &&
            model::effectiveCapabilities(e, *types).at(capability) == level)
            return;
        if (!e.capabilities)
            e.capabilities = model::effectiveCapabilities(e, *types);
        (*e.capabilities)[capability] = level;
    };
    model::Project edited = document_->project();
    for (const QString& id : ids)
        if (const int i = document_->elementIndex(id.toStdString()); i >= 0)
            edit(edited.elements[static_cast<std::size_t>(i)]);
    if (const QString problem = newValidationError(document_->project(), edited, *types);
        !problem.isEmpty()) {
        refuse(problem);
        return;
    }
    auto command = std::make_unique<ChangeElementsCommand>(
        document_, ids, edit,
        tr("Set %1 to %2 on %3").arg(capabilityId, CapabilityEditor::levelName(level), targets(ids)));
    if (!command->isNoOp())
        document_->undoStack()->push(command.release());
    // Not refreshed at once: the editor is still inside the selector's change notification.
    problem_->hide();
    scheduleRefresh();
}

void Inspector::resetCapabilities() {
    const QStringList ids = elementIds_;
    auto command = std::make_unique<ChangeElementsCommand>(
        document_, ids, [](model::Element& e) { e.capabilities.reset(); },
        tr("Reset capabilities of %1").arg(targets(ids)));
    if (!command->isNoOp())
        document_->undoStack()->push(command.release());
    accepted();
}

bool Inspector::refuse(const QString& problem) {
    problem_->setText(problem);
    problem_->show();
    emit statusMessage(problem);
    refresh(); // the field shows the model's value again
    return false;
}

void Inspector::accepted() {
    problem_->clear();
    problem_->hide();
    refresh();
}

} // namespace iiot::ui
