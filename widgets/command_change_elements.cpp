#include "command_change_elements.h"

namespace iiot::ui {

ChangeElementsCommand::ChangeElementsCommand(Document* document, const QStringList& ids, const Edit& edit,
                                             const QString& text, QUndoCommand* parent)
    : DocumentCommand(document, parent) {
    setText(text);
    for (const QString& id : ids) {
        const model::Element* element = document->element(id);
        if (!element)
            continue;
        model::Element changed = *element;
        edit(changed);
        changed.id = element->id;
        if (changed == *element)
            continue;
        before_.push_back(*element);
        after_.push_back(std::move(changed));
    }
}

void ChangeElementsCommand::redo() {
    setObsolete(isNoOp()); // nothing to do: the stack drops the command
    document()->replaceElements(key(), after_);
}

void ChangeElementsCommand::undo() {
    document()->replaceElements(key(), before_);
}

} // namespace iiot::ui
