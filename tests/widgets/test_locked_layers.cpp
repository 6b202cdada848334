// A locked layer refuses new and moved content, not only selection: paste, duplicate and palette
// drops of its kinds or onto its band, drags and alignments into its band, and inspector edits that
// would put an element there are refused with a status message naming the layer, and change nothing.

#include "canvas_test_support.h"
#include "inspector_test_support.h"
#include "undo_test_support.h"

#include "widgets/arrange_actions.h"
#include "widgets/clipboard.h"
#include "widgets/clipboard_actions.h"
#include "widgets/command_move_elements.h"
#include "widgets/element_placement.h"
#include "widgets/layer_band_item.h"
#include "widgets/main_window.h"
#include "widgets/palette.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QtTest>

using namespace iiot;
using model::ElementLayer;
using test::Canvas;
using test::yaml;

namespace {
const QString kUnlock = QStringLiteral(" is locked (unlock it in View \u203a Layers)");

QString lastMessage(const QSignalSpy& spy) {
    return spy.isEmpty() ? QString() : spy.back().at(0).toString();
}
} // namespace

class TestLockedLayers : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QGuiApplication::clipboard()->clear(); }

    void pasteIntoALockedLayerIsRefused() {
        Canvas canvas;
        ui::ClipboardActions actions(&canvas.doc, &canvas.scene);
        QSignalSpy status(&actions, &ui::ClipboardActions::statusMessage);
        canvas.select({"plc1"});
        actions.copy();
        canvas.scene.setLayerLocked(ElementLayer::Device, true);
        const std::string before = yaml(canvas.doc);
        QVERIFY(!actions.paste());
        QCOMPARE(lastMessage(status), "Cannot paste: the Device layer" + kUnlock);
        QCOMPARE(yaml(canvas.doc), before);
        QCOMPARE(canvas.doc.undoStack()->count(), 0);
        // Unlocked, the same paste goes through as one step.
        canvas.scene.setLayerLocked(ElementLayer::Device, false);
        QVERIFY(actions.paste());
        QCOMPARE(canvas.doc.undoStack()->count(), 1);
        QCOMPARE(canvas.doc.project().elements.size(), std::size_t(8));
    }

    void duplicateOntoALockedBandIsRefused() {
        Canvas canvas;
        ui::ClipboardActions actions(&canvas.doc, &canvas.scene);
        QSignalSpy status(&actions, &ui::ClipboardActions::statusMessage);
        // The switch sits just above the device band: its copy, one paste offset lower, would land in it.
        const QRectF device = canvas.scene.bandRect(ElementLayer::Device);
        const QPointF spot(canvas.centre("sw1").x(), device.top() - ui::ProjectClipboard::kPasteOffset / 2);
        canvas.doc.undoStack()->push(new ui::MoveElementsCommand(
            &canvas.doc, {{"sw1", std::nullopt, model::Position{spot.x(), spot.y()}}}));
        QVERIFY(canvas.scene.bandRect(ElementLayer::Network).contains(canvas.centre("sw1")));
        canvas.scene.setLayerLocked(ElementLayer::Device, true);
        canvas.select({"sw1"});
        const std::string before = yaml(canvas.doc);
        const int steps = canvas.doc.undoStack()->count();
        actions.duplicate();
        QCOMPARE(lastMessage(status), "Cannot duplicate: the Device layer" + kUnlock);
        QCOMPARE(yaml(canvas.doc), before);
        QCOMPARE(canvas.doc.undoStack()->count(), steps);
        // Another layer's lock does not stand in the way.
        canvas.scene.setLayerLocked(ElementLayer::Device, false);
        canvas.scene.setLayerLocked(ElementLayer::Service, true);
        canvas.select({"sw1"});
        actions.duplicate();
        QCOMPARE(canvas.doc.undoStack()->count(), steps + 1);
    }

    void paletteDropIntoALockedLayerIsRefused() {
        ui::MainWindow window;
        ui::Document* doc = window.document();
        ui::TopologyScene* scene = window.scene();
        const std::size_t count = doc->project().elements.size();
        scene->setLayerLocked(ElementLayer::Device, true);
        // Double-click in the palette: the sensor's own layer is locked.
        emit window.palette()->kindActivated(QStringLiteral("sensor"));
        QCOMPARE(doc->project().elements.size(), count);
        QCOMPARE(window.statusBar()->currentMessage(), "Cannot place sensor: the Device layer" + kUnlock);
        QCOMPARE(doc->undoStack()->count(), 0);

        // A drop point on a locked band is refused too, whatever the kind's layer.
        scene->setLayerLocked(ElementLayer::Device, false);
        scene->setLayerLocked(ElementLayer::Network, true);
        QString refusal;
        const QPointF network = scene->bandRect(ElementLayer::Network).center();
        QVERIFY(ui::placeNewElement(doc, *scene, "plc", network, &refusal).isEmpty());
        QCOMPARE(refusal, "Cannot place plc: the Network layer" + kUnlock);
        const QPointF device = scene->bandRect(ElementLayer::Device).center();
        QVERIFY(!ui::placeNewElement(doc, *scene, "plc", device, &refusal).isEmpty());
        QCOMPARE(doc->project().elements.size(), count + 1);
    }

    void dragIntoALockedBandStopsAtItsEdge() {
        Canvas canvas;
        QSignalSpy status(&canvas.scene, &ui::TopologyScene::statusMessage);
        canvas.scene.setLayerLocked(ElementLayer::Network, true);
        canvas.select({"s1"});
        const QPointF start = canvas.centre("s1");
        const QPoint p = canvas.at("s1");
        // 30 px along the device band, then up into the network band.
        const QPointF into = canvas.scene.bandRect(ElementLayer::Network).center();
        canvas.drag(p, {p + QPoint(30, 0), canvas.at(QPointF(start.x() + 30, into.y()))});
        QCOMPARE(canvas.centre("s1"), start + QPointF(30, 0));
        QCOMPARE(lastMessage(status), "Cannot move there: the Network layer" + kUnlock);
        QCOMPARE(canvas.doc.undoStack()->count(), 1); // the allowed part of the drag
        // Unlocked, the same drag goes all the way.
        canvas.scene.setLayerLocked(ElementLayer::Network, false);
        canvas.select({"s1"});
        const QPointF now = canvas.centre("s1");
        canvas.drag(canvas.at("s1"), {canvas.at(QPointF(now.x(), into.y()))});
        QVERIFY(canvas.scene.bandRect(ElementLayer::Network).contains(canvas.centre("s1")));
    }

    void alignIntoALockedBandIsRefused() {
        Canvas canvas;
        ui::ArrangeActions actions(&canvas.doc, &canvas.scene);
        QSignalSpy status(&actions, &ui::ArrangeActions::statusMessage);
        canvas.scene.setLayerLocked(ElementLayer::Network, true);
        canvas.select({"s1", "edge1"});
        // Their common middle line (two elements of one size) runs through the network band.
        const QPointF middle(canvas.centre("s1").x(),
                             (canvas.centre("s1").y() + canvas.centre("edge1").y()) / 2);
        QVERIFY(canvas.scene.bandRect(ElementLayer::Network).contains(middle));
        const std::string before = yaml(canvas.doc);
        QVERIFY(!actions.align(ui::Arrange::Alignment::VerticalCentre));
        QCOMPARE(lastMessage(status), "Cannot align middles: the Network layer" + kUnlock);
        QCOMPARE(yaml(canvas.doc), before);
        QCOMPARE(canvas.doc.undoStack()->count(), 0);
        // Left edges in line keep each element in its own band: that goes through.
        QVERIFY(actions.align(ui::Arrange::Alignment::Left));
        QCOMPARE(canvas.doc.undoStack()->count(), 1);
        QCOMPARE(canvas.centre("s1").x(), canvas.centre("edge1").x());
        // Unlocked, the middles are lined up in the network band.
        canvas.scene.setLayerLocked(ElementLayer::Network, false);
        canvas.select({"s1", "edge1"});
        QVERIFY(actions.align(ui::Arrange::Alignment::VerticalCentre));
        QCOMPARE(canvas.centre("s1").y(), canvas.centre("edge1").y());
        QVERIFY(canvas.scene.bandRect(ElementLayer::Network).contains(canvas.centre("s1")));
    }

    void inspectorEditsIntoALockedLayerAreRefused() {
        test::InspectorFixture f;
        f.scene.setLayerLocked(ElementLayer::Network, true);
        f.select({"s1"});
        const std::string before = yaml(f.doc);
        const QPointF network = f.scene.bandRect(ElementLayer::Network).center();
        QVERIFY(!f.inspector.enter("position", QStringLiteral("%1, %2").arg(network.x()).arg(network.y())));
        QCOMPARE(f.inspector.problem(), "Cannot set position: the Network layer" + kUnlock);
        QVERIFY(!f.inspector.enter("kind", "switch"));
        QCOMPARE(f.inspector.problem(), "Cannot set kind: the Network layer" + kUnlock);
        QCOMPARE(yaml(f.doc), before);
        QCOMPARE(f.doc.undoStack()->count(), 0);
        // A position in its own band is fine.
        const QPointF device = f.scene.bandRect(ElementLayer::Device).center();
        QVERIFY2(f.inspector.enter("position", QStringLiteral("%1, %2").arg(device.x()).arg(device.y())),
                 qPrintable(f.inspector.problem()));
        QCOMPARE(f.doc.undoStack()->count(), 1);
        f.doc.undoStack()->undo();
        QCOMPARE(yaml(f.doc), before);
    }
};

QTEST_MAIN(TestLockedLayers)
#include "test_locked_layers.moc"
