// Drawing links with the mouse: Shift+drag (or a drag in link mode) from one element to another
// adds one link as one undo step, asking for the medium only when the ends share more than one
// unused medium; each refusal (itself, a duplicate, no common medium, a locked end, nowhere)
// adds nothing and says why. Expected media are computed here from the type library, the way the
// validator defines a usable medium, not copied from the code under test.

#include "sample_project.h"
#include "undo_test_support.h"
#include "widgets/document.h"
#include "widgets/element_item.h"
#include "widgets/link_item.h"
#include "widgets/link_rules.h"
#include "widgets/link_tool.h"
#include "widgets/main_window.h"
#include "widgets/topology_scene.h"
#include "widgets/topology_view.h"

#include "model/capability_catalogue.h"
#include "model/effective_values.h"
#include "model/validation.h"

#include <QAction>
#include <QGraphicsLineItem>
#include <QSignalSpy>
#include <QStatusBar>
#include <QtTest>

#include <algorithm>

using namespace iiot;
using test::yaml;

namespace {

// Media both elements have an interface for, in the first one's order: brute force over the
// effective interface lists.
QStringList commonMedia(const ui::Document& doc, const std::string& a, const std::string& b) {
    const auto& types = doc.types();
    const auto& ma = model::effectiveInterfaces(*doc.element(a), types);
    const auto& mb = model::effectiveInterfaces(*doc.element(b), types);
    QStringList out;
    for (const std::string& m : ma)
        if (std::count(mb.begin(), mb.end(), m) && !out.contains(QString::fromStdString(m)))
            out.append(QString::fromStdString(m));
    return out;
}

int errorCount(const ui::Document& doc) {
    int n = 0;
    for (const auto& d :
         model::validateProject(doc.project(), doc.types(), model::CapabilityCatalogue::builtin()))
        n += d.severity == model::Severity::Error;
    return n;
}

struct Canvas {
    ui::Document doc;
    ui::TopologyScene scene{&doc};
    ui::TopologyView view;
    ui::LinkTool tool{&scene};
    QStringList asked; // media offered to the chooser, per question
    QString answer;    // what the chooser picks

    explicit Canvas(model::Project project = test::sampleProject()) {
        doc.reset(std::move(project));
        view.setScene(&scene);
        view.resize(1200, 800);
        view.show();
        view.fitInView(scene.itemsBoundingRect(), Qt::KeepAspectRatio);
        tool.setMediumChooser([this](const QStringList& media, const QPoint&) {
            asked.append(media.join(','));
            return answer;
        });
    }
    QPoint at(const QString& id) const { return view.mapFromScene(scene.elementItem(id)->centre()); }

    // Presses on `from` (with `modifiers`), moves in steps to `to` and releases there.
    void drag(QPoint from, QPoint to, Qt::KeyboardModifiers modifiers = Qt::ShiftModifier) {
        QWidget* viewport = view.viewport();
        QTest::mousePress(viewport, Qt::LeftButton, modifiers, from);
        for (int i = 1; i <= 4; ++i)
            QTest::mouseMove(viewport, from + (to - from) * i / 4);
        QTest::mouseRelease(viewport, Qt::LeftButton, modifiers, to);
    }
    void drag(const QString& from, const QString& to, Qt::KeyboardModifiers modifiers = Qt::ShiftModifier) {
        drag(at(from), at(to), modifiers);
    }
};

QString lastMessage(const QSignalSpy& spy) {
    return spy.isEmpty() ? QString() : spy.back().at(0).toString();
}

} // namespace

