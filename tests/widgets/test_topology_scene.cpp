// The canvas built from a project: one item per element and link, links between the elements'
// centres, zone containers around their members, layer bands in order, the automatic layout.

#include "sample_project.h"
#include "widgets/document.h"
#include "widgets/element_item.h"
#include "widgets/icon_cache.h"
#include "widgets/link_item.h"
#include "widgets/topology_layout.h"
#include "widgets/topology_scene.h"
#include "widgets/zone_item.h"

#include "model/type_library.h"

#include <QFile>
#include <QPainter>
#include <QtTest>

#include <cmath>

using namespace iiot;
using model::ElementLayer;

namespace {

template <typename T> int countItems(const QGraphicsScene& scene) {
    int n = 0;
    for (QGraphicsItem* item : scene.items())
        n += qgraphicsitem_cast<T*>(item) != nullptr;
    return n;
}

// Pixels of exactly this colour.
int tinted(const QImage& image, const QColor& colour) {
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += image.pixelColor(x, y) == colour;
    return n;
}

double distance(QPointF a, QPointF b) {
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

} // namespace

class TestTopologyScene : public QObject {
    Q_OBJECT

private slots:
    void oneItemPerElementAndLink() {
        ui::Document doc;
        ui::TopologyScene scene(&doc);
        doc.reset(test::sampleProject());
        QCOMPARE(scene.itemIndexMethod(), QGraphicsScene::BspTreeIndex);
        QCOMPARE(countItems<ui::ElementItem>(scene), 7);
        QCOMPARE(countItems<ui::LinkItem>(scene), 5);
        QCOMPARE(countItems<ui::ZoneItem>(scene), 2);
        QVERIFY(scene.elementItem("plc1"));
        QCOMPARE(scene.elementItem("plc1")->layer(), ElementLayer::Device);
        QCOMPARE(scene.elementItem("edge1")->layer(), ElementLayer::Service);

        // Replacing the project replaces the items; nothing of the old one survives.
        model::Project smaller = test::sampleProject();
        smaller.elements.resize(2);
        smaller.links = {test::link("l1", "plc1", "s1", "io-link")};
        doc.reset(smaller);
        QCOMPARE(countItems<ui::ElementItem>(scene), 2);
        QCOMPARE(countItems<ui::LinkItem>(scene), 1);
        QVERIFY(!scene.elementItem("sw1"));
    }

    void linkEndsAreElementCentres() {
        ui::Document doc;
        ui::TopologyScene scene(&doc);
        doc.reset(test::sampleProject());
        for (const ui::LinkItem* item : scene.linkItems()) {
            const model::Link* link = nullptr;
            for (const model::Link& l : doc.project().links)
                link = (QString::fromStdString(*l.id) == item->linkId()) ? &l : link;
            QVERIFY(link);
            const QPointF from = scene.elementItem(QString::fromStdString(link->from))->centre();
            const QPointF to = scene.elementItem(QString::fromStdString(link->to))->centre();
            QCOMPARE(item->line().p1(), from);
            QCOMPARE(item->line().p2(), to);
        }
    }

    void givenPositionsAreKept() {
        model::Project p;
        p.name = "Placed";
        p.elements = {test::element("a", "switch"), test::element("b", "router")};
        p.elements[0].position = model::Position{500, 700};
        p.elements[1].position = model::Position{800, 700};
        p.links = {test::link("ab", "a", "b", "ethernet")};
        ui::Document doc;
        ui::TopologyScene scene(&doc);
        doc.reset(p);
        QCOMPARE(scene.elementItem("a")->centre(), QPointF(500, 700));
        QCOMPARE(scene.elementItem("b")->centre(), QPointF(800, 700));
        QCOMPARE(scene.linkItem("ab")->line().length(), 300.0);
        // The network band stretches to hold them, and spans the width of the content.
        const QRectF band = scene.bandRect(ElementLayer::Network);
        QVERIFY(band.top() <= 700 - 24 && band.bottom() >= 700 + 44);
        QVERIFY(band.left() < 500 - 56 && band.right() > 800 + 56);
    }

