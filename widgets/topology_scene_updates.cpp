// TopologyScene: following the document's edit notifications item by item (no rebuild).

#include "topology_scene.h"

#include "document.h"
#include "element_item.h"
#include "link_item.h"

#include <QSet>

#include <functional>
#include <set>
#include <unordered_set>
#include <utility>

namespace iiot::ui {

namespace {
using EndPair = std::pair<ElementItem*, ElementItem*>;
EndPair ends(const LinkItem* item) {
    ElementItem* a = item->fromItem();
    ElementItem* b = item->toItem();
    return std::less<>()(a, b) ? EndPair(a, b) : EndPair(b, a);
}
bool hasUnnamedKey(const QStringList& keys) {
    for (const QString& key : keys)
        if (key.startsWith(QLatin1Char('#')))
            return true;
    return false;
}
} // namespace

void TopologyScene::elementsAdded(const QStringList& ids) {
    endDrag();
    std::unordered_set<std::string> added;
    for (const QString& id : ids) {
        const model::Element* element = document_->element(id);
        if (!element || elements_.contains(id))
            continue;
        addElementItem(*element, centreOf(*element));
        added.insert(element->id);
    }
    // Links already in the model that waited for these ends (e.g. undoing a removal of one end
    // whose links were restored later, or a dangling reference that now resolves).
    std::set<EndPair> pairs;
    const auto& links = document_->project().links;
    for (std::size_t i = 0; i < links.size(); ++i) {
        if (!added.contains(links[i].from) && !added.contains(links[i].to))
            continue;
        const QString key = Document::linkKey(links[i], i);
        if (!links_.contains(key))
            if (LinkItem* item = addLinkItem(links[i], key))
                pairs.insert(ends(item));
    }
    for (const EndPair& pair : pairs)
        spreadParallel(pair.first, pair.second);
    refitZones();
    fitBands();
}

void TopologyScene::elementsRemoved(const QStringList& ids) {
    endDrag();
    QList<ElementItem*> doomed;
    QSet<QGraphicsItem*> doomedItems;
    for (const QString& id : ids) {
        if (ElementItem* item = elements_.value(id)) {
            doomed.append(item);
            doomedItems.insert(item);
            for (auto it = attached_.constFind(item); it != attached_.cend() && it.key() == item; ++it)
                doomedItems.insert(it.value());
        }
    }
    clearSelectionIfAllIn(doomedItems);
    for (ElementItem* item : doomed) {
        // Normally the links went first (RemoveElementsCommand); these are ones that could not be
        // drawn as links but still hang on the item.
        const QList<LinkItem*> links = attached_.values(item);
        for (LinkItem* link : links)
            deleteLinkItem(link);
        elements_.remove(item->elementId());
        delete item;
    }
    refitZones();
    fitBands();
}

void TopologyScene::elementsChanged(const QStringList& ids) {
    endDrag();
    QList<ElementItem*> changed;
    for (const QString& id : ids) {
        const model::Element* element = document_->element(id);
        ElementItem* item = elements_.value(id);
        if (!element || !item)
            continue;
        item->refresh(*element, document_->types());
        item->setPos(centreOf(*element));
        changed.append(item);
    }
    updateAttachedLinks(changed);
    refitZones();
    fitBands();
}

void TopologyScene::elementsMoved(const QStringList& ids) {
    QList<ElementItem*> moved;
    moved.reserve(ids.size());
    for (const QString& id : ids) {
        const model::Element* element = document_->element(id);
        ElementItem* item = elements_.value(id);
        if (!element || !item)
            continue;
        item->setPos(centreOf(*element));
        moved.append(item);
    }
    updateAttachedLinks(moved);
    refitZones();
    fitBands();
}

void TopologyScene::updateAttachedLinks(const QList<ElementItem*>& moved) {
    if (moved.size() > elements_.size() / 4) {
        // Most of the canvas moved (select all): every link, without collecting them first.
        for (LinkItem* link : std::as_const(links_))
            link->updateGeometry();
        return;
    }
    QSet<LinkItem*> links;
    for (ElementItem* item : moved)
        for (auto it = attached_.constFind(item); it != attached_.cend() && it.key() == item; ++it)
            links.insert(it.value());
    for (LinkItem* link : std::as_const(links))
        link->updateGeometry();
}

void TopologyScene::linksAdded(const QStringList& keys) {
    if (unnamedLinks_ || hasUnnamedKey(keys)) {
        rebuildLinkItems();
        return;
    }
    std::set<EndPair> pairs;
    for (const QString& key : keys)
        if (const model::Link* link = document_->link(key))
            if (LinkItem* item = addLinkItem(*link, key))
                pairs.insert(ends(item));
    for (const EndPair& pair : pairs)
        spreadParallel(pair.first, pair.second);
}

void TopologyScene::linksRemoved(const QStringList& keys) {
    if (unnamedLinks_ || hasUnnamedKey(keys)) {
        QSet<QGraphicsItem*> doomed;
        for (const QString& key : keys)
            if (LinkItem* item = links_.value(key))
                doomed.insert(item);
        clearSelectionIfAllIn(doomed);
        rebuildLinkItems();
        return;
    }
    QSet<QGraphicsItem*> doomed;
    QList<LinkItem*> items;
    for (const QString& key : keys) {
        if (LinkItem* item = links_.value(key)) {
            doomed.insert(item);
            items.append(item);
        }
    }
    clearSelectionIfAllIn(doomed);
    std::set<EndPair> pairs;
    for (LinkItem* item : items) {
        pairs.insert(ends(item));
        deleteLinkItem(item);
    }
    for (const EndPair& pair : pairs)
        spreadParallel(pair.first, pair.second);
}

void TopologyScene::linksChanged(const QStringList& keys) {
    std::set<EndPair> pairs;
    for (const QString& key : keys) {
        const model::Link* link = document_->link(key);
        LinkItem* item = links_.value(key);
        const bool sameEnds = link && item && item->fromItem()->elementId().toStdString() == link->from &&
                              item->toItem()->elementId().toStdString() == link->to;
        if (sameEnds) {
            item->refresh(*link, document_->types());
            continue;
        }
        // Reconnected (or newly drawable): a new item between the new ends.
        if (item) {
            pairs.insert(ends(item));
            deleteLinkItem(item);
        }
        if (link)
            if (LinkItem* created = addLinkItem(*link, key))
                pairs.insert(ends(created));
    }
    for (const EndPair& pair : pairs)
        spreadParallel(pair.first, pair.second);
}

void TopologyScene::clearSelectionIfAllIn(const QSet<QGraphicsItem*>& doomed) {
    // Deleting a selected item announces a selection change per item; with thousands of items
    // and listeners that read the whole selection that is quadratic. One clear announces once.
    const QList<QGraphicsItem*> selected = selectedItems();
    if (selected.isEmpty())
        return;
    for (QGraphicsItem* item : selected)
        if (!doomed.contains(item))
            return;
    clearSelection();
}

} // namespace iiot::ui
