#include "topology_scene.h"

#include "document.h"
#include "element_item.h"
#include "layer_band_item.h"
#include "layer_style.h"
#include "link_item.h"
#include "topology_layout.h"
#include "zone_item.h"

#include <QGraphicsSimpleTextItem>
#include <QSet>

#include <algorithm>
#include <map>
#include <optional>
#include <utility>

namespace iiot::ui {

namespace {
constexpr qreal kParallelSpacing = 7; // between links that join the same two elements
constexpr qreal kContentMargin = 24;  // between the content and the bands' right edge
constexpr qreal kSceneMargin = 40;
constexpr qreal kZoneCaptionZ = -0.5; // above every zone container, below links and elements

// Offsets for links that join the same two elements, given in the project's order.
void spread(const std::vector<LinkItem*>& items) {
    if (items.empty())
        return;
    const QString first =
        std::min(items.front()->fromItem()->elementId(), items.front()->toItem()->elementId());
    for (std::size_t i = 0; i < items.size(); ++i) {
        qreal offset = (static_cast<qreal>(i) - static_cast<qreal>(items.size() - 1) / 2) * kParallelSpacing;
        // The normal of a reversed link points the other way.
        if (items[i]->fromItem()->elementId() != first)
            offset = -offset;
        items[i]->setParallelOffset(offset);
    }
}
} // namespace

TopologyScene::TopologyScene(Document* document, QObject* parent)
    : QGraphicsScene(parent), document_(document) {
    connect(document_, &Document::projectReset, this, &TopologyScene::rebuild);
    // Each notification updates just the items it names; large ones without the index.
    using Handler = void (TopologyScene::*)(const QStringList&);
    auto follow = [this](void (Document::*signal)(const QStringList&), Handler handler) {
        connect(document_, signal, this, [this, handler](const QStringList& ids) {
            bulk(ids.size(), [&] { (this->*handler)(ids); });
        });
    };
    follow(&Document::elementsAdded, &TopologyScene::elementsAdded);
    follow(&Document::elementsRemoved, &TopologyScene::elementsRemoved);
    follow(&Document::elementsChanged, &TopologyScene::elementsChanged);
    follow(&Document::elementsMoved, &TopologyScene::elementsMoved);
    follow(&Document::linksAdded, &TopologyScene::linksAdded);
    follow(&Document::linksRemoved, &TopologyScene::linksRemoved);
    follow(&Document::linksChanged, &TopologyScene::linksChanged);
    follow(&Document::zonesChanged, &TopologyScene::zonesChanged);
    rebuild();
}

TopologyScene::~TopologyScene() {
    // Listeners (actions, inspector) may already be gone, and each removed selected item would
    // otherwise notify them once: nobody needs to hear about a scene that is going away.
    blockSignals(true);
    clear();
}

LayerBandItem* TopologyScene::bandItem(model::ElementLayer layer) const {
    return bands_[static_cast<std::size_t>(layer)];
}

QRectF TopologyScene::bandRect(model::ElementLayer layer) const {
    const LayerBandItem* band = bandItem(layer);
    return band ? band->rect() : QRectF();
}

QString TopologyScene::linkKey(const model::Link& link, int index) {
    return Document::linkKey(link, static_cast<std::size_t>(index));
}

void TopologyScene::rebuild() {
    endDrag();
    clearSelection();
    clear(); // deletes every item; the lookups below must forget them too
    // See kIndexLimit: large canvases go without the BSP index, so that moving them stays quick.
    const bool large = static_cast<qsizetype>(document_->project().elements.size()) > kIndexLimit;
    setItemIndexMethod(large ? NoIndex : BspTreeIndex);
    elements_.clear();
    links_.clear();
    zones_.clear();
    zoneCaptions_.clear();
    attached_.clear();
    const model::Project& project = document_->project();
    TopologyLayout::Result layout = TopologyLayout::compute(project, document_->types());
    for (model::ElementLayer layer : LayerStyle::kTopToBottom) {
        auto* band = new LayerBandItem(layer);
        const TopologyLayout::Band& extent = layout.band(layer);
        band->setRect(QRectF(0, extent.top, 0, extent.bottom - extent.top));
        band->setViewState(isLayerHidden(layer), isLayerLocked(layer), gridVisible_);
        addItem(band);
        bands_[static_cast<std::size_t>(layer)] = band;
    }
    autoCentres_ = std::move(layout.centres);
    // A duplicate id is listed as a problem; only the first element with it gets an item.
    for (const model::Element& element : project.elements)
        if (!elements_.contains(QString::fromStdString(element.id)))
            addElementItem(element, centreOf(element));
    rebuildLinkItems();
    refitZones();
    fitBands();
}

QPointF TopologyScene::centreOf(const model::Element& element) {
    if (element.position)
        return {element.position->x, element.position->y};
    auto found = autoCentres_.find(element.id);
    if (found != autoCentres_.end())
        return found->second;
    // Added without a position: right of everything on the canvas, in the first row of its
    // layer's band, so it covers nothing. Re-running the automatic layout instead would put it
    // on top of elements that were laid out for the project as it was. Remembered, so that redo
    // puts it there again.
    const QRectF footprint = ElementItem::footprint();
    qreal right = bandRect(model::ElementLayer::Device).left() + LayerBandItem::kGutter;
    for (const ElementItem* item : std::as_const(elements_))
        right = std::max(right, item->pos().x() + footprint.right());
    const QRectF band = bandRect(LayerStyle::layerOf(element.kind, document_->types()));
    const QPointF spot(right + TopologyLayout::kColumnGap - footprint.left(),
                       band.top() + TopologyLayout::kBandPadding + ZoneItem::kPadding + ZoneItem::kHeader -
                           footprint.top());
    autoCentres_.emplace(element.id, spot);
    return spot;
}

ElementItem* TopologyScene::addElementItem(const model::Element& element, QPointF centre) {
    auto* item = new ElementItem(element, document_->types());
    item->setPos(centre);
    applyLayerState(item);
    addItem(item);
    elements_.insert(item->elementId(), item);
    return item;
}

LinkItem* TopologyScene::addLinkItem(const model::Link& link, const QString& key) {
    ElementItem* from = elements_.value(QString::fromStdString(link.from));
    ElementItem* to = elements_.value(QString::fromStdString(link.to));
    if (!from || !to || from == to)
        return nullptr; // a dangling or self link is listed as a problem, not drawn
    if (LinkItem* old = links_.value(key))
        deleteLinkItem(old);
    auto* item = new LinkItem(link, key, from, to, document_->types());
    applyLayerState(item);
    addItem(item);
    links_.insert(key, item);
    attached_.insert(from, item);
    attached_.insert(to, item);
    return item;
}

void TopologyScene::deleteLinkItem(LinkItem* item) {
    if (links_.value(item->linkId()) == item)
        links_.remove(item->linkId());
    attached_.remove(item->fromItem(), item);
    attached_.remove(item->toItem(), item);
    delete item;
}

void TopologyScene::rebuildLinkItems() {
    const QList<LinkItem*> old = links_.values();
    for (LinkItem* item : old)
        deleteLinkItem(item);
    const auto& links = document_->project().links;
    unnamedLinks_ = false;
    for (std::size_t i = 0; i < links.size(); ++i) {
        unnamedLinks_ = unnamedLinks_ || !links[i].id;
        addLinkItem(links[i], Document::linkKey(links[i], i));
    }
    spreadAllParallel();
}

void TopologyScene::spreadAllParallel() {
    // Links joining the same two elements (redundant paths) are spread apart to stay visible.
    std::map<std::pair<QString, QString>, std::vector<LinkItem*>> parallel;
    const auto& links = document_->project().links;
    for (std::size_t i = 0; i < links.size(); ++i)
        if (LinkItem* item = links_.value(Document::linkKey(links[i], i)))
            parallel[std::minmax(item->fromItem()->elementId(), item->toItem()->elementId())].push_back(item);
    for (const auto& [ends, items] : parallel)
        if (items.size() > 1)
            spread(items);
}

void TopologyScene::spreadParallel(ElementItem* a, ElementItem* b) {
    std::vector<std::pair<int, LinkItem*>> between;
    for (auto it = attached_.constFind(a); it != attached_.cend() && it.key() == a; ++it) {
        LinkItem* link = it.value();
        if ((link->fromItem() == a && link->toItem() == b) || (link->fromItem() == b && link->toItem() == a))
            between.emplace_back(document_->linkIndex(link->linkId()), link);
    }
    std::sort(between.begin(), between.end());
    std::vector<LinkItem*> items;
    for (const auto& entry : between)
        items.push_back(entry.second);
    spread(items);
}

void TopologyScene::refitZones() {
    // One pass over the elements: cheap enough to run after every edit, even during a drag of
    // thousands, and it cannot miss a member that changed zone.
    QHash<QString, QRectF> members;
    const QRectF footprint = ElementItem::footprint();
    for (const ElementItem* item : std::as_const(elements_)) {
        if (item->zoneId().isEmpty() || !item->isVisible()) // a hidden layer's members take no room
            continue;
        QRectF& united = members[item->zoneId()];
        const QRectF area = footprint.translated(item->pos());
        united = united.isNull() ? area : united.united(area);
    }
    // Zones with members, shown or not; only looked for when a zone has no shown member.
    std::optional<QSet<QString>> named;
    auto hasMembers = [&](const QString& id) {
        if (!named) {
            named.emplace();
            for (const ElementItem* item : std::as_const(elements_))
                if (!item->zoneId().isEmpty())
                    named->insert(item->zoneId());
        }
        return named->contains(id);
    };
    for (const model::Zone& zone : document_->project().zones) {
        const QString id = QString::fromStdString(zone.id);
        auto found = members.constFind(id);
        ZoneItem* item = zones_.value(id);
        // A zone whose members are all in hidden layers is hidden with them; one without any
        // member is drawn on its own (topology_scene_zones.cpp).
        if (found == members.cend() && hasMembers(id)) {
            delete zones_.take(id);
            delete zoneCaptions_.take(id);
            continue;
        }
        if (!item) {
            item = new ZoneItem(zone, document_->types());
            addItem(item);
            zones_.insert(id, item);
            auto* caption =
                addSimpleText(ZoneItem::caption(zone, document_->types()), ZoneItem::captionFont());
            caption->setBrush(item->captionColour());
            caption->setZValue(kZoneCaptionZ);
            caption->setAcceptedMouseButtons(Qt::NoButton);
            zoneCaptions_.insert(id, caption);
        }
        if (found == members.cend())
            placeEmptyZone(zone, item);
        else
            item->fitTo(*found);
        QGraphicsSimpleTextItem* caption = zoneCaptions_.value(id);
        caption->setPos(item->captionPos(caption->boundingRect().height()));
    }
}

void TopologyScene::setOverlayRect(const QRectF& rect) {
    if (rect == overlayRect_)
        return;
    overlayRect_ = rect;
    fitBands();
}

void TopologyScene::fitBands() {
    QRectF content;
    const QRectF footprint = ElementItem::footprint();
    for (const ElementItem* item : std::as_const(elements_))
        content = content.united(footprint.translated(item->pos()));
    for (const ZoneItem* item : std::as_const(zones_))
        content = content.united(item->rect());
    if (content.isNull())
        content = QRectF(0, 0, 600, 0);
    const qreal left = content.left() - kContentMargin - LayerBandItem::kGutter;
    const qreal width = content.right() + kContentMargin - left;
    QRectF all;
    for (LayerBandItem* band : bands_) {
        const QRectF rect(left, band->rect().top(), width, band->rect().height());
        if (rect != band->rect())
            band->setRect(rect);
        all = all.united(rect);
    }
    if (!overlayRect_.isNull())
        all = all.united(overlayRect_);
    const QRectF scene = all.adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin);
    if (scene != sceneRect() && !drag_)
        setSceneRect(scene);
}

} // namespace iiot::ui
