// The slicing overlay on a hand-made result over four elements in a row: two services that share
// every link in opposite directions lie kSpacing apart, centred on the link; badges name the VNFs
// placed on each host and stack when two services use one host; hidden layers hide the hops and
// badges on them; moves are followed; removing an element or replacing the project clears it.

#include "widgets/command_move_elements.h"
#include "widgets/command_remove_elements.h"
#include "widgets/document.h"
#include "widgets/element_item.h"
#include "widgets/slice_badge_item.h"
#include "widgets/slice_legend_item.h"
#include "widgets/slice_overlay.h"
#include "widgets/slice_path_item.h"
#include "widgets/topology_scene.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

using namespace iiot;
using ui::SliceOverlay;
using ui::SlicePathItem;

namespace {

model::Element placed(const char* id, const char* kind, double x, double y, long long cores = 0) {
    model::Element e;
    e.id = id;
    e.kind = kind;
    e.position = model::Position{x, y};
    if (cores > 0) {
        e.vnf = model::Vnf{};
        e.vnf->cores = cores;
    }
    return e;
}

model::Link wire(const char* id, const char* from, const char* to) {
    model::Link l;
    l.id = id;
    l.from = from;
    l.to = to;
    l.medium = "ethernet";
    return l;
}

model::Service service(const char* id, const char* from, const char* to, std::vector<std::string> chain) {
    model::Service s;
    s.id = id;
    s.source = from;
    s.destination = to;
    s.chain = std::move(chain);
    s.bandwidth_mbps = 1;
    s.max_delay_ms = 10;
    return s;
}

// a (plc) - h1 (industrial PC) - h2 (edge server) - b (plc), 200 px apart on one row.
model::Project row() {
    model::Project p;
    p.name = "row";
    p.elements = {placed("a", "plc", 0, 0), placed("h1", "industrial-pc", 200, 0, 8),
                  placed("h2", "edge-server", 400, 0, 8), placed("b", "plc", 600, 0)};
    p.links = {wire("l1", "a", "h1"), wire("l2", "h1", "h2"), wire("l3", "h2", "b")};
    p.vnf_types = {{"firewall", 1, 0.1}, {"nat", 1, 0.1}, {"ids", 2, 0.5}};
    p.services = {service("s1", "a", "b", {"firewall", "nat"}), service("s2", "b", "a", {"ids", "nat"}),
                  service("s3", "a", "b", {"ids"})};
    return p;
}

QJsonArray list(const QStringList& items) {
    return QJsonArray::fromStringList(items);
}

// The result document an engine would write for row(): s1 and s2 admitted, s3 rejected.
QJsonObject result() {
    QJsonObject s1{{"id", "s1"},
                   {"admitted", true},
                   {"path", list({"a", "h1", "h2", "b"})},
                   {"links", list({"l1", "l2", "l3"})},
                   {"placement", list({"h1", "h2"})},
                   {"cost", 7.5},
                   {"delay_ms", 0.5}};
    QJsonObject s2{{"id", "s2"},
                   {"admitted", true},
                   {"path", list({"b", "h2", "h1", "a"})},
                   {"links", list({"l3", "l2", "l1"})},
                   {"placement", list({"h2", "h2"})},
                   {"cost", 9},
                   {"delay_ms", 0.9}};
    QJsonObject s3{{"id", "s3"},
                   {"admitted", false},
                   {"path", QJsonArray()},
                   {"links", QJsonArray()},
                   {"placement", QJsonArray()},
                   {"cost", 0},
                   {"delay_ms", 0},
                   {"reason", "no capacity"}};
    return {{"method", "stnra"}, {"admitted_rate", 2.0 / 3}, {"services", QJsonArray{s1, s2, s3}}};
}

struct Fixture {
    ui::Document doc;
    ui::TopologyScene scene{&doc};
    SliceOverlay overlay{&doc, &scene};
    Fixture() {
        doc.reset(row());
        overlay.show(result());
    }
    SlicePathItem* path(const QString& id) const {
        for (SlicePathItem* item : overlay.pathItems())
            if (item->serviceId() == id)
                return item;
        return nullptr;
    }
    QList<ui::SliceBadgeItem*> badgesOn(const QString& host) const {
        QList<ui::SliceBadgeItem*> out;
        for (ui::SliceBadgeItem* badge : overlay.badgeItems())
            if (badge->hostId() == host)
                out << badge;
        return out;
    }
};

} // namespace

