// The palette of kinds: every kind of the type library under its layer, the filter box, the drag
// payload the canvas reads, and activation by double-click and Enter.

#include "widgets/layer_style.h"
#include "widgets/palette.h"

#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QtTest>

#include <array>
#include <memory>

using namespace iiot;
using model::ElementLayer;

namespace {

QStringList kindsOfLayer(ElementLayer layer) {
    QStringList ids;
    for (const model::KindInfo& kind : model::TypeLibrary::builtin().kinds())
        if (kind.layer == layer)
            ids << QString::fromStdString(kind.id);
    return ids;
}

QStringList childKinds(const QTreeWidgetItem* group) {
    QStringList ids;
    for (int i = 0; i < group->childCount(); ++i)
        ids << group->child(i)->data(0, ui::Palette::kKindRole).toString();
    return ids;
}

bool groupShown(const ui::Palette& palette, ElementLayer layer) {
    const QTreeWidgetItem* group = palette.groupItem(layer);
    return group && !group->isHidden();
}

} // namespace

class TestPalette : public QObject {
    Q_OBJECT

private slots:
    void listsEveryKindByLayerInLibraryOrder() {
        ui::Palette palette;
        const model::TypeLibrary& types = model::TypeLibrary::builtin();
        QCOMPARE(types.kinds().size(), std::size_t{27});
        QTreeWidget* tree = palette.tree();
        QCOMPARE(tree->topLevelItemCount(), 3);

        int total = 0;
        const std::array<ElementLayer, 3> order{ElementLayer::Service, ElementLayer::Network,
                                                ElementLayer::Device};
        for (int g = 0; g < 3; ++g) {
            const QTreeWidgetItem* group = tree->topLevelItem(g);
            QCOMPARE(group, palette.groupItem(order[g]));
            QCOMPARE(group->text(0), ui::LayerStyle::caption(order[g]));
            QCOMPARE(group->foreground(0).color(), ui::LayerStyle::accentColour(order[g]));
            QVERIFY(!(group->flags() & Qt::ItemIsDragEnabled));
            QCOMPARE(childKinds(group), kindsOfLayer(order[g]));
            total += group->childCount();
        }
        QCOMPARE(total, 27);
        QCOMPARE(palette.visibleKinds().size(), 27);

        const model::KindInfo* sensor = types.kind("sensor");
        const QTreeWidgetItem* item = palette.kindItem("sensor");
        QVERIFY(item);
        QCOMPARE(item->text(0), QString::fromStdString(sensor->label));
        QVERIFY(!item->icon(0).isNull());
        // Scalable: the icon renders at any size asked for, not one fixed pixmap.
        QCOMPARE(item->icon(0).pixmap(QSize(96, 96)).size(), QSize(96, 96));
        QVERIFY(item->toolTip(0).contains("sensor"));
        QVERIFY(item->toolTip(0).contains(
            QString::fromStdString(types.medium(sensor->interfaces.front())->label)));
    }

    void filterMatchesLabelAndIdIgnoringCase() {
        ui::Palette palette;
        palette.setFilterText("switch");
        QCOMPARE(palette.visibleKinds(), QStringList({"switch", "tsn-switch"}));
        palette.setFilterText("SWITCH");
        QCOMPARE(palette.visibleKinds(), QStringList({"switch", "tsn-switch"}));
        palette.setFilterText("fog-node"); // the id only: the label is "Fog node"
        QCOMPARE(palette.visibleKinds(), QStringList({"fog-node"}));
        palette.setFilterText("machine"); // the label only: the id is "cnc"
        QCOMPARE(palette.visibleKinds(), QStringList({"cnc"}));
    }

    void filterHidesEmptyGroupsAndEscapeClears() {
        ui::Palette palette;
        palette.show();
        QVERIFY(QTest::qWaitForWindowExposed(&palette));
        QTest::keyClicks(palette.filterEdit(), "switch");
        QCOMPARE(palette.filterText(), QString("switch"));
        QVERIFY(groupShown(palette, ElementLayer::Network));
        QVERIFY(!groupShown(palette, ElementLayer::Service));
        QVERIFY(!groupShown(palette, ElementLayer::Device));

        palette.setFilterText("no such kind");
        QVERIFY(palette.visibleKinds().isEmpty());
        QVERIFY(!groupShown(palette, ElementLayer::Network));
        QVERIFY(palette.tree()->showsPlaceholder());

        QTest::keyClick(palette.filterEdit(), Qt::Key_Escape);
        QCOMPARE(palette.filterText(), QString());
        QCOMPARE(palette.visibleKinds().size(), 27);
        for (ElementLayer layer : {ElementLayer::Service, ElementLayer::Network, ElementLayer::Device})
            QVERIFY(groupShown(palette, layer));
        QVERIFY(!palette.tree()->showsPlaceholder());
    }

    void dragDataCarriesTheKind() {
        ui::Palette palette;
        QTreeWidgetItem* item = palette.kindItem("plc");
        QVERIFY(item);
        QVERIFY(item->flags() & Qt::ItemIsDragEnabled);
        QCOMPARE(ui::Palette::mimeType(), QString("application/x-iiot-kind"));
        QVERIFY(palette.tree()->mimeTypes().contains(ui::Palette::mimeType()));

        std::unique_ptr<QMimeData> data(palette.tree()->mimeData({item}));
        QVERIFY(data);
        QVERIFY(data->hasFormat(ui::Palette::mimeType()));
        QCOMPARE(ui::Palette::kindFromMime(data.get()), QString("plc"));

        // A group header carries nothing; foreign data and no data name no kind.
        std::unique_ptr<QMimeData> header(
            palette.tree()->mimeData({palette.groupItem(ElementLayer::Device)}));
        QVERIFY(!header);
        QMimeData text;
        text.setText("plc");
        QCOMPARE(ui::Palette::kindFromMime(&text), QString());
        QCOMPARE(ui::Palette::kindFromMime(nullptr), QString());
        // The palette only offers copies: a Move accepted by a target must not delete the item.
        QCOMPARE(palette.tree()->supportedDropActions(), Qt::DropActions(Qt::CopyAction));
    }

    void doubleClickAndEnterActivateAKind() {
        ui::Palette palette;
        palette.resize(260, 900);
        palette.show();
        QVERIFY(QTest::qWaitForWindowExposed(&palette));
        QSignalSpy spy(&palette, &ui::Palette::kindActivated);
        QTreeWidget* tree = palette.tree();

        // QTest's widget mouseDClick sends the double-click event alone; a real double-click starts
        // with a click, and the view only reports a double-click on the item that was pressed.
        const auto doubleClick = [tree](QTreeWidgetItem* item) {
            tree->scrollToItem(item);
            const QPoint centre = tree->visualItemRect(item).center();
            QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, centre);
            QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, centre);
        };
        doubleClick(palette.kindItem("router"));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.takeFirst().at(0).toString(), QString("router"));

        // A group header is not a kind.
        doubleClick(palette.groupItem(ElementLayer::Network));
        QCOMPARE(spy.count(), 0);

        tree->setFocus();
        tree->setCurrentItem(palette.kindItem("camera"));
        QTest::keyClick(tree, Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.takeFirst().at(0).toString(), QString("camera"));

        // Typing a unique match and Enter in the filter box places it straight away.
        palette.filterEdit()->setFocus();
        QTest::keyClicks(palette.filterEdit(), "diode");
        QTest::keyClick(palette.filterEdit(), Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.takeFirst().at(0).toString(), QString("data-diode"));
    }
};

QTEST_MAIN(TestPalette)
#include "test_palette.moc"
