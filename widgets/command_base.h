// The base of every command that edits a Document: the one place that can make the key the
// document's edit functions demand (DESIGN.md section 2: nothing but undo commands writes the model).
#pragma once

#include "document.h"

#include <QUndoCommand>

namespace iiot::ui {

class DocumentCommand : public QUndoCommand {
public:
    explicit DocumentCommand(Document* document, QUndoCommand* parent = nullptr)
        : QUndoCommand(parent), document_(document) {}

    Document* document() const { return document_; }

protected:
    static Document::EditKey key() { return {}; }

private:
    Document* document_;
};

} // namespace iiot::ui
