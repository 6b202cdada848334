// Keeps the result of an engine run in the project (allocation, slicing, offloading, simulation),
// or forgets one, as an undo step: a stored run makes the document dirty like any other edit and
// is written to the .iiotw file with its parameters.
#pragma once

#include "command_base.h"

namespace iiot::ui {

class StoreResultCommand : public DocumentCommand {
public:
    // The result gets a fresh id when it has none (id 0); see resultId().
    StoreResultCommand(Document* document, model::StoredResult result, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;
    long long resultId() const { return result_.id; }

private:
    std::size_t index_;
    model::StoredResult result_;
};

class RemoveResultCommand : public DocumentCommand {
public:
    RemoveResultCommand(Document* document, long long id, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    long long id_;
    std::size_t index_ = 0;
    model::StoredResult taken_;
};

} // namespace iiot::ui