class TestLinkTool : public QObject {
    Q_OBJECT

private slots:
    void shiftDragWithOneCommonMediumLinksWithoutAsking() {
        Canvas canvas;
        QVERIFY(QTest::qWaitForWindowExposed(&canvas.view));
        QCOMPARE(commonMedia(canvas.doc, "ap1", "edge1"), QStringList{"ethernet"});
        QSignalSpy messages(&canvas.tool, &ui::LinkTool::statusMessage);
        QSignalSpy created(&canvas.tool, &ui::LinkTool::linkCreated);
        const std::string before = yaml(canvas.doc);
        const std::size_t links = canvas.doc.project().links.size();

        // Halfway, the rubber line follows the cursor; over the target it snaps to its centre.
        QWidget* viewport = canvas.view.viewport();
        const QPoint from = canvas.at("ap1"), to = canvas.at("edge1");
        QTest::mousePress(viewport, Qt::LeftButton, Qt::ShiftModifier, from);
        QVERIFY(canvas.tool.isLinking());
        QVERIFY(!canvas.scene.isDragging()); // the element is not moved
        const QPoint middle = (from + to) / 2;
        QTest::mouseMove(viewport, middle);
        QGraphicsLineItem* rubber = canvas.tool.rubberLine();
        QVERIFY(rubber);
        QCOMPARE(rubber->line().p1(), canvas.scene.elementItem("ap1")->centre());
        QVERIFY(QLineF(rubber->line().p2(), canvas.view.mapToScene(middle)).length() < 1);
        QTest::mouseMove(viewport, to);
        QCOMPARE(canvas.tool.rubberLine()->line().p2(), canvas.scene.elementItem("edge1")->centre());
        QCOMPARE(canvas.tool.rubberLine()->pen().color(), QColor(0x2e, 0x7d, 0x32)); // allowed: green
        QTest::mouseRelease(viewport, Qt::LeftButton, Qt::ShiftModifier, to);

        QVERIFY(!canvas.tool.isLinking());
        QVERIFY(canvas.asked.isEmpty()); // one common medium: no question
        QCOMPARE(canvas.doc.project().links.size(), links + 1);
        const model::Link& link = canvas.doc.project().links.back();
        QCOMPARE(link.from, std::string("ap1"));
        QCOMPARE(link.to, std::string("edge1"));
        QCOMPARE(link.medium, std::string("ethernet"));
        QCOMPARE(link.id, std::optional<std::string>("l6")); // l1..l5 are taken
        QCOMPARE(created.size(), 1);
        QCOMPARE(created.at(0).at(0).toString(), QString("l6"));
        QVERIFY(canvas.scene.linkItem("l6"));
        QVERIFY(canvas.scene.linkItem("l6")->isSelected());
        QCOMPARE(lastMessage(messages), QString("Linked 'ap1' to 'edge1' by Ethernet (ethernet)"));
        QCOMPARE(errorCount(canvas.doc), 0);

        QCOMPARE(canvas.doc.undoStack()->count(), 1);
        const std::string after = yaml(canvas.doc);
        canvas.doc.undoStack()->undo();
        QCOMPARE(yaml(canvas.doc), before);
        QVERIFY(!canvas.scene.linkItem("l6"));
        canvas.doc.undoStack()->redo();
        QCOMPARE(yaml(canvas.doc), after);
        QVERIFY(canvas.scene.linkItem("l6"));
    }

    void severalCommonMediaAskWhichOne() {
        Canvas canvas;
        const QStringList common = commonMedia(canvas.doc, "plc1", "fw1");
        QCOMPARE(common, (QStringList{"profinet", "ethernet"})); // the PLC's own order
        canvas.answer = "ethernet";
        canvas.drag("plc1", "fw1");
        QCOMPARE(canvas.asked, QStringList{common.join(',')});
        QCOMPARE(canvas.doc.project().links.back().medium, std::string("ethernet"));
        QCOMPARE(canvas.doc.undoStack()->count(), 1);

        // Cancelling the question adds nothing. The medium just used is no longer offered, so the
        // one left is taken without asking.
        canvas.asked.clear();
        canvas.drag("fw1", "plc1");
        QVERIFY(canvas.asked.isEmpty());
        QCOMPARE(canvas.doc.project().links.back().medium, std::string("profinet"));
        QCOMPARE(canvas.doc.project().links.back().from, std::string("fw1"));
        QCOMPARE(canvas.doc.undoStack()->count(), 2);
        QCOMPARE(errorCount(canvas.doc), 0);
    }

    void cancellingTheMediumQuestionAddsNothing() {
        Canvas canvas;
        QSignalSpy messages(&canvas.tool, &ui::LinkTool::statusMessage);
        const std::string before = yaml(canvas.doc);
        canvas.answer.clear();
        canvas.drag("plc1", "fw1");
        QCOMPARE(canvas.asked.size(), 1);
        QCOMPARE(yaml(canvas.doc), before);
        QCOMPARE(canvas.doc.undoStack()->count(), 0);
        QCOMPARE(lastMessage(messages), QString("Link cancelled"));
    }

