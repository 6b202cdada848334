#include "command_remove_elements.h"

#include <unordered_set>

namespace iiot::ui {

RemoveElementsCommand::RemoveElementsCommand(Document* document, const QStringList& ids, QUndoCommand* parent)
    : DocumentCommand(document, parent) {
    for (const QString& id : ids)
        ids_.push_back(id.toStdString());
    if (ids.size() == 1)
        setText(QObject::tr("Delete %1").arg(ids.front()));
    else
        setText(QObject::tr("Delete %1 elements").arg(ids.size()));
}

void RemoveElementsCommand::redo() {
    // The links go first, so that no view ever sees a link whose element is gone.
    const std::unordered_set<std::string> doomed(ids_.begin(), ids_.end());
    const auto& links = document()->project().links;
    QStringList keys;
    for (std::size_t i = 0; i < links.size(); ++i)
        if (doomed.contains(links[i].from) || doomed.contains(links[i].to))
            keys.append(Document::linkKey(links[i], i));
    links_ = document()->takeLinks(key(), keys);
    elements_ = document()->takeElements(key(), ids_);
}

void RemoveElementsCommand::undo() {
    // The reverse of redo(): the elements first, so that the links find their ends. Links are
    // independent of the element list, so their recorded indices hold either way.
    document()->insertElements(key(), std::move(elements_));
    document()->insertLinks(key(), std::move(links_));
    elements_.clear();
    links_.clear();
}

} // namespace iiot::ui
