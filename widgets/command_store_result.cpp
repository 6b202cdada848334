#include "command_store_result.h"

namespace iiot::ui {

namespace {

QString describe(const model::StoredResult& r) {
    return QStringLiteral("%1 %2").arg(QString::fromStdString(r.kind), QString::fromStdString(r.method));
}

} // namespace

StoreResultCommand::StoreResultCommand(Document* document, model::StoredResult result, QUndoCommand* parent)
    : DocumentCommand(document, parent), index_(document->project().results.size()),
      result_(std::move(result)) {
    if (result_.id == 0)
        result_.id = document->freshResultId();
    setText(QObject::tr("Store result %1").arg(describe(result_)));
}

void StoreResultCommand::redo() {
    document()->insertResult(key(), index_, result_);
}

void StoreResultCommand::undo() {
    document()->takeResult(key(), result_.id);
}

RemoveResultCommand::RemoveResultCommand(Document* document, long long id, QUndoCommand* parent)
    : DocumentCommand(document, parent), id_(id) {
    const model::StoredResult* r = document->result(id);
    setText(QObject::tr("Remove result %1").arg(r != nullptr ? describe(*r) : QString::number(id)));
}

void RemoveResultCommand::redo() {
    if (auto taken = document()->takeResult(key(), id_)) {
        index_ = taken->first;
        taken_ = std::move(taken->second);
    }
}

void RemoveResultCommand::undo() {
    document()->insertResult(key(), index_, taken_);
}

} // namespace iiot::ui