    void refusesALinkToItself() {
        Canvas canvas;
        QSignalSpy messages(&canvas.tool, &ui::LinkTool::statusMessage);
        const std::string before = yaml(canvas.doc);
        const QPoint p = canvas.at("plc1");
        QWidget* viewport = canvas.view.viewport();
        QTest::mousePress(viewport, Qt::LeftButton, Qt::ShiftModifier, p);
        QTest::mouseMove(viewport, p + QPoint(120, 0)); // away and back
        QTest::mouseMove(viewport, p + QPoint(2, 1));
        QTest::mouseRelease(viewport, Qt::LeftButton, Qt::ShiftModifier, p + QPoint(2, 1));
        QCOMPARE(yaml(canvas.doc), before);
        QCOMPARE(canvas.doc.undoStack()->count(), 0);
        QCOMPARE(lastMessage(messages), QString("No link: 'plc1' cannot be linked to itself"));
        QVERIFY(!canvas.tool.isLinking());
        QVERIFY(!canvas.tool.rubberLine());
    }

    void refusesADuplicateOfPairAndMedium() {
        model::Project project = test::sampleProject();
        project.elements[1].interfaces = std::vector<std::string>{"profinet"}; // plc1: only what l1 uses
        Canvas canvas(std::move(project));
        QCOMPARE(commonMedia(canvas.doc, "sw1", "plc1"), QStringList{"profinet"});
        QSignalSpy messages(&canvas.tool, &ui::LinkTool::statusMessage);
        const std::string before = yaml(canvas.doc);
        // l1 runs plc1 -> sw1; the validator treats the pair as unordered, so does the tool.
        canvas.drag("sw1", "plc1");
        QCOMPARE(yaml(canvas.doc), before);
        QCOMPARE(canvas.doc.undoStack()->count(), 0);
        QCOMPARE(lastMessage(messages),
                 QString("No link: 'sw1' and 'plc1' are already linked by profinet (one link per medium)"));
        QVERIFY(canvas.asked.isEmpty());

        // The rule the tool applies is the validator's: forcing the link in makes exactly one error.
        model::Project forced = canvas.doc.project();
        forced.links.push_back(test::link("l9", "sw1", "plc1", "profinet"));
        const auto problems =
            model::validateProject(forced, canvas.doc.types(), model::CapabilityCatalogue::builtin());
        QCOMPARE(std::count_if(problems.begin(), problems.end(),
                               [](const model::Diagnostic& d) {
                                   return d.severity == model::Severity::Error &&
                                          d.message.find("duplicates") != std::string::npos;
                               }),
                 1L);
    }

    void refusesElementsWithoutACommonMedium() {
        Canvas canvas;
        QVERIFY(commonMedia(canvas.doc, "s1", "plc1").isEmpty());
        QSignalSpy messages(&canvas.tool, &ui::LinkTool::statusMessage);
        const std::string before = yaml(canvas.doc);
        canvas.drag("s1", "plc1");
        QCOMPARE(yaml(canvas.doc), before);
        const QString message = lastMessage(messages);
        QVERIFY2(message.startsWith("No link: 's1' (") &&
                     message.contains("and 'plc1' (profinet, ethernet) have "
                                      "no medium in common"),
                 qPrintable(message));
        // The status text lists the sensor's own media, read from the type library.
        const auto& sensorMedia =
            model::effectiveInterfaces(*canvas.doc.element(std::string("s1")), canvas.doc.types());
        QVERIFY(message.contains(QString::fromStdString(sensorMedia.front())));
    }

    void refusesALockedEnd() {
        Canvas canvas;
        canvas.tool.setLockTest([](const QString& id) { return id == "sw1"; });
        QVERIFY(!commonMedia(canvas.doc, "ap1", "sw1").isEmpty());
        QSignalSpy messages(&canvas.tool, &ui::LinkTool::statusMessage);
        const std::string before = yaml(canvas.doc);
        canvas.drag("ap1", "sw1");
        QCOMPARE(yaml(canvas.doc), before);
        QCOMPARE(lastMessage(messages), QString("No link: 'sw1' is on a locked layer"));
        // The canvas's own lock: every element of the layer is refused as an end.
        canvas.tool.setLockTest({});
        const model::ElementLayer network = canvas.scene.elementItem("sw1")->layer();
        canvas.scene.setLayerLocked(network, true);
        QVERIFY(canvas.scene.elementItem("s1")->layer() != network);
        canvas.drag("s1", "sw1");
        QCOMPARE(lastMessage(messages), QString("No link: 'sw1' is on a locked layer"));
        QCOMPARE(yaml(canvas.doc), before);
        canvas.scene.setLayerLocked(network, false);
        // A disabled item is refused the same way.
        canvas.scene.elementItem("ap1")->setEnabled(false);
        QCOMPARE(ui::checkNewLink(canvas.doc, "ap1", "edge1", true, false).verdict,
                 ui::LinkCheck::Verdict::Locked);
        QCOMPARE(canvas.tool.link("ap1", "edge1"), QString());
        QCOMPARE(lastMessage(messages), QString("No link: 'ap1' is on a locked layer"));
        QCOMPARE(yaml(canvas.doc), before);
    }