class TestSliceOverlay : public QObject {
    Q_OBJECT

private slots:
    void sharedLinksPutServicesSideBySide() {
        Fixture f;
        QVERIFY(f.overlay.isShown());
        QCOMPARE(f.overlay.pathItems().size(), 2); // the rejected service has no walk
        SlicePathItem* s1 = f.path("s1");
        SlicePathItem* s2 = f.path("s2");
        QVERIFY(s1 && s2);
        QCOMPARE(s1->elementIds(), (QStringList{"a", "h1", "h2", "b"}));
        QCOMPARE(s1->vertices(), (QVector<QPointF>{{0, 0}, {200, 0}, {400, 0}, {600, 0}}));
        QCOMPARE(s2->vertices(), (QVector<QPointF>{{600, 0}, {400, 0}, {200, 0}, {0, 0}}));
        // Every link is drawn left to right (its from end is on the left); its unit normal,
        // (dy, -dx) / length, is (0, -1). Two services share each link: ranks 0 and 1 give offsets
        // (0 - 0.5) x 6 = -3 and (1 - 0.5) x 6 = +3 along the normal, so s1 runs 3 px below the
        // axis (y = +3) and s2, in the other direction, 3 px above (y = -3).
        const qreal d = SliceOverlay::kSpacing / 2;
        QCOMPARE(d, 3.0);
        QCOMPARE(s1->hops(),
                 (QVector<QLineF>{QLineF(0, d, 200, d), QLineF(200, d, 400, d), QLineF(400, d, 600, d)}));
        QCOMPARE(s2->hops(), (QVector<QLineF>{QLineF(600, -d, 400, -d), QLineF(400, -d, 200, -d),
                                              QLineF(200, -d, 0, -d)}));
        QCOMPARE(s1->shownHopCount(), 3);
        QVERIFY(s1->colour() != s2->colour());
    }

    void badgesNameTheVnfsOnEachHost() {
        Fixture f;
        QCOMPARE(f.overlay.badgeItems().size(), 3); // s1 on h1 and h2, s2 on h2 (both entries)
        const auto onH1 = f.badgesOn("h1");
        QCOMPARE(onH1.size(), 1);
        QCOMPARE(onH1[0]->serviceId(), QStringLiteral("s1"));
        QCOMPARE(onH1[0]->vnfNames(), QStringList{"firewall"});
        const auto onH2 = f.badgesOn("h2");
        QCOMPARE(onH2.size(), 2);
        QCOMPARE(onH2[0]->vnfNames(), QStringList{"nat"});
        QCOMPARE(onH2[1]->vnfNames(), (QStringList{"ids", "nat"}));
        QVERIFY(onH2[1]->text().startsWith(QStringLiteral("s2: ids, nat")));
        // Right of the 48 px icon, 4 px clear, from its top edge; the second badge stacked under
        // the first with 2 px between them.
        const QPointF first(400 + ui::ElementItem::kIconSize / 2 + 4, -ui::ElementItem::kIconSize / 2);
        QCOMPARE(onH2[0]->pos(), first);
        QCOMPARE(onH2[1]->pos(), first + QPointF(0, onH2[0]->boundingRect().height() + 2));
        QCOMPARE(onH1[0]->pos(), QPointF(200 + 28, -24));
    }

    void legendListsEveryServiceAndWidensTheScene() {
        Fixture f;
        ui::SliceLegendItem* legend = f.overlay.legend();
        QVERIFY(legend);
        QCOMPARE(legend->entries().size(), 3);
        QVERIFY(legend->entries()[0].colour == f.path("s1")->colour());
        QVERIFY(legend->entries()[1].colour == f.path("s2")->colour());
        QVERIFY(!legend->entries()[2].colour.isValid()); // rejected: no colour
        QVERIFY(legend->entries()[2].label.contains(QStringLiteral("rejected")));
        QVERIFY(legend->title().contains(QStringLiteral("2 of 3 admitted")));
        // Right of the bands, and inside the scene rect so it can be scrolled to.
        QVERIFY(legend->sceneBoundingRect().left() > f.scene.bandRect(model::ElementLayer::Device).right());
        QVERIFY(f.scene.sceneRect().contains(legend->sceneBoundingRect()));
        QCOMPARE(f.scene.overlayRect(), legend->sceneBoundingRect());
        f.overlay.clear();
        QVERIFY(f.scene.overlayRect().isNull());
        QVERIFY(f.overlay.pathItems().isEmpty());
        QVERIFY(f.overlay.legend() == nullptr);
    }