    void zoneContainersHoldTheirMembers() {
        ui::Document doc;
        ui::TopologyScene scene(&doc);
        doc.reset(test::sampleProject());
        const ui::ZoneItem* cell = scene.zoneItem("cell");
        const ui::ZoneItem* it = scene.zoneItem("it");
        QVERIFY(cell && it);
        for (const char* id : {"s1", "plc1", "sw1", "ap1"})
            QVERIFY2(cell->rect().contains(scene.elementItem(id)->sceneBoundingRect()), id);
        for (const char* id : {"edge1", "fw1"})
            QVERIFY2(it->rect().contains(scene.elementItem(id)->sceneBoundingRect()), id);
        // The automatic layout gives each zone its own column: containers do not overlap and
        // the unzoned cloud sits in neither.
        QVERIFY(!cell->rect().intersects(it->rect()));
        QVERIFY(!cell->rect().contains(scene.elementItem("cloud1")->centre()));
        QVERIFY(!it->rect().contains(scene.elementItem("cloud1")->centre()));
        // A container spans the layers of its members: the cell reaches from the network band
        // (switch, access point) into the device band (sensor, PLC).
        QVERIFY(cell->rect().top() < scene.bandRect(ElementLayer::Network).bottom());
        QVERIFY(cell->rect().bottom() > scene.bandRect(ElementLayer::Device).top());
    }

    void bandsAreStackedServiceNetworkDevice() {
        ui::Document doc;
        ui::TopologyScene scene(&doc);
        doc.reset(test::sampleProject());
        const QRectF service = scene.bandRect(ElementLayer::Service);
        const QRectF network = scene.bandRect(ElementLayer::Network);
        const QRectF device = scene.bandRect(ElementLayer::Device);
        QVERIFY(service.center().y() < network.center().y());
        QVERIFY(network.center().y() < device.center().y());
        QCOMPARE(service.bottom(), network.top());
        QCOMPARE(network.bottom(), device.top());
        QCOMPARE(service.left(), device.left());
        QCOMPARE(service.width(), device.width());
        // Every automatically placed element sits inside its own layer's band.
        for (const ui::ElementItem* item : scene.elementItems()) {
            const QRectF band = scene.bandRect(item->layer());
            const QRectF area = ui::ElementItem::footprint().translated(item->centre());
            QVERIFY2(band.contains(area), qPrintable(item->elementId()));
        }
    }

    void automaticLayoutByHand() {
        // No zones, nothing placed: an empty service and network band of the minimum height
        // (120 each), then the device band. Its first row starts below the band padding (14),
        // the container padding (10) and caption (22): y = 240 + 46 + 24 (icon half) = 310.
        model::Project p;
        p.name = "Two sensors";
        p.elements = {test::element("a", "sensor"), test::element("b", "sensor")};
        const auto layout = ui::TopologyLayout::compute(p, model::TypeLibrary::builtin());
        QCOMPARE(layout.band(ElementLayer::Service).top, 0.0);
        QCOMPARE(layout.band(ElementLayer::Service).bottom, 120.0);
        QCOMPARE(layout.band(ElementLayer::Network).bottom, 240.0);
        // One row: 68 px footprint + 46 above + 24 below = 138 > 120.
        QCOMPARE(layout.band(ElementLayer::Device).bottom, 240.0 + 138.0);
        // Side by side (one row is larger when fitted to 16:10 than two rows), one cell apart,
        // the first one half a footprint (56) from the left.
        QCOMPARE(layout.centres.at("a"), QPointF(56, 310));
        QCOMPARE(layout.centres.at("b"), QPointF(56 + 124, 310));
    }

    void linkStyleFollowsMedium() {
        QCOMPARE(ui::LinkItem::penWidthFor(0.001), 0.75);
        QCOMPARE(ui::LinkItem::penWidthFor(100), 0.75 + 0.45 * 5);
        QCOMPARE(ui::LinkItem::penWidthFor(10000), 0.75 + 0.45 * 7);
        QVERIFY(ui::LinkItem::penWidthFor(1000) > ui::LinkItem::penWidthFor(100));

        ui::Document doc;
        ui::TopologyScene scene(&doc);
        model::Project p = test::sampleProject();
        p.links[0].bandwidth_mbps = 10.0; // overrides PROFINET's 100
        doc.reset(p);
        const ui::LinkItem* wired = scene.linkItem("l1");
        QCOMPARE(wired->pen().style(), Qt::SolidLine);
        QCOMPARE(wired->pen().color(), QColor("#1b9e77"));
        QCOMPARE(wired->pen().widthF(), 0.75 + 0.45 * 4);
        QVERIFY(wired->toolTip().contains("PROFINET"));
        QVERIFY(wired->toolTip().contains("10 Mbps"));
        QVERIFY(wired->toolTip().contains("0.1 ms"));
        const ui::LinkItem* wireless = scene.linkItem("l2");
        QCOMPARE(wireless->pen().style(), Qt::CustomDashLine);
        QVERIFY(wireless->toolTip().contains("80 Mbps"));
        QVERIFY(wireless->toolTip().contains("2 ms"));
        QVERIFY(scene.linkItem("l4")->toolTip().contains("10 Gbps"));
    }

