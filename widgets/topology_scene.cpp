#include "topology_scene.h"

#include "document.h"
#include "element_item.h"
#include "layer_band_item.h"
#include "layer_style.h"
#include "link_item.h"
#include "topology_layout.h"
#include "zone_item.h"

#include <QGraphicsSimpleTextItem>

#include <map>
#include <utility>

namespace iiot::ui {

namespace {
constexpr qreal kParallelSpacing = 7; // between links that join the same two elements
constexpr qreal kContentMargin = 24;  // between the content and the bands' right edge
constexpr qreal kSceneMargin = 40;
constexpr qreal kZoneCaptionZ = -0.5; // above every zone container, below links and elements
} // namespace

TopologyScene::TopologyScene(Document* document, QObject* parent)
    : QGraphicsScene(parent), document_(document) {
    // Items do not move while viewing, so the BSP index answers paint and hit queries fastest.
    setItemIndexMethod(BspTreeIndex);
    connect(document_, &Document::projectReset, this, &TopologyScene::rebuild);
    rebuild();
}

LayerBandItem* TopologyScene::bandItem(model::ElementLayer layer) const {
    return bands_[static_cast<std::size_t>(layer)];
}

QRectF TopologyScene::bandRect(model::ElementLayer layer) const {
    const LayerBandItem* band = bandItem(layer);
    return band ? band->rect() : QRectF();
}

QString TopologyScene::linkKey(const model::Link& link, int index) {
    return link.id ? QString::fromStdString(*link.id) : QStringLiteral("#%1").arg(index + 1);
}

bool TopologyScene::selectElement(const QString& id) {
    ElementItem* item = elements_.value(id);
    if (!item)
        return false;
    clearSelection();
    item->setSelected(true);
    return true;
}

void TopologyScene::rebuild() {
    clearSelection();
    clear(); // deletes every item; the lookups below must forget them too
    elements_.clear();
    links_.clear();
    zones_.clear();
    const TopologyLayout::Result layout = TopologyLayout::compute(document_->project(), document_->types());
    for (model::ElementLayer layer : LayerStyle::kTopToBottom) {
        auto* band = new LayerBandItem(layer);
        const TopologyLayout::Band& extent = layout.band(layer);
        band->setRect(QRectF(0, extent.top, 0, extent.bottom - extent.top));
        addItem(band);
        bands_[static_cast<std::size_t>(layer)] = band;
    }
    addElements(layout.centres);
    addZones();
    addLinks();
    fitBands();
}

void TopologyScene::addElements(const std::unordered_map<std::string, QPointF>& centres) {
    for (const model::Element& element : document_->project().elements) {
        auto* item = new ElementItem(element, document_->types());
        auto centre = centres.find(element.id);
        item->setPos(centre != centres.end() ? centre->second : QPointF());
        addItem(item);
        elements_.insert(item->elementId(), item);
    }
}

void TopologyScene::addZones() {
    std::unordered_map<std::string, QRectF> members;
    for (const model::Element& element : document_->project().elements) {
        ElementItem* item = elements_.value(QString::fromStdString(element.id));
        if (!element.zone || !item)
            continue;
        const QRectF area = ElementItem::footprint().translated(item->pos());
        QRectF& united = members[*element.zone];
        united = united.isNull() ? area : united.united(area);
    }
    for (const model::Zone& zone : document_->project().zones) {
        auto found = members.find(zone.id);
        if (found == members.end())
            continue; // an empty zone has no place on the canvas yet
        auto* item = new ZoneItem(zone, document_->types());
        item->fitTo(found->second);
        addItem(item);
        zones_.insert(item->zoneId(), item);
        auto* caption = addSimpleText(ZoneItem::caption(zone, document_->types()), ZoneItem::captionFont());
        caption->setBrush(item->captionColour());
        caption->setPos(item->captionPos(caption->boundingRect().height()));
        caption->setZValue(kZoneCaptionZ);
        caption->setAcceptedMouseButtons(Qt::NoButton);
    }
}

void TopologyScene::addLinks() {
    const auto& links = document_->project().links;
    // Links joining the same two elements (redundant paths) are spread apart to stay visible.
    std::map<std::pair<std::string, std::string>, std::vector<LinkItem*>> parallel;
    for (int i = 0; i < static_cast<int>(links.size()); ++i) {
        const model::Link& link = links[static_cast<std::size_t>(i)];
        ElementItem* from = elements_.value(QString::fromStdString(link.from));
        ElementItem* to = elements_.value(QString::fromStdString(link.to));
        if (!from || !to || from == to)
            continue; // a dangling or self link is listed as a problem, not drawn
        auto* item = new LinkItem(link, linkKey(link, i), from, to, document_->types());
        addItem(item);
        links_.insert(item->linkId(), item);
        parallel[std::minmax(link.from, link.to)].push_back(item);
    }
    for (auto& [ends, items] : parallel) {
        if (items.size() < 2)
            continue;
        for (std::size_t i = 0; i < items.size(); ++i) {
            qreal offset =
                (static_cast<qreal>(i) - static_cast<qreal>(items.size() - 1) / 2) * kParallelSpacing;
            // The normal of a reversed link points the other way.
            if (items[i]->fromItem()->elementId().toStdString() != ends.first)
                offset = -offset;
            items[i]->setParallelOffset(offset);
        }
    }
}

void TopologyScene::fitBands() {
    QRectF content;
    for (const ElementItem* item : std::as_const(elements_))
        content = content.united(ElementItem::footprint().translated(item->pos()));
    for (const ZoneItem* item : std::as_const(zones_))
        content = content.united(item->rect());
    if (content.isNull())
        content = QRectF(0, 0, 600, 0);
    const qreal left = content.left() - kContentMargin - LayerBandItem::kGutter;
    const qreal width = content.right() + kContentMargin - left;
    QRectF all;
    for (LayerBandItem* band : bands_) {
        const QRectF rect(left, band->rect().top(), width, band->rect().height());
        band->setRect(rect);
        all = all.united(rect);
    }
    setSceneRect(all.adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin));
}

} // namespace iiot::ui