    void hiddenLayerHidesItsPart() {
        Fixture f;
        // h2 is an edge server, in the service-support layer; the others are in the device layer.
        f.scene.setLayerHidden(model::ElementLayer::Service, true);
        SlicePathItem* s1 = f.path("s1");
        QVERIFY(s1->isHopShown(0));  // a - h1
        QVERIFY(!s1->isHopShown(1)); // h1 - h2
        QVERIFY(!s1->isHopShown(2)); // h2 - b
        QCOMPARE(f.path("s2")->shownHopCount(), 1);
        QVERIFY(f.badgesOn("h1")[0]->isVisible());
        for (ui::SliceBadgeItem* badge : f.badgesOn("h2"))
            QVERIFY(!badge->isVisible());
        f.scene.setLayerHidden(model::ElementLayer::Service, false);
        QCOMPARE(s1->shownHopCount(), 3);
        QVERIFY(f.badgesOn("h2")[0]->isVisible());
        // Hiding the device layer leaves only h1 - h2 drawn, and hides h1's badge.
        f.scene.setLayerHidden(model::ElementLayer::Device, true);
        QCOMPARE(s1->shownHopCount(), 0); // every hop has a device-layer end (h1 is one)
        QVERIFY(!f.badgesOn("h1")[0]->isVisible());
        QVERIFY(f.badgesOn("h2")[0]->isVisible());
    }

    void followsMovesAndHighlights() {
        Fixture f;
        f.doc.undoStack()->push(
            new ui::MoveElementsCommand(&f.doc, {{"h2", model::Position{400, 0}, {400, 200}}}));
        SlicePathItem* s1 = f.path("s1");
        QCOMPARE(s1->vertices()[2], QPointF(400, 200));
        // The l3 hop now runs from (400, 200) to (600, 0): s1 is still rank 0 of 2 on it, offset
        // -3 along the unit normal (dy, -dx)/|l3| = (-200, -200)/(200 sqrt 2).
        const QLineF hop = s1->hops()[2];
        const qreal k = -3 * (-1 / std::sqrt(2.0));
        QVERIFY(qAbs(hop.p1().x() - (400 + k)) < 1e-9 && qAbs(hop.p1().y() - (200 + k)) < 1e-9);
        QCOMPARE(f.badgesOn("h2")[0]->pos(), QPointF(428, 176));

        f.overlay.highlightService(QStringLiteral("s2"));
        QCOMPARE(f.path("s2")->emphasis(), SlicePathItem::Emphasis::Highlighted);
        QCOMPARE(s1->emphasis(), SlicePathItem::Emphasis::Dimmed);
        QVERIFY(f.path("s2")->zValue() > s1->zValue());
        f.overlay.highlightService({});
        QCOMPARE(s1->emphasis(), SlicePathItem::Emphasis::Normal);
    }

    void removalOrNewProjectClearsIt() {
        Fixture f;
        QSignalSpy cleared(&f.overlay, &SliceOverlay::cleared);
        f.doc.undoStack()->push(new ui::RemoveElementsCommand(&f.doc, {"b"}));
        QCOMPARE(cleared.count(), 1);
        QVERIFY(!f.overlay.isShown());
        QVERIFY(f.overlay.pathItems().isEmpty());
        QVERIFY(f.overlay.badgeItems().isEmpty());

        f.doc.undoStack()->undo();
        f.overlay.show(result());
        QCOMPARE(f.overlay.pathItems().size(), 2);
        f.doc.reset(row()); // the scene rebuilds (deleting every item) before the overlay hears of it
        QCOMPARE(cleared.count(), 2);
        QVERIFY(!f.overlay.isShown());
        QVERIFY(f.overlay.pathItems().isEmpty());
        QVERIFY(f.scene.overlayRect().isNull());
    }
};

QTEST_MAIN(TestSliceOverlay)
#include "test_slice_overlay.moc"
