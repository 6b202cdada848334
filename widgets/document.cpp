#include "document.h"

#include "element_rename.h"
#include "model/project_io.h"

#include <QFileInfo>

#include <algorithm>
#include <exception>
#include <unordered_set>

namespace iiot::ui {

namespace {

// Merges `items` (ascending by index) into `list` so that each lands at its recorded index. One
// pass, so restoring thousands of elements costs no more than restoring one.
template <typename T, typename Indexed, typename Member>
void insertAt(std::vector<T>& list, std::vector<Indexed>& items, Member value) {
    std::sort(items.begin(), items.end(),
              [](const Indexed& a, const Indexed& b) { return a.index < b.index; });
    std::vector<T> merged;
    merged.reserve(list.size() + items.size());
    std::size_t next = 0;
    for (Indexed& item : items) {
        while (merged.size() < item.index && next < list.size())
            merged.push_back(std::move(list[next++]));
        merged.push_back(std::move(item.*value));
    }
    while (next < list.size())
        merged.push_back(std::move(list[next++]));
    list = std::move(merged);
}

// Moves the entries at `indices` out of `list`, keeping the order of the rest; ascending order.
template <typename T, typename Indexed, typename Member>
std::vector<Indexed> takeAt(std::vector<T>& list, std::vector<std::size_t> indices, Member value) {
    std::sort(indices.begin(), indices.end());
    indices.erase(std::unique(indices.begin(), indices.end()), indices.end());
    std::vector<Indexed> taken;
    taken.reserve(indices.size());
    std::vector<T> kept;
    kept.reserve(list.size() - indices.size());
    auto doomed = indices.begin();
    for (std::size_t i = 0; i < list.size(); ++i) {
        if (doomed != indices.end() && *doomed == i) {
            Indexed item;
            item.index = i;
            item.*value = std::move(list[i]);
            taken.push_back(std::move(item));
            ++doomed;
        } else {
            kept.push_back(std::move(list[i]));
        }
    }
    list = std::move(kept);
    return taken;
}

} // namespace

Document::Document(QObject* parent) : QObject(parent) {
    // Must be set while the stack is empty; Qt ignores it afterwards.
    undoStack_.setUndoLimit(kUndoLimit);
    connect(&undoStack_, &QUndoStack::cleanChanged, this, [this](bool clean) { emit dirtyChanged(!clean); });
}

Document::~Document() {
    // The stack is destroyed before the QObject part of this document; it must not reach
    // listeners through a half-destroyed document.
    undoStack_.disconnect(this);
}

bool Document::load(const QString& path) {
    model::LoadResult result;
    try {
        result = model::loadProject(path.toStdString());
    } catch (const std::exception& e) {
        // The loader reports bad input as diagnostics; anything thrown is a defect, and a
        // defect must not take the window (and the user's other work) down with it.
        model::Diagnostic problem;
        problem.file = path.toStdString();
        problem.message = std::string("internal error while loading: ") + e.what();
        problem.hint = "please report this file to the developers";
        result = model::LoadResult{};
        result.diagnostics.push_back(std::move(problem));
    }
    const bool ok = result.ok();
    const bool has = result.project.has_value();
    adopt(has ? std::move(*result.project) : model::Project{}, has, path, std::move(result.diagnostics));
    return ok;
}

void Document::reset(model::Project project, const QString& path, model::Diagnostics diagnostics) {
    adopt(std::move(project), true, path, std::move(diagnostics));
}

void Document::adopt(model::Project project, bool hasProject, const QString& path,
                     model::Diagnostics diagnostics) {
    project_ = std::move(project);
    hasProject_ = hasProject;
    filePath_ = path;
    diagnostics_ = std::move(diagnostics);
    forgetIndexes();
    // The old commands refer to the old project; clearing also makes the stack clean.
    undoStack_.clear();
    emit projectReset();
}

const model::TypeLibrary& Document::types() const {
    return model::TypeLibrary::builtin();
}

QString Document::displayName() const {
    if (hasProject_ && !project_.name.empty())
        return QString::fromStdString(project_.name);
    if (!filePath_.isEmpty())
        return QFileInfo(filePath_).fileName();
    return tr("Untitled");
}

QString Document::linkKey(const model::Link& link, std::size_t index) {
    return link.id ? QString::fromStdString(*link.id) : QStringLiteral("#%1").arg(index + 1);
}

void Document::forgetIndexes() {
    elementIndex_.reset();
    linkIndex_.reset();
}

const std::unordered_map<std::string, std::size_t>& Document::elementIndexes() const {
    if (!elementIndex_) {
        elementIndex_.emplace();
        elementIndex_->reserve(project_.elements.size());
        for (std::size_t i = 0; i < project_.elements.size(); ++i)
            elementIndex_->emplace(project_.elements[i].id, i); // the first of duplicates, as findElement
    }
    return *elementIndex_;
}

const std::unordered_map<std::string, std::size_t>& Document::linkIndexes() const {
    if (!linkIndex_) {
        linkIndex_.emplace();
        linkIndex_->reserve(project_.links.size());
        for (std::size_t i = 0; i < project_.links.size(); ++i)
            if (project_.links[i].id)
                linkIndex_->emplace(*project_.links[i].id, i);
    }
    return *linkIndex_;
}

int Document::elementIndex(const std::string& id) const {
    const auto& indexes = elementIndexes();
    auto found = indexes.find(id);
    return found == indexes.end() ? -1 : static_cast<int>(found->second);
}

const model::Element* Document::element(const std::string& id) const {
    const int i = elementIndex(id);
    return i < 0 ? nullptr : &project_.elements[static_cast<std::size_t>(i)];
}

int Document::linkIndex(const QString& key) const {
    if (key.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const long long n = key.mid(1).toLongLong(&ok);
        if (!ok || n < 1 || n > static_cast<long long>(project_.links.size()))
            return -1;
        const auto i = static_cast<std::size_t>(n - 1);
        return project_.links[i].id ? -1 : static_cast<int>(i); // "#N" names only a link without id
    }
    const auto& indexes = linkIndexes();
    auto found = indexes.find(key.toStdString());
    return found == indexes.end() ? -1 : static_cast<int>(found->second);
}

const model::Link* Document::link(const QString& key) const {
    const int i = linkIndex(key);
    return i < 0 ? nullptr : &project_.links[static_cast<std::size_t>(i)];
}

std::string Document::freshElementId(const std::string& prefix) const {
    const auto& indexes = elementIndexes();
    for (long long n = 1;; ++n) {
        std::string candidate = prefix + std::to_string(n);
        if (!indexes.contains(candidate))
            return candidate;
    }
}

std::string Document::freshLinkId() const {
    const auto& indexes = linkIndexes();
    for (long long n = 1;; ++n) {
        std::string candidate = "l" + std::to_string(n); // as Project::ensureLinkIds names them
        if (!indexes.contains(candidate))
            return candidate;
    }
}

void Document::insertElements(EditKey, std::vector<IndexedElement> elements) {
    if (elements.empty())
        return;
    QStringList ids;
    ids.reserve(static_cast<qsizetype>(elements.size()));
    for (const IndexedElement& e : elements)
        ids.append(QString::fromStdString(e.element.id));
    insertAt(project_.elements, elements, &IndexedElement::element);
    forgetIndexes();
    emit elementsAdded(ids);
}

std::vector<Document::IndexedElement> Document::takeElements(EditKey, const std::vector<std::string>& ids) {
    std::vector<std::size_t> indices;
    indices.reserve(ids.size());
    const std::unordered_set<std::string> wanted(ids.begin(), ids.end());
    // Every element with a wanted id goes, duplicates included: they share one item in the views.
    for (std::size_t i = 0; i < project_.elements.size(); ++i)
        if (wanted.contains(project_.elements[i].id))
            indices.push_back(i);
    if (indices.empty())
        return {};
    auto taken = takeAt<model::Element, IndexedElement>(project_.elements, indices, &IndexedElement::element);
    forgetIndexes();
    QStringList removed;
    std::unordered_set<std::string> seen;
    for (const IndexedElement& e : taken)
        if (seen.insert(e.element.id).second)
            removed.append(QString::fromStdString(e.element.id));
    emit elementsRemoved(removed);
    return taken;
}

void Document::replaceElements(EditKey, const std::vector<model::Element>& elements) {
    QStringList ids;
    for (const model::Element& element : elements) {
        const int i = elementIndex(element.id);
        if (i < 0)
            continue;
        project_.elements[static_cast<std::size_t>(i)] = element;
        ids.append(QString::fromStdString(element.id));
    }
    if (!ids.isEmpty())
        emit elementsChanged(ids);
}

void Document::setPositions(EditKey, const std::vector<PositionChange>& changes) {
    QStringList ids;
    ids.reserve(static_cast<qsizetype>(changes.size()));
    for (const PositionChange& change : changes) {
        const int i = elementIndex(change.id);
        if (i < 0)
            continue;
        project_.elements[static_cast<std::size_t>(i)].position = change.position;
        ids.append(QString::fromStdString(change.id));
    }
    if (!ids.isEmpty())
        emit elementsMoved(ids);
}

void Document::insertLinks(EditKey, std::vector<IndexedLink> links) {
    if (links.empty())
        return;
    insertAt(project_.links, links, &IndexedLink::link);
    forgetIndexes();
    // Keys are taken after the insertion: for links without id they depend on the position.
    QStringList keys;
    for (const IndexedLink& l : links)
        keys.append(linkKey(project_.links[l.index], l.index));
    emit linksAdded(keys);
}

std::vector<Document::IndexedLink> Document::takeLinks(EditKey, const QStringList& keys) {
    std::vector<std::size_t> indices;
    QStringList removed;
    std::unordered_set<int> seen;
    for (const QString& key : keys) {
        const int i = linkIndex(key);
        if (i >= 0 && seen.insert(i).second) {
            indices.push_back(static_cast<std::size_t>(i));
            removed.append(key);
        }
    }
    if (indices.empty())
        return {};
    auto taken = takeAt<model::Link, IndexedLink>(project_.links, indices, &IndexedLink::link);
    forgetIndexes();
    emit linksRemoved(removed);
    return taken;
}

void Document::renameElement(EditKey, const std::string& from, const std::string& to) {
    if (elementIndex(from) < 0 || from == to)
        return;
    const std::vector<std::size_t> renamed = renameElementIn(project_, from, to);
    forgetIndexes();
    QStringList keys;
    for (std::size_t i : renamed)
        keys.append(linkKey(project_.links[i], i));
    emit elementsRemoved({QString::fromStdString(from)});
    emit elementsAdded({QString::fromStdString(to)});
    if (!keys.isEmpty())
        emit linksChanged(keys);
}

void Document::replaceLink(EditKey, const QString& key, const model::Link& link) {
    const int i = linkIndex(key);
    if (i < 0)
        return;
    project_.links[static_cast<std::size_t>(i)] = link;
    forgetIndexes();
    emit linksChanged({key});
}

const model::Zone* Document::zone(const std::string& id) const {
    for (const model::Zone& z : project_.zones)
        if (z.id == id)
            return &z;
    return nullptr;
}

void Document::insertZone(EditKey, IndexedZone zone) {
    auto& zones = project_.zones;
    const auto at = static_cast<std::ptrdiff_t>(std::min(zone.index, zones.size()));
    const QString id = QString::fromStdString(zone.zone.id);
    zones.insert(zones.begin() + at, std::move(zone.zone));
    emit zonesChanged({id});
}

std::optional<Document::IndexedZone> Document::takeZone(EditKey, const std::string& id) {
    auto& zones = project_.zones;
    auto found = std::find_if(zones.begin(), zones.end(), [&](const model::Zone& z) { return z.id == id; });
    if (found == zones.end())
        return std::nullopt;
    IndexedZone taken{static_cast<std::size_t>(found - zones.begin()), std::move(*found)};
    zones.erase(found);
    emit zonesChanged({QString::fromStdString(id)});
    return taken;
}

void Document::replaceZone(EditKey, const model::Zone& zone) {
    for (model::Zone& z : project_.zones) {
        if (z.id == zone.id) {
            z = zone;
            emit zonesChanged({QString::fromStdString(zone.id)});
            return;
        }
    }
}

void Document::insertResult(EditKey, std::size_t index, model::StoredResult result) {
    auto& results = project_.results;
    const auto at = static_cast<std::ptrdiff_t>(std::min(index, results.size()));
    results.insert(results.begin() + at, std::move(result));
    emit resultsChanged();
}

std::optional<std::pair<std::size_t, model::StoredResult>> Document::takeResult(EditKey, long long id) {
    auto& results = project_.results;
    auto found = std::find_if(results.begin(), results.end(),
                              [&](const model::StoredResult& r) { return r.id == id; });
    if (found == results.end())
        return std::nullopt;
    std::pair<std::size_t, model::StoredResult> taken{static_cast<std::size_t>(found - results.begin()),
                                                      std::move(*found)};
    results.erase(found);
    emit resultsChanged();
    return taken;
}

const model::StoredResult* Document::result(long long id) const {
    for (const model::StoredResult& r : project_.results)
        if (r.id == id)
            return &r;
    return nullptr;
}

long long Document::freshResultId() const {
    long long largest = 0;
    for (const model::StoredResult& r : project_.results)
        largest = std::max(largest, r.id);
    return largest + 1;
}

} // namespace iiot::ui
