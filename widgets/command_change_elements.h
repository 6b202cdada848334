// Changes fields of one or several elements in one step (the inspector, multi-edit, the
// capability editor). Generic: an edit function is applied to a copy of each element, and the
// command keeps the values before and after. An element's id is not changed here: links refer
// to it, so renaming ids is an edit of its own.
#pragma once

#include "command_base.h"

#include <functional>
#include <memory>
#include <vector>

namespace iiot::ui {

class ChangeElementsCommand : public DocumentCommand {
public:
    using Edit = std::function<void(model::Element&)>;

    ChangeElementsCommand(Document* document, const QStringList& ids, const Edit& edit, const QString& text,
                          QUndoCommand* parent = nullptr);

    // True when the edit changes nothing: such a command need not be pushed (if it is, the
    // stack drops it).
    bool isNoOp() const { return after_.empty(); }

    void redo() override;
    void undo() override;

private:
    std::vector<model::Element> before_, after_; // only the elements the edit changes
};

// One field set to one value on every element in `ids`, e.g.
// changeElementField(doc, {"plc1"}, &model::Element::name, std::optional<std::string>("Line PLC")).
template <typename T>
std::unique_ptr<ChangeElementsCommand> changeElementField(Document* document, const QStringList& ids,
                                                          T model::Element::*field, T value,
                                                          const QString& text = {}) {
    return std::make_unique<ChangeElementsCommand>(
        document, ids, [field, value](model::Element& e) { e.*field = value; },
        text.isEmpty() ? QObject::tr("Change elements") : text);
}

} // namespace iiot::ui
