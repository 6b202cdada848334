// The canvas of a document: layer bands, zone containers, element and link items. It is a view
// of the document's model (DESIGN.md section 2): it builds items from the model and rebuilds when
// the document says the project was replaced. It holds no project data of its own.
#pragma once

#include "model/type_library.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointF>

#include <array>
#include <string>
#include <unordered_map>

namespace iiot::model {
struct Link;
}

namespace iiot::ui {

class Document;
class ElementItem;
class LayerBandItem;
class LinkItem;
class ZoneItem;

class TopologyScene : public QGraphicsScene {
    Q_OBJECT

public:
    explicit TopologyScene(Document* document, QObject* parent = nullptr);

    Document* document() const { return document_; }

    ElementItem* elementItem(const QString& id) const { return elements_.value(id); }
    LinkItem* linkItem(const QString& key) const { return links_.value(key); }
    ZoneItem* zoneItem(const QString& id) const { return zones_.value(id); }
    LayerBandItem* bandItem(model::ElementLayer layer) const;
    QRectF bandRect(model::ElementLayer layer) const;
    const QHash<QString, ElementItem*>& elementItems() const { return elements_; }
    const QHash<QString, LinkItem*>& linkItems() const { return links_; }

    // The key a link item is filed under: its id, or "#N" (1-based) for a link without one.
    static QString linkKey(const model::Link& link, int index);

    // Makes the element the only selected item; false when there is no such element.
    bool selectElement(const QString& id);

public slots:
    void rebuild();

private:
    void addElements(const std::unordered_map<std::string, QPointF>& centres);
    void addZones();
    void addLinks();
    void fitBands();

    Document* document_;
    QHash<QString, ElementItem*> elements_;
    QHash<QString, LinkItem*> links_;
    QHash<QString, ZoneItem*> zones_;
    std::array<LayerBandItem*, 3> bands_{}; // indexed by model::ElementLayer
};

} // namespace iiot::ui
