#include "command_add_elements.h"

#include <unordered_set>

namespace iiot::ui {

namespace {
// Fresh ids for the links that have none, avoiding the project's ids and the other new links'.
void nameLinks(const Document& document, std::vector<model::Link>& links) {
    std::unordered_set<std::string> taken;
    for (const model::Link& link : links)
        if (link.id)
            taken.insert(*link.id);
    long long next = 1;
    for (model::Link& link : links) {
        if (link.id)
            continue;
        std::string candidate;
        do
            candidate = "l" + std::to_string(next++); // as Project::ensureLinkIds names them
        while (taken.contains(candidate) || document.link(QString::fromStdString(candidate)));
        taken.insert(candidate);
        link.id = candidate;
    }
}
} // namespace

AddElementsCommand::AddElementsCommand(Document* document, std::vector<model::Element> elements,
                                       std::vector<model::Link> links, QUndoCommand* parent)
    : DocumentCommand(document, parent) {
    // Appended: the indices are those of the project as it is now, which is the state every
    // later redo() finds again.
    const model::Project& project = document->project();
    for (model::Element& element : elements)
        elements_.push_back({project.elements.size() + elements_.size(), std::move(element)});
    nameLinks(*document, links);
    for (model::Link& link : links)
        links_.push_back({project.links.size() + links_.size(), std::move(link)});
    if (elements_.size() == 1)
        setText(QObject::tr("Add %1").arg(QString::fromStdString(elements_.front().element.kind)));
    else
        setText(QObject::tr("Add %1 elements").arg(elements_.size()));
}

void AddElementsCommand::redo() {
    document()->insertElements(key(), elements_);
    document()->insertLinks(key(), links_);
}

void AddElementsCommand::undo() {
    QStringList keys;
    for (const Document::IndexedLink& l : links_)
        keys.append(QString::fromStdString(*l.link.id));
    document()->takeLinks(key(), keys);
    std::vector<std::string> ids;
    for (const Document::IndexedElement& e : elements_)
        ids.push_back(e.element.id);
    document()->takeElements(key(), ids);
}

} // namespace iiot::ui
