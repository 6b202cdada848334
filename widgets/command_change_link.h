// Changes fields of one link (medium, bandwidth, latency, ...; also its ends, which reconnects it).
// Generic like ChangeElementsCommand: an edit function is applied to a copy. The link's id stays,
// since it is the key the views know the link by.
#pragma once

#include "command_base.h"

#include <functional>
#include <memory>

namespace iiot::ui {

class ChangeLinkCommand : public DocumentCommand {
public:
    using Edit = std::function<void(model::Link&)>;

    ChangeLinkCommand(Document* document, const QString& key, const Edit& edit, const QString& text,
                      QUndoCommand* parent = nullptr);

    bool isNoOp() const { return before_ == after_; }

    void redo() override;
    void undo() override;

private:
    QString key_;
    model::Link before_, after_;
};

// One field of one link set to one value, e.g.
// changeLinkField(doc, "l1", &model::Link::bandwidth_mbps, std::optional<double>(1000)).
template <typename T>
std::unique_ptr<ChangeLinkCommand> changeLinkField(Document* document, const QString& key,
                                                   T model::Link::*field, T value, const QString& text = {}) {
    return std::make_unique<ChangeLinkCommand>(
        document, key, [field, value](model::Link& l) { l.*field = value; },
        text.isEmpty() ? QObject::tr("Change link %1").arg(key) : text);
}

} // namespace iiot::ui