    void parallelLinksAreSpreadApart() {
        model::Project p = test::sampleProject();
        p.links.push_back(test::link("l1b", "sw1", "plc1", "ethernet")); // redundant, reversed
        ui::Document doc;
        ui::TopologyScene scene(&doc);
        doc.reset(p);
        const QLineF a = scene.linkItem("l1")->line();
        const QLineF b = scene.linkItem("l1b")->line();
        // 7 px apart, symmetric about the axis between the two centres.
        QCOMPARE(qRound(distance(a.p1(), b.p2()) * 100), 700);
        const QPointF axisMid =
            (scene.elementItem("plc1")->centre() + scene.elementItem("sw1")->centre()) / 2;
        QCOMPARE(qRound(distance(a.center(), axisMid) * 100), 350);
        QCOMPARE(qRound(distance(b.center(), axisMid) * 100), 350);
    }

    void badReferencesAreSkippedNotFatal() {
        model::Project p = test::sampleProject();
        p.elements.push_back(test::element("odd", "no-such-kind", "no-such-zone"));
        p.links.push_back(test::link("dangling", "plc1", "ghost", "profinet"));
        p.links.push_back(test::link("self", "plc1", "plc1", "profinet"));
        ui::Document doc;
        ui::TopologyScene scene(&doc);
        doc.reset(p);
        QCOMPARE(countItems<ui::ElementItem>(scene), 8);
        QCOMPARE(countItems<ui::LinkItem>(scene), 5);
        QCOMPARE(scene.elementItem("odd")->layer(), ElementLayer::Device);
    }

    void failedLoadLeavesEmptyBands() {
        ui::Document doc;
        ui::TopologyScene scene(&doc);
        QVERIFY(!doc.load("/nonexistent/dir/missing.yaml"));
        QVERIFY(!doc.hasProject());
        QVERIFY(!doc.diagnostics().empty());
        QCOMPARE(countItems<ui::ElementItem>(scene), 0);
        QVERIFY(scene.bandRect(ElementLayer::Service).height() > 0);
        QVERIFY(scene.bandRect(ElementLayer::Device).top() >= scene.bandRect(ElementLayer::Network).bottom());
    }

    void everyKindHasItsIcon() {
        ui::IconCache& icons = ui::IconCache::instance();
        for (const model::KindInfo& kind : model::TypeLibrary::builtin().kinds()) {
            QVERIFY2(QFile::exists(":/icons/" + QString::fromStdString(kind.icon)), kind.icon.c_str());
            // The tile behind each glyph is tinted by layer; a missing icon gives a grey placeholder.
            const QImage& image = icons.image(kind.id, 64);
            QCOMPARE(image.width(), 64);
            const QColor expected = kind.layer == ElementLayer::Device    ? QColor("#e2f3e7")
                                    : kind.layer == ElementLayer::Network ? QColor("#e1edfa")
                                                                          : QColor("#ede7fa");
            QVERIFY2(tinted(image, expected) > 64 * 64 / 10, kind.id.c_str());
        }
        QCOMPARE(tinted(icons.image("no-such-kind", 64), QColor("#e2f3e7")), 0);
        QVERIFY(tinted(icons.image("no-such-kind", 64), QColor("#eeeff1")) > 64 * 64 / 10);
    }

    void manyElementsShareRenderers() {
        // 10,000 elements of 4 kinds: one renderer per kind, not per item.
        model::Project p;
        p.name = "Large";
        const char* kinds[] = {"sensor", "plc", "switch", "edge-server"};
        for (int i = 0; i < 10000; ++i)
            p.elements.push_back(test::element("e" + std::to_string(i), kinds[i % 4]));
        ui::Document doc;
        ui::TopologyScene scene(&doc);
        QElapsedTimer timer;
        timer.start();
        doc.reset(p);
        QCOMPARE(countItems<ui::ElementItem>(scene), 10000);
        QImage target(800, 600, QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&target);
        scene.render(&painter, QRectF(), QRectF(0, 0, 3000, 2000));
        painter.end();
        QVERIFY(ui::IconCache::instance().rendererCount() <=
                model::TypeLibrary::builtin().kinds().size() + 1);
        qInfo("built and drew 10,000 elements in %lld ms", static_cast<long long>(timer.elapsed()));
    }
};

QTEST_MAIN(TestTopologyScene)
#include "test_topology_scene.moc"
