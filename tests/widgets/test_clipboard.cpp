// Copy, cut, paste and duplicate: the clipboard carries the selected elements with the links among
// them as a small project in YAML; a paste gives fresh ids, keeps the links among the pasted
// elements, shifts them by the paste offset and selects them. Each edit is one undo step that
// undo reverts byte for byte.

#include "canvas_test_support.h"
#include "undo_test_support.h"
#include "widgets/clipboard.h"
#include "widgets/clipboard_actions.h"
#include "widgets/link_item.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QtTest>

#include <yaml-cpp/yaml.h>

using namespace iiot;
using test::Canvas;
using test::yaml;

namespace {

QPointF positionOf(const ui::Document& doc, const char* id) {
    const model::Element* e = doc.element(std::string(id));
    return e && e->position ? QPointF(e->position->x, e->position->y) : QPointF(-1, -1);
}

// The link joining the two elements, or null.
const model::Link* linkBetween(const ui::Document& doc, const std::string& a, const std::string& b) {
    for (const model::Link& l : doc.project().links)
        if ((l.from == a && l.to == b) || (l.from == b && l.to == a))
            return &l;
    return nullptr;
}

} // namespace

class TestClipboard : public QObject {
    Q_OBJECT

private slots:
    void init() { QGuiApplication::clipboard()->clear(); }

