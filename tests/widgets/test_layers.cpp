// Layer view state: a hidden layer hides its elements and every link touching them; a locked
// layer's elements can be neither selected nor moved nor deleted. Neither is an edit of the
// document (no undo step, the file unchanged), and both are remembered in the settings.

#include "canvas_test_support.h"
#include "undo_test_support.h"
#include "widgets/canvas_view_actions.h"
#include "widgets/edit_actions.h"
#include "widgets/layer_band_item.h"
#include "widgets/layer_style.h"
#include "widgets/link_item.h"

#include <QAction>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

using namespace iiot;
using model::ElementLayer;
using test::Canvas;
using test::yaml;

class TestLayers : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("iiot-workbench-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_layers"));
    }
    void init() { QSettings().clear(); }
    void cleanupTestCase() { QSettings().clear(); }

    void hiddenLayerHidesElementsAndTheirLinks() {
        Canvas canvas;
        const std::string before = yaml(canvas.doc);
        // The sample's layers, from the type library: sensor and PLC are devices, switch and
        // access point network, the rest service support.
        QCOMPARE(canvas.scene.elementItem("s1")->layer(), ElementLayer::Device);
        QCOMPARE(canvas.scene.elementItem("plc1")->layer(), ElementLayer::Device);
        QCOMPARE(canvas.scene.elementItem("sw1")->layer(), ElementLayer::Network);
        canvas.select({"s1", "sw1"});
        canvas.scene.setLayerHidden(ElementLayer::Device, true);
        QVERIFY(canvas.scene.isLayerHidden(ElementLayer::Device));
        QVERIFY(!canvas.scene.elementItem("s1")->isVisible());
        QVERIFY(!canvas.scene.elementItem("plc1")->isVisible());
        QVERIFY(canvas.scene.elementItem("sw1")->isVisible());
        // l1 plc1-sw1 and l2 s1-ap1 touch a device; l3 sw1-fw1 does not.
        QVERIFY(!canvas.scene.linkItem("l1")->isVisible());
        QVERIFY(!canvas.scene.linkItem("l2")->isVisible());
        QVERIFY(canvas.scene.linkItem("l3")->isVisible());
        QCOMPARE(canvas.scene.selectedElementIds(), QStringList{"sw1"}); // hidden ones left it
        QVERIFY(canvas.scene.bandItem(ElementLayer::Device)->isLayerHidden());
        // View state only.
        QCOMPARE(yaml(canvas.doc), before);
        QCOMPARE(canvas.doc.undoStack()->count(), 0);
        // Select All does not reach hidden elements.
        canvas.scene.selectAllItems();
        QVERIFY(!canvas.scene.selectedElementIds().contains("s1"));

        // An element added to a hidden layer (here by undoing its removal) stays hidden.
        canvas.scene.setLayerHidden(ElementLayer::Device, false);
        QVERIFY(canvas.scene.elementItem("s1")->isVisible());
        QVERIFY(canvas.scene.linkItem("l2")->isVisible());
        canvas.select({"s1"});
        ui::EditActions edit(&canvas.doc, &canvas.scene);
        edit.deleteSelection();
        canvas.scene.setLayerHidden(ElementLayer::Device, true);
        canvas.doc.undoStack()->undo();
        QVERIFY(!canvas.scene.elementItem("s1")->isVisible());
        QVERIFY(!canvas.scene.linkItem("l2")->isVisible());
        QCOMPARE(yaml(canvas.doc), before);
    }

    void lockedLayerCannotBeSelectedMovedOrDeleted() {
        Canvas canvas;
        const std::string before = yaml(canvas.doc);
        ui::EditActions edit(&canvas.doc, &canvas.scene);
        canvas.select({"plc1"});
        canvas.scene.setLayerLocked(ElementLayer::Device, true);
        QVERIFY(canvas.scene.selectedElementIds().isEmpty()); // the lock dropped it
        // A click does not select it, and dragging it moves nothing.
        const QPointF plc = canvas.centre("plc1");
        const QPoint p = canvas.at("plc1");
        canvas.drag(p, {p + QPoint(30, 20), p + QPoint(60, 40)});
        QVERIFY(!canvas.scene.elementItem("plc1")->isSelected());
        QCOMPARE(canvas.centre("plc1"), plc);
        QCOMPARE(canvas.doc.undoStack()->count(), 0);
        // Select All and Delete take the unlocked layers only.
        canvas.scene.selectAllItems();
        QVERIFY(!canvas.scene.selectedElementIds().contains("plc1"));
        QVERIFY(!canvas.scene.selectedElementIds().contains("s1"));
        QVERIFY(canvas.scene.selectedElementIds().contains("sw1"));
        edit.deleteSelection();
        QVERIFY(canvas.doc.element(std::string("plc1")));
        QVERIFY(canvas.doc.element(std::string("s1")));
        QVERIFY(!canvas.doc.element(std::string("sw1")));
        canvas.doc.undoStack()->undo();
        QCOMPARE(yaml(canvas.doc), before);
        // Unlocked, it is selectable again.
        canvas.scene.setLayerLocked(ElementLayer::Device, false);
        QTest::mouseClick(canvas.view.viewport(), Qt::LeftButton, {}, canvas.at("plc1"));
        QCOMPARE(canvas.scene.selectedElementIds(), QStringList{"plc1"});
    }

    void stateIsRememberedInTheSettings() {
        {
            Canvas canvas;
            ui::CanvasViewActions actions(&canvas.scene, &canvas.view);
            QVERIFY(actions.showLayerAction(ElementLayer::Network)->isChecked()); // defaults
            QVERIFY(!actions.lockLayerAction(ElementLayer::Service)->isChecked());
            actions.showLayerAction(ElementLayer::Network)->trigger();
            actions.lockLayerAction(ElementLayer::Service)->trigger();
            QVERIFY(canvas.scene.isLayerHidden(ElementLayer::Network));
            QVERIFY(canvas.scene.isLayerLocked(ElementLayer::Service));
            QVERIFY(!canvas.scene.elementItem("sw1")->isVisible());
            QCOMPARE(canvas.doc.undoStack()->count(), 0);
        }
        QCOMPARE(QSettings().value(ui::CanvasViewActions::hiddenKey(ElementLayer::Network)).toBool(), true);
        QCOMPARE(QSettings().value(ui::CanvasViewActions::lockedKey(ElementLayer::Service)).toBool(), true);
        // A new window's canvas starts as the last one was left.
        Canvas canvas;
        ui::CanvasViewActions actions(&canvas.scene, &canvas.view);
        QVERIFY(!actions.showLayerAction(ElementLayer::Network)->isChecked());
        QVERIFY(canvas.scene.isLayerHidden(ElementLayer::Network));
        QVERIFY(canvas.scene.isLayerLocked(ElementLayer::Service));
        QVERIFY(!canvas.scene.isLayerHidden(ElementLayer::Device));
        QVERIFY(!canvas.scene.elementItem("sw1")->isVisible());
        // And the state survives opening another project.
        canvas.doc.reset(test::sampleProject());
        QVERIFY(!canvas.scene.elementItem("sw1")->isVisible());
        QVERIFY(canvas.scene.bandItem(ElementLayer::Network)->isLayerHidden());
        QVERIFY(!(canvas.scene.elementItem("edge1")->flags() & QGraphicsItem::ItemIsSelectable));
    }

    void gridAndSnapToggles() {
        Canvas canvas;
        ui::CanvasViewActions actions(&canvas.scene, &canvas.view);
        QVERIFY(actions.gridAction()->isChecked()); // shown by default
        QVERIFY(canvas.scene.gridVisible());
        actions.gridAction()->trigger();
        QVERIFY(!canvas.scene.gridVisible());
        QCOMPARE(QSettings().value(QStringLiteral("canvas/grid")).toBool(), false);
        QVERIFY(!actions.snapAction()->isChecked());
        actions.snapAction()->trigger();
        QVERIFY(canvas.scene.snapToGrid());
    }
};

QTEST_MAIN(TestLayers)
#include "test_layers.moc"
