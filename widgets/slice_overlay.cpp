#include "slice_overlay.h"

#include "document.h"
#include "element_item.h"
#include "layer_style.h"
#include "link_item.h"
#include "slice_badge_item.h"
#include "slice_legend_item.h"
#include "slice_palette.h"
#include "slice_path_item.h"
#include "slicing_result_data.h"
#include "topology_scene.h"

#include <QGraphicsObject>
#include <QHash>
#include <QPainter>

#include <algorithm>
#include <map>

namespace iiot::ui {

namespace {

constexpr qreal kPathZ = 0.5;    // above links, below element icons (they cover the walk's turns)
constexpr qreal kBadgeZ = 2;     // above element icons
constexpr qreal kBadgeGap = 2;   // between stacked badges
constexpr qreal kLegendGap = 16; // between the bands and the legend

// An empty parent item: it only groups the overlay's items at one stacking level.
class SliceLayerItem : public QGraphicsObject {
public:
    explicit SliceLayerItem(qreal z) {
        setZValue(z);
        setFlag(ItemHasNoContents);
    }
    int type() const override { return SliceLayerItemType; }
    QRectF boundingRect() const override { return {}; }
    void paint(QPainter*, const QStyleOptionGraphicsItem*, QWidget*) override {}
};

template <typename Item> QList<Item*> childrenOf(const QGraphicsObject* layer) {
    QList<Item*> out;
    if (!layer)
        return out;
    const QList<QGraphicsItem*> children = layer->childItems();
    for (QGraphicsItem* child : children)
        if (auto* item = qgraphicsitem_cast<Item*>(child))
            out << item;
    return out;
}

QPointF unitNormal(const QLineF& line) {
    if (line.length() <= 0)
        return {};
    const QLineF normal = line.normalVector().unitVector();
    return normal.p2() - normal.p1();
}

} // namespace

SliceOverlay::SliceOverlay(Document* document, TopologyScene* scene, QObject* parent)
    : QObject(parent), document_(document), scene_(scene) {
    // Connected after the scene's own handlers, so the items it refers to are up to date.
    connect(document_, &Document::projectReset, this, &SliceOverlay::clear);
    connect(document_, &Document::elementsRemoved, this, &SliceOverlay::clear);
    connect(document_, &Document::linksRemoved, this, &SliceOverlay::clear);
    connect(document_, &Document::elementsMoved, this, &SliceOverlay::layout);
    connect(document_, &Document::elementsChanged, this, &SliceOverlay::layout);
    connect(document_, &Document::linksChanged, this, &SliceOverlay::layout);
    connect(document_, &Document::linksAdded, this, &SliceOverlay::layout); // parallel links re-spread
    connect(scene_, &TopologyScene::viewStateChanged, this, &SliceOverlay::layout);
}

SliceOverlay::~SliceOverlay() {
    delete pathLayer_.data();
    delete badgeLayer_.data();
}

void SliceOverlay::show(const QJsonObject& result) {
    delete pathLayer_.data();
    delete badgeLayer_.data();
    highlighted_.clear();
    const SlicingResultData data = slicingResultFromJson(result);
    pathLayer_ = new SliceLayerItem(kPathZ);
    badgeLayer_ = new SliceLayerItem(kBadgeZ);
    scene_->addItem(pathLayer_);
    scene_->addItem(badgeLayer_);

    QVector<SliceLegendItem::Entry> entries;
    for (std::size_t k = 0; k < data.services.size(); ++k) {
        const SlicingServiceData& service = data.services[k];
        const QColor colour = sliceServiceColour(static_cast<int>(k));
        if (!service.admitted) {
            entries.push_back({QStringLiteral("%1 \u2014 rejected").arg(service.id), QColor()});
            continue;
        }
        entries.push_back({QStringLiteral("%1  (cost %2, %3 ms)")
                               .arg(service.id, QString::number(service.cost, 'g', 4),
                                    QString::number(service.delayMs, 'g', 4)),
                           colour});
        auto* path = new SlicePathItem(service.id, service.path, service.links, colour, pathLayer_);
        path->setToolTip(
            QStringLiteral("%1: %2").arg(service.id, service.path.join(QStringLiteral(" \u2192 "))));
        // One badge per host, naming its VNFs in chain order.
        const QStringList names =
            serviceChainNames(document_->project(), service.id, service.placement.size());
        QStringList hosts;
        QHash<QString, QStringList> onHost;
        for (qsizetype j = 0; j < service.placement.size(); ++j) {
            if (!onHost.contains(service.placement[j]))
                hosts << service.placement[j];
            onHost[service.placement[j]] << names[j];
        }
        for (const QString& host : std::as_const(hosts))
            new SliceBadgeItem(host, service.id, onHost.value(host), colour, badgeLayer_);
    }
    const QString title = data.method.isEmpty() ? tr("Network slicing")
                                                : tr("Network slicing \u2014 %1, %2 of %3 admitted")
                                                      .arg(data.method)
                                                      .arg(data.admittedCount())
                                                      .arg(data.services.size());
    new SliceLegendItem(title, entries, badgeLayer_);
    shown_ = true;
    layout();
}

void SliceOverlay::clear() {
    const bool wasShown = shown_;
    delete pathLayer_.data();
    delete badgeLayer_.data();
    shown_ = false;
    highlighted_.clear();
    scene_->setOverlayRect(QRectF());
    if (wasShown)
        emit cleared();
}

void SliceOverlay::highlightService(const QString& serviceId) {
    highlighted_ = serviceId;
    applyHighlight();
}

QList<SlicePathItem*> SliceOverlay::pathItems() const {
    return childrenOf<SlicePathItem>(pathLayer_);
}

QList<SliceBadgeItem*> SliceOverlay::badgeItems() const {
    return childrenOf<SliceBadgeItem>(badgeLayer_);
}

SliceLegendItem* SliceOverlay::legend() const {
    const auto legends = childrenOf<SliceLegendItem>(badgeLayer_);
    return legends.isEmpty() ? nullptr : legends.front();
}

void SliceOverlay::layout() {
    if (!shown_)
        return;
    if (!pathLayer_ || !badgeLayer_) { // the scene rebuilt under us
        clear();
        return;
    }
    layoutPaths();
    layoutBadges();
    layoutLegend();
    applyHighlight();
}

void SliceOverlay::layoutPaths() {
    const QList<SlicePathItem*> paths = pathItems();
    // Which services use each link (or element pair, for a hop without a link id), in the
    // result's order: a service's rank there decides its side of the link.
    auto hopKey = [](const SlicePathItem* path, int hop) {
        const QStringList& links = path->linkIds();
        if (hop < links.size() && !links[hop].isEmpty())
            return links[hop];
        const QString& a = path->elementIds()[hop];
        const QString& b = path->elementIds()[hop + 1];
        return QStringLiteral("%1\n%2").arg(std::min(a, b), std::max(a, b));
    };
    std::map<QString, QList<const SlicePathItem*>> users;
    for (const SlicePathItem* path : paths)
        for (int hop = 0; hop + 1 < path->elementIds().size(); ++hop) {
            auto& list = users[hopKey(path, hop)];
            if (!list.contains(path))
                list << path;
        }

    for (SlicePathItem* path : paths) {
        const QStringList& ids = path->elementIds();
        const QStringList& links = path->linkIds();
        QVector<QPointF> vertices;
        QVector<QLineF> hops;
        QVector<bool> shown;
        for (const QString& id : ids) {
            const ElementItem* item = scene_->elementItem(id);
            vertices << (item ? item->centre() : QPointF());
        }
        for (int hop = 0; hop + 1 < ids.size(); ++hop) {
            const ElementItem* from = scene_->elementItem(ids[hop]);
            const ElementItem* to = scene_->elementItem(ids[hop + 1]);
            if (!from || !to) {
                hops << QLineF();
                shown << false;
                continue;
            }
            // The link's own drawn line (parallel links are spread apart) and a normal that does
            // not depend on the direction of travel, so both directions share one side convention.
            QLineF canonical;
            const LinkItem* link = hop < links.size() ? scene_->linkItem(links[hop]) : nullptr;
            if (link && ((link->fromItem() == from && link->toItem() == to) ||
                         (link->fromItem() == to && link->toItem() == from)))
                canonical = link->line();
            else
                canonical = ids[hop] < ids[hop + 1] ? QLineF(from->centre(), to->centre())
                                                    : QLineF(to->centre(), from->centre());
            const auto& sharing = users[hopKey(path, hop)];
            const qreal rank = static_cast<qreal>(sharing.indexOf(path));
            const qreal offset = (rank - static_cast<qreal>(sharing.size() - 1) / 2) * kSpacing;
            const QPointF shift = unitNormal(canonical) * offset;
            const bool forward = QLineF(canonical.p1(), from->centre()).length() <=
                                 QLineF(canonical.p2(), from->centre()).length();
            QLineF line = forward ? canonical : QLineF(canonical.p2(), canonical.p1());
            line.translate(shift);
            hops << line;
            shown << (from->isVisible() && to->isVisible());
        }
        path->setGeometry(vertices, hops, shown);
    }
}

void SliceOverlay::layoutBadges() {
    QHash<QString, qreal> stacked; // per host: height taken by the badges placed so far
    for (SliceBadgeItem* badge : badgeItems()) {
        const ElementItem* host = scene_->elementItem(badge->hostId());
        if (!host) {
            badge->setVisible(false);
            continue;
        }
        qreal& top = stacked[badge->hostId()];
        badge->setPos(host->centre() +
                      QPointF(ElementItem::kIconSize / 2 + 4, -ElementItem::kIconSize / 2 + top));
        top += badge->boundingRect().height() + kBadgeGap;
        badge->setVisible(host->isVisible());
    }
}

void SliceOverlay::layoutLegend() {
    SliceLegendItem* legend = this->legend();
    if (!legend)
        return;
    const QRectF top = scene_->bandRect(LayerStyle::kTopToBottom.front());
    legend->setPos(top.right() + kLegendGap, top.top());
    scene_->setOverlayRect(legend->sceneBoundingRect());
}

void SliceOverlay::applyHighlight() {
    const QList<SlicePathItem*> paths = pathItems();
    // A rejected service has no walk: choosing it dims nothing.
    const bool drawn = std::any_of(paths.begin(), paths.end(), [this](const SlicePathItem* path) {
        return path->serviceId() == highlighted_;
    });
    for (SlicePathItem* path : paths) {
        if (!drawn) {
            path->setEmphasis(SlicePathItem::Emphasis::Normal);
            path->setZValue(0);
        } else {
            const bool chosen = path->serviceId() == highlighted_;
            path->setEmphasis(chosen ? SlicePathItem::Emphasis::Highlighted
                                     : SlicePathItem::Emphasis::Dimmed);
            path->setZValue(chosen ? 1 : 0);
        }
    }
    for (SliceBadgeItem* badge : badgeItems())
        badge->setDimmed(drawn && badge->serviceId() != highlighted_);
}

} // namespace iiot::ui