    void standardShortcuts() {
        Canvas canvas;
        ui::ClipboardActions actions(&canvas.doc, &canvas.scene);
        QCOMPARE(actions.cutAction()->shortcut(), QKeySequence(QKeySequence::Cut));
        QCOMPARE(actions.copyAction()->shortcut(), QKeySequence(QKeySequence::Copy));
        QCOMPARE(actions.pasteAction()->shortcut(), QKeySequence(QKeySequence::Paste));
        QCOMPARE(actions.duplicateAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_D));
        // Nothing selected, nothing on the clipboard.
        QVERIFY(!actions.copyAction()->isEnabled());
        QVERIFY(!actions.pasteAction()->isEnabled());
        canvas.select({"plc1"});
        QVERIFY(actions.copyAction()->isEnabled());
        actions.copy();
        QVERIFY(actions.pasteAction()->isEnabled());
    }

    void copyCarriesElementsAndTheLinksAmongThem() {
        Canvas canvas;
        ui::ClipboardActions actions(&canvas.doc, &canvas.scene);
        const std::string before = yaml(canvas.doc);
        canvas.select({"s1", "ap1", "plc1", "sw1"});
        actions.copy();
        QCOMPARE(yaml(canvas.doc), before); // copying is no edit
        QCOMPARE(canvas.doc.undoStack()->count(), 0);

        const QMimeData* data = QGuiApplication::clipboard()->mimeData();
        QVERIFY(data->hasFormat(ui::ProjectClipboard::kMimeType));
        QCOMPARE(data->text().toUtf8(), data->data(ui::ProjectClipboard::kMimeType));
        // An independent YAML parser's reading: four elements in project order, the two links
        // with both ends among them (l1 plc1-sw1, l2 s1-ap1; l3 reaches fw1, which stays), and the
        // one zone they belong to.
        const YAML::Node doc = YAML::Load(data->text().toStdString());
        QCOMPARE(doc["format"].as<std::string>(), std::string("iiot-workbench/1"));
        QCOMPARE(doc["elements"].size(), std::size_t(4));
        QCOMPARE(doc["elements"][0]["id"].as<std::string>(), std::string("s1"));
        QCOMPARE(doc["elements"][3]["id"].as<std::string>(), std::string("ap1"));
        QCOMPARE(doc["links"].size(), std::size_t(2));
        QCOMPARE(doc["links"][0]["id"].as<std::string>(), std::string("l1"));
        QCOMPARE(doc["links"][1]["id"].as<std::string>(), std::string("l2"));
        QCOMPARE(doc["zones"].size(), std::size_t(1));
        QCOMPARE(doc["zones"][0]["id"].as<std::string>(), std::string("cell"));
        // Elements placed by the automatic layout travel with their place on the canvas.
        const QPointF plc = canvas.centre("plc1");
        QCOMPARE(doc["elements"][1]["position"][0].as<double>(), plc.x());
        QCOMPARE(doc["elements"][1]["position"][1].as<double>(), plc.y());
    }

    void pasteGivesFreshIdsAndKeepsLinks() {
        Canvas canvas;
        ui::ClipboardActions actions(&canvas.doc, &canvas.scene);
        canvas.select({"s1", "ap1", "plc1", "sw1"});
        const QPointF s1 = canvas.centre("s1");
        const QPointF plc = canvas.centre("plc1");
        actions.copy();
        const std::string before = yaml(canvas.doc);

        QVERIFY(actions.paste());
        QCOMPARE(canvas.doc.undoStack()->count(), 1);
        QCOMPARE(canvas.doc.project().elements.size(), std::size_t(11));
        // "s1" is taken, the next free id with its prefix is "s2"; likewise for the others.
        for (const char* id : {"s2", "plc2", "sw2", "ap2"})
            QVERIFY2(canvas.doc.element(std::string(id)), id);
        QCOMPARE(canvas.doc.element(std::string("plc2"))->name, std::optional<std::string>("Line PLC"));
        QCOMPARE(canvas.doc.element(std::string("plc2"))->zone, std::optional<std::string>("cell"));
        // The links among the copies, with fresh ids after l1..l5, and nothing to the originals.
        QCOMPARE(canvas.doc.project().links.size(), std::size_t(7));
        const model::Link* wired = linkBetween(canvas.doc, "plc2", "sw2");
        const model::Link* radio = linkBetween(canvas.doc, "s2", "ap2");
        QVERIFY(wired && radio);
        QCOMPARE(wired->medium, std::string("profinet"));
        QCOMPARE(radio->medium, std::string("wifi"));
        QCOMPARE(*wired->id, std::string("l6"));
        QCOMPARE(*radio->id, std::string("l7"));
        QVERIFY(!linkBetween(canvas.doc, "sw2", "fw1"));
        // One paste offset down and to the right of the originals.
        const double d = ui::ProjectClipboard::kPasteOffset;
        QCOMPARE(positionOf(canvas.doc, "s2"), s1 + QPointF(d, d));
        QCOMPARE(positionOf(canvas.doc, "plc2"), plc + QPointF(d, d));
        // The pasted elements and their links are the selection.
        QStringList selected = canvas.scene.selectedElementIds();
        selected.sort();
        QCOMPARE(selected, (QStringList{"ap2", "plc2", "s2", "sw2"}));
        QStringList links = canvas.scene.selectedLinkKeys();
        links.sort();
        QCOMPARE(links, (QStringList{"l6", "l7"}));
        QVERIFY(canvas.scene.linkItem("l6"));

        const std::string after = yaml(canvas.doc);
        canvas.doc.undoStack()->undo();
        QCOMPARE(yaml(canvas.doc), before);
        QVERIFY(!canvas.scene.elementItem("plc2"));
        canvas.doc.undoStack()->redo();
        QCOMPARE(yaml(canvas.doc), after);
    }

    void repeatedPastesCascade() {
        Canvas canvas;
        ui::ClipboardActions actions(&canvas.doc, &canvas.scene);
        canvas.select({"plc1"});
        const QPointF plc = canvas.centre("plc1");
        actions.copy();
        QVERIFY(actions.paste());
        QVERIFY(actions.paste());
        // The first copy sits one offset away; the second would cover it, so it goes one further.
        const double d = ui::ProjectClipboard::kPasteOffset;
        QCOMPARE(positionOf(canvas.doc, "plc2"), plc + QPointF(d, d));
        QCOMPARE(positionOf(canvas.doc, "plc3"), plc + QPointF(2 * d, 2 * d));
        QCOMPARE(canvas.doc.undoStack()->count(), 2);
    }

    void cutIsCopyAndDeleteInOneStep() {
        Canvas canvas;
        ui::ClipboardActions actions(&canvas.doc, &canvas.scene);
        const std::string before = yaml(canvas.doc);
        canvas.select({"plc1", "sw1"});
        canvas.scene.linkItem("l4")->setSelected(true); // a selected link of neither goes too
        actions.cut();
        QCOMPARE(canvas.doc.undoStack()->count(), 1);
        QVERIFY(!canvas.doc.element(std::string("plc1")));
        QVERIFY(!canvas.doc.element(std::string("sw1")));
        // l1 (plc1-sw1), l3 (sw1-fw1) went with the elements, l4 was selected: l2 and l5 remain.
        QCOMPARE(canvas.doc.project().links.size(), std::size_t(2));
        const std::string afterCut = yaml(canvas.doc);
        canvas.doc.undoStack()->undo();
        QCOMPARE(yaml(canvas.doc), before);
        canvas.doc.undoStack()->redo();
        QCOMPARE(yaml(canvas.doc), afterCut);

        // The ids are free again, so the paste brings them back under their old names, and the
        // link between them takes the first free link id.
        QVERIFY(actions.paste());
        QVERIFY(canvas.doc.element(std::string("plc1")));
        QVERIFY(canvas.doc.element(std::string("sw1")));
        QCOMPARE(*linkBetween(canvas.doc, "plc1", "sw1")->id, std::string("l1"));
        QCOMPARE(canvas.doc.undoStack()->count(), 2);
    }

    void duplicateWithTheShortcut() {
        Canvas canvas;
        ui::ClipboardActions actions(&canvas.doc, &canvas.scene);
        canvas.view.addActions(actions.actions());
        QGuiApplication::clipboard()->setText(QStringLiteral("unrelated"));
        canvas.select({"fw1", "edge1"});
        const std::string before = yaml(canvas.doc);
        canvas.view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&canvas.view)); // shortcuts reach the active window
        canvas.view.setFocus();
        QTest::keyClick(&canvas.view, Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(canvas.doc.undoStack()->count(), 1);
        QVERIFY(canvas.doc.element(std::string("fw2")));
        QVERIFY(canvas.doc.element(std::string("edge2")));
        QCOMPARE(linkBetween(canvas.doc, "fw2", "edge2")->medium, std::string("fibre"));
        // Duplicate leaves the clipboard alone.
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("unrelated"));
        const std::string after = yaml(canvas.doc);
        canvas.doc.undoStack()->undo();
        QCOMPARE(yaml(canvas.doc), before);
        canvas.doc.undoStack()->redo();
        QCOMPARE(yaml(canvas.doc), after);
    }

    void pastePlainYamlFromATextEditor() {
        Canvas canvas;
        ui::ClipboardActions actions(&canvas.doc, &canvas.scene);
        // Typed by hand: two elements of a zone the document does not have, one link.
        QGuiApplication::clipboard()->setText(
            QStringLiteral("format: iiot-workbench/1\n"
                           "name: snippet\n"
                           "zones:\n"
                           "  - {id: far, type: cloud}\n"
                           "elements:\n"
                           "  - {id: cloud1, kind: cloud, zone: far, position: [0, 0]}\n"
                           "  - {id: gw, kind: gateway, position: [100, 0]}\n"
                           "links:\n"
                           "  - {from: gw, to: cloud1, medium: internet}\n"));
        QVERIFY(actions.pasteAction()->isEnabled());
        const std::string before = yaml(canvas.doc);
        QVERIFY(actions.paste());
        QVERIFY(canvas.doc.element(std::string("cloud2")));
        QVERIFY(canvas.doc.element(std::string("gw1")));           // "gw" has no number: the first free one
        QVERIFY(!canvas.doc.element(std::string("cloud2"))->zone); // no zone "far" here
        QCOMPARE(positionOf(canvas.doc, "gw1"), QPointF(140, 40));
        QCOMPARE(linkBetween(canvas.doc, "gw1", "cloud2")->medium, std::string("internet"));
        canvas.doc.undoStack()->undo();
        QCOMPARE(yaml(canvas.doc), before);

        // Text that is not a project is not pasted.
        QGuiApplication::clipboard()->setText(QStringLiteral("hello"));
        QVERIFY(!actions.pasteAction()->isEnabled());
        QVERIFY(!actions.paste());
        QCOMPARE(canvas.doc.undoStack()->count(), 1); // just the undone paste, to be redone
    }
};

QTEST_MAIN(TestClipboard)
#include "test_clipboard.moc"