    void releasingOnEmptyCanvasAddsNothing() {
        Canvas canvas;
        QSignalSpy messages(&canvas.tool, &ui::LinkTool::statusMessage);
        const std::string before = yaml(canvas.doc);
        // Zoomed out, the view's corner lies beyond every element.
        canvas.view.scale(0.5, 0.5);
        const QPoint empty(canvas.view.viewport()->width() - 3, 3);
        const QList<QGraphicsItem*> under = canvas.scene.items(canvas.view.mapToScene(empty));
        QVERIFY(std::none_of(under.begin(), under.end(),
                             [](QGraphicsItem* item) { return qgraphicsitem_cast<ui::ElementItem*>(item); }));
        canvas.drag(canvas.at("plc1"), empty);
        QCOMPARE(yaml(canvas.doc), before);
        QCOMPARE(lastMessage(messages), QString("No link: release the mouse over another element"));
    }

    void linkModeLinksWithoutShiftAndPlainDragsMove() {
        Canvas canvas;
        // Without the mode a plain drag moves the element.
        const QPointF start = canvas.scene.elementItem("ap1")->centre();
        canvas.drag("ap1", "edge1", Qt::NoModifier);
        QVERIFY(canvas.scene.elementItem("ap1")->centre() != start);
        QCOMPARE(canvas.doc.project().links.size(), std::size_t{5});
        canvas.doc.undoStack()->undo();
        QCOMPARE(canvas.scene.elementItem("ap1")->centre(), start);

        canvas.tool.modeAction()->trigger();
        QVERIFY(canvas.tool.isLinkMode());
        canvas.drag("ap1", "edge1", Qt::NoModifier);
        QCOMPARE(canvas.scene.elementItem("ap1")->centre(), start);
        QCOMPARE(canvas.doc.project().links.size(), std::size_t{6});
        QCOMPARE(canvas.doc.project().links.back().medium, std::string("ethernet"));

        // Esc leaves link mode; a press on empty canvas in link mode still rubber-bands.
        canvas.tool.setLinkMode(false);
        QVERIFY(!canvas.tool.modeAction()->isChecked());
    }

    void escapeCancelsADrag() {
        Canvas canvas;
        QWidget* viewport = canvas.view.viewport();
        canvas.view.setFocus();
        const QPoint from = canvas.at("ap1"), to = canvas.at("edge1");
        QTest::mousePress(viewport, Qt::LeftButton, Qt::ShiftModifier, from);
        QTest::mouseMove(viewport, to);
        QVERIFY(canvas.tool.isLinking());
        QKeyEvent escape(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
        QCoreApplication::sendEvent(&canvas.scene, &escape);
        QVERIFY(!canvas.tool.isLinking());
        QTest::mouseRelease(viewport, Qt::LeftButton, Qt::ShiftModifier, to);
        QCOMPARE(canvas.doc.project().links.size(), std::size_t{5});
    }

    void windowShowsTheReasonInTheStatusBar() {
        ui::MainWindow window;
        window.document()->reset(test::sampleProject());
        QVERIFY(window.linkTool());
        QCOMPARE(window.linkTool()->link("s1", "s1"), QString());
        QCOMPARE(window.statusBar()->currentMessage(), QString("No link: 's1' cannot be linked to itself"));
        window.linkTool()->setMediumChooser(
            [](const QStringList& media, const QPoint&) { return media.back(); });
        const QString key = window.linkTool()->link("plc1", "fw1");
        QCOMPARE(key, QString("l6"));
        QCOMPARE(window.statusBar()->currentMessage(),
                 QString("Linked 'plc1' to 'fw1' by Ethernet (ethernet)"));
        QCOMPARE(window.countsText(), QString::fromUtf8("7 elements \u00b7 6 links \u00b7 2 zones"));
    }
};

QTEST_MAIN(TestLinkTool)
#include "test_link_tool.moc"
