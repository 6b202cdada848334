// The canvas of a document: layer bands, zone containers, element and link items. It is a view
// of the document's model (DESIGN.md section 2): it builds items from the model, rebuilds when the
// document says the project was replaced, and otherwise adds, removes and updates just the items
// an edit notification names. It holds no project data of its own.
//
// Dragging selected elements with the mouse does not move the items: it pushes a move command
// (one per drag, merged while the button is held), and the items follow the model.
#pragma once

#include "model/project.h"
#include "model/type_library.h"

#include <QGraphicsScene>
#include <QHash>
#include <QMultiHash>
#include <QPointF>
#include <QStringList>

#include <array>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

class QGraphicsSimpleTextItem;

namespace iiot::ui {

class Document;
class ElementItem;
class LayerBandItem;
class LinkItem;
class ZoneItem;

class TopologyScene : public QGraphicsScene {
    Q_OBJECT

public:
    static constexpr qreal kGridSize = 20; // the snap grid, in scene pixels
    // Qt's BSP index answers paint and hit queries fastest, but every moved item must be taken
    // out of it and put back: 100 ms for 10,000 moved elements, where the move itself costs 3 ms.
    // Above kIndexLimit elements the scene goes without it (a hit test then scans the items:
    // 6 ms at 10,000 elements, only on a click); below, a change of more than kBulkItems items
    // drops the index and rebuilds it afterwards, which is cheaper than updating it item by item.
    static constexpr qsizetype kIndexLimit = 2000;
    static constexpr qsizetype kBulkItems = 500;

    explicit TopologyScene(Document* document, QObject* parent = nullptr);
    // Tears the items down without a selectionChanged per selected item (quadratic at 10,000).
    ~TopologyScene() override;

    Document* document() const { return document_; }

    ElementItem* elementItem(const QString& id) const { return elements_.value(id); }
    LinkItem* linkItem(const QString& key) const { return links_.value(key); }
    ZoneItem* zoneItem(const QString& id) const { return zones_.value(id); }
    LayerBandItem* bandItem(model::ElementLayer layer) const;
    QRectF bandRect(model::ElementLayer layer) const;
    const QHash<QString, ElementItem*>& elementItems() const { return elements_; }
    const QHash<QString, LinkItem*>& linkItems() const { return links_; }

    // The key a link item is filed under: see Document::linkKey.
    static QString linkKey(const model::Link& link, int index);

    // Makes the element the only selected item; false when there is no such element.
    bool selectElement(const QString& id);
    // Selects every element and link with a single selectionChanged().
    void selectAllItems();
    QStringList selectedElementIds() const;
    QStringList selectedLinkKeys() const;
    QStringList selectedZoneIds() const;
    // Selects just these elements and the links among them, with a single selectionChanged().
    void selectElements(const QStringList& ids);

    // Layer view state (not part of the document, never undone): a hidden layer's elements and
    // the links touching them are not shown; a locked layer's elements cannot be selected, so
    // they are neither moved nor deleted (topology_scene_layers.cpp).
    void setLayerHidden(model::ElementLayer layer, bool hidden);
    bool isLayerHidden(model::ElementLayer layer) const { return hidden_[static_cast<std::size_t>(layer)]; }
    void setLayerLocked(model::ElementLayer layer, bool locked);
    bool isLayerLocked(model::ElementLayer layer) const { return locked_[static_cast<std::size_t>(layer)]; }
    // The grid drawn behind the content (the view draws it outside the bands).
    void setGridVisible(bool visible);
    bool gridVisible() const { return gridVisible_; }

    // Dragged elements land on a 20 px grid (the grabbed element's centre snaps; the others keep
    // their offsets to it).
    void setSnapToGrid(bool snap) { snapToGrid_ = snap; }
    bool snapToGrid() const { return snapToGrid_; }
    // Room for an overlay drawn beside the bands (the slicing legend): the scene rect includes it.
    // A null rect gives the room back.
    void setOverlayRect(const QRectF& rect);
    QRectF overlayRect() const { return overlayRect_; }
    bool isDragging() const { return drag_.has_value(); }

public slots:
    void rebuild();

signals:
    // A layer was hidden, shown, locked or unlocked, or the grid toggled.
    void viewStateChanged();
    // Something the user tried on the canvas was refused (a drag into a locked layer), and why.
    void statusMessage(const QString& message);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;

private:
    // One mouse drag of the selected elements, from press to release.
    struct Drag {
        int token = 0; // the move commands of one drag merge; see MoveElementsCommand
        QPointF pressPos;
        QPointF grabbedStart; // centre of the element under the cursor
        std::vector<std::string> ids;
        std::vector<std::optional<model::Position>> before; // the model's positions at the press
        std::vector<QPointF> starts;                        // the items' centres at the press
        QPointF lastShift;
        bool zoneDrag = false; // a zone dragged by its caption: its members keep their zone
    };

