#include "problem_markers.h"

#include "document.h"
#include "element_item.h"
#include "link_item.h"
#include "topology_scene.h"

namespace iiot::ui {

namespace {

using Markers = QHash<QString, ProblemMarker>;

void add(Markers& markers, const QString& key, const Problem& problem) {
    ProblemMarker& m = markers[key];
    const auto level = problem.severity == model::Severity::Error ? ProblemMarker::Level::Error
                                                                  : ProblemMarker::Level::Warning;
    if (level > m.level)
        m.level = level;
    if (!m.messages.isEmpty())
        m.messages += QLatin1Char('\n');
    m.messages +=
        (level == ProblemMarker::Level::Error ? QStringLiteral("Error: ") : QStringLiteral("Warning: ")) +
        problem.message;
}

// Calls apply(key, marker) for every key whose marker differs between `before` and `after`.
template <typename Apply> int applyChanges(const Markers& before, const Markers& after, Apply apply) {
    int touched = 0;
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        if (!after.contains(it.key())) {
            apply(it.key(), ProblemMarker{});
            ++touched;
        }
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const auto old = before.constFind(it.key());
        if (old == before.cend() || !(*old == *it)) {
            apply(it.key(), *it);
            ++touched;
        }
    }
    return touched;
}

} // namespace

ProblemMarkers::ProblemMarkers(Document* document, TopologyScene* scene, QObject* parent)
    : QObject(parent), document_(document), scene_(scene) {
    // A new project's items are fresh and carry no badge; its analysis brings the new ones.
    connect(document_, &Document::projectReset, this, [this] {
        elements_.clear();
        links_.clear();
    });
    connect(document_, &Document::elementsAdded, this, &ProblemMarkers::applyToElements);
    connect(document_, &Document::linksAdded, this, &ProblemMarkers::applyToLinks);
    // Adding or removing an element can re-key or re-create link items.
    connect(document_, &Document::elementsAdded, this, [this] { applyToLinks(links_.keys()); });
    connect(document_, &Document::linksRemoved, this, [this] { applyToLinks(links_.keys()); });
}

void ProblemMarkers::setProblems(const Problems& problems) {
    Markers elements, links;
    for (const Problem& p : problems) {
        if (p.severity == model::Severity::Info)
            continue;
        for (const QString& id : p.elements)
            add(elements, id, p);
        for (const QString& key : p.links)
            add(links, key, p);
    }
    lastTouched_ = applyChanges(elements_, elements, [this](const QString& id, const ProblemMarker& m) {
        if (ElementItem* item = scene_->elementItem(id))
            item->setProblemMarker(m);
    });
    lastTouched_ += applyChanges(links_, links, [this](const QString& key, const ProblemMarker& m) {
        if (LinkItem* item = scene_->linkItem(key))
            item->setProblemMarker(m);
    });
    elements_ = std::move(elements);
    links_ = std::move(links);
}

void ProblemMarkers::applyToElements(const QStringList& ids) {
    for (const QString& id : ids)
        if (ElementItem* item = scene_->elementItem(id))
            item->setProblemMarker(elements_.value(id));
}

void ProblemMarkers::applyToLinks(const QStringList& keys) {
    for (const QString& key : keys)
        if (LinkItem* item = scene_->linkItem(key))
            item->setProblemMarker(links_.value(key));
}

} // namespace iiot::ui
