// Inspector: turning entries into undo commands, after checking them like the YAML reader would.

#include "inspector.h"

#include "capability_editor.h"
#include "command_change_elements.h"
#include "command_change_link.h"
#include "command_rename_element.h"
#include "document.h"
#include "edit_check.h"
#include "element_rename.h"
#include "topology_scene.h"

#include "model/effective_values.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QUndoStack>

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
    if (r.link)
        return commitLink(linkFields()[r.field], text);
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
    for (const QString& id : ids) {
        const int i = document_->elementIndex(id.toStdString());
        if (i < 0)
            continue;
        if (const QString problem = field.apply(edited.elements[static_cast<std::size_t>(i)], text);
            !problem.isEmpty())
            return refuse(problem);
    }
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

bool Inspector::commitLink(const LinkField& field, const QString& text) {
    const int index = document_->linkIndex(linkKey_);
    if (index < 0)
        return false;
    model::Project edited = document_->project();
    if (const QString problem = field.apply(edited.links[static_cast<std::size_t>(index)], text);
        !problem.isEmpty())
        return refuse(problem);
    if (const QString problem = newValidationError(document_->project(), edited, document_->types());
        !problem.isEmpty())
        return refuse(problem);
    auto command = std::make_unique<ChangeLinkCommand>(
        document_, linkKey_, [apply = field.apply, text](model::Link& l) { apply(l, text); },
        tr("Set %1 of link %2").arg(field.key, linkKey_));
    if (!command->isNoOp())
        document_->undoStack()->push(command.release());
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