    // Notification handlers (topology_scene_updates.cpp).
    void elementsAdded(const QStringList& ids);
    void elementsRemoved(const QStringList& ids);
    void elementsChanged(const QStringList& ids);
    void elementsMoved(const QStringList& ids);
    void linksAdded(const QStringList& keys);
    void linksRemoved(const QStringList& keys);
    void linksChanged(const QStringList& keys);
    void zonesChanged(const QStringList& ids);

    // Where an element's icon centre goes: its position, else where the automatic layout put it.
    QPointF centreOf(const model::Element& element);
    ElementItem* addElementItem(const model::Element& element, QPointF centre);
    // Null when the link cannot be drawn (an end missing, or a link to itself).
    LinkItem* addLinkItem(const model::Link& link, const QString& key);
    void deleteLinkItem(LinkItem* item);
    void rebuildLinkItems();
    // Spreads the links between two elements side by side, in the order of the project's list.
    void spreadParallel(ElementItem* a, ElementItem* b);
    void spreadAllParallel();
    void updateAttachedLinks(const QList<ElementItem*>& moved);
    void clearSelectionIfAllIn(const QSet<QGraphicsItem*>& doomed);
    void refitZones();
    // Bands span the content; the scene rect follows, except during a drag: a view that centres
    // a small scene would shift under the cursor and the dragged elements would drift.
    void fitBands();
    // Runs `change` without the BSP index when it touches more than kBulkItems items.
    template <typename Change> void bulk(qsizetype items, Change&& change);
    void startDrag(QGraphicsSceneMouseEvent* event);
    // Zone dragging and zone membership at the end of a drag (topology_scene_zones.cpp).
    void startZoneDrag(ZoneItem* zone, QGraphicsSceneMouseEvent* event);
    void finishDragZones();
    // A zone without members keeps the container it last had, else gets one near the view centre.
    void placeEmptyZone(const model::Zone& zone, ZoneItem* item);
    // Why the drag may not shift its elements by `shift` (a locked layer's band); empty if it may.
    QString lockedDragRefusal(QPointF shift) const;
    // Applies the layer view state to one new item.
    void applyLayerState(ElementItem* item) const;
    static void applyLayerState(LinkItem* item);
    void applyLayerStateToAll();
    // Forgets the drag; the scene rect catches up with what it moved.
    void endDrag();
    void continueDrag(QGraphicsSceneMouseEvent* event);

    Document* document_;
    QHash<QString, ElementItem*> elements_;
    QHash<QString, LinkItem*> links_;
    QHash<QString, ZoneItem*> zones_;
    QHash<QString, QGraphicsSimpleTextItem*> zoneCaptions_;
    QMultiHash<ElementItem*, LinkItem*> attached_; // every link item under both of its ends
    std::array<LayerBandItem*, 3> bands_{};        // indexed by model::ElementLayer
    // Automatic layout of the last rebuild: where an element without a position goes (again,
    // after undoing its first move).
    std::unordered_map<std::string, QPointF> autoCentres_;
    // Keys "#N" of links without id shift when links are added or removed before them; such
    // projects (built in memory; the loaders name every link) re-key all link items on those edits.
    bool unnamedLinks_ = false;
    bool snapToGrid_ = false;
    bool gridVisible_ = false;
    QRectF overlayRect_;
    std::array<bool, 3> hidden_{}; // indexed by model::ElementLayer
    std::array<bool, 3> locked_{};
    std::optional<Drag> drag_;
    int dragCount_ = 0;
    // Containers of zones taken out of the document, by id, and the last one: a zone that comes
    // back (undo, or a rename, which is out and in again) without members is drawn there.
    QHash<QString, QRectF> removedZoneRects_;
    QRectF lastRemovedZoneRect_;
};

template <typename Change> void TopologyScene::bulk(qsizetype items, Change&& change) {
    const bool unindex = items > kBulkItems && itemIndexMethod() == BspTreeIndex;
    if (unindex)
        setItemIndexMethod(NoIndex);
    change();
    if (unindex)
        setItemIndexMethod(BspTreeIndex);
}

} // namespace iiot::ui
