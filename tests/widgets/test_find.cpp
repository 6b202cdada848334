// Find (Ctrl+F): matches by id, name or kind as the user types; Enter, F3 and Shift+F3 jump to
// the matches in turn (selecting the element and centring the canvas on it); Esc closes the bar.

#include "sample_project.h"
#include "widgets/document.h"
#include "widgets/element_item.h"
#include "widgets/find_bar.h"
#include "widgets/main_window.h"
#include "widgets/topology_scene.h"
#include "widgets/topology_view.h"

#include <QAction>
#include <QLineEdit>
#include <QSignalSpy>
#include <QToolBar>
#include <QtTest>

using namespace iiot;

namespace {

// Far apart, so the canvas scrolls and centring on an element is visible.
model::Project spreadProject() {
    model::Project p = test::sampleProject();
    for (std::size_t i = 0; i < p.elements.size(); ++i)
        p.elements[i].position =
            model::Position{700.0 * static_cast<double>(i), 900.0 * static_cast<double>(i % 3)};
    return p;
}

// What a match is, written out: the text inside id, name, kind id or kind label, ignoring case.
QStringList bruteForce(const model::Project& p, const model::TypeLibrary& types, const QString& text) {
    QStringList out;
    for (const model::Element& e : p.elements) {
        const QString fields = QString::fromStdString(e.id + '\n' + e.name.value_or("") + '\n' + e.kind +
                                                      '\n' + types.kind(e.kind)->label);
        if (fields.contains(text, Qt::CaseInsensitive))
            out.append(QString::fromStdString(e.id));
    }
    return out;
}

QPointF viewCentre(const ui::TopologyView& view) {
    return view.mapToScene(view.viewport()->rect().center());
}

} // namespace

class TestFind : public QObject {
    Q_OBJECT

private slots:
    void matchesIdNameAndKindBestFirst() {
        const model::Project p = test::sampleProject();
        const auto& types = model::TypeLibrary::builtin();
        for (const char* words : {"plc", "SW", "line plc", "fire", "1", "access", "zzz"}) {
            const QString text = QString::fromUtf8(words);
            const QStringList found = ui::FindBar::findElements(p, types, text);
            QStringList sorted = found, expected = bruteForce(p, types, text);
            sorted.sort();
            expected.sort();
            QCOMPARE(sorted, expected);
        }
        // Exact matches (here: the kind "plc") come before prefix matches, then the rest.
        QCOMPARE(ui::FindBar::findElements(p, types, "plc").front(), QString("plc1"));
        QCOMPARE(ui::FindBar::findElements(p, types, "Line PLC"), QStringList{"plc1"});
        // "1" is inside every id: project order.
        QCOMPARE(ui::FindBar::findElements(p, types, "1"),
                 (QStringList{"s1", "plc1", "sw1", "ap1", "edge1", "fw1", "cloud1"}));
        // "s" starts s1 and sw1 (and "sensor", "switch"): they come before the others that contain it.
        const QStringList s = ui::FindBar::findElements(p, types, "s");
        QCOMPARE(s.mid(0, 2), (QStringList{"s1", "sw1"}));
        QVERIFY(ui::FindBar::findElements(p, types, "  ").isEmpty());
    }

    void ctrlFFindsAndEnterJumps() {
        ui::MainWindow window;
        window.document()->reset(spreadProject());
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QCoreApplication::processEvents(); // the pending fit
        window.view()->setZoom(1.0);
        ui::FindBar* bar = window.findBar();
        QVERIFY(!bar->isVisible());

        QTest::keySequence(&window, QKeySequence::Find);
        QVERIFY(bar->isVisible());
        QCoreApplication::processEvents(); // the window makes room for the bar
        QLineEdit* field = bar->searchField();
        QTRY_VERIFY(field->hasFocus());
        QTest::keyClicks(field, "edg");
        QCOMPARE(bar->matches(), QStringList{"edge1"});
        QCOMPARE(bar->summary(), QString("1 match"));
        QVERIFY(window.scene()->selectedItems().isEmpty()); // typing only counts

        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(window.scene()->selectedElementIds(), QStringList{"edge1"});
        QCOMPARE(bar->summary(), QString("1 of 1"));
        // Centred on the element with its label (the item's bounds), not just on its icon.
        const QPointF edge = window.scene()->elementItem("edge1")->sceneBoundingRect().center();
        QVERIFY2(QLineF(viewCentre(*window.view()), edge).length() < 2, "the canvas is centred on it");

        QTest::keyClick(field, Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
    }

    void f3AndShiftF3StepThroughMatches() {
        ui::MainWindow window;
        window.document()->reset(spreadProject());
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QCoreApplication::processEvents();
        window.view()->setZoom(1.0);
        ui::FindBar* bar = window.findBar();
        QSignalSpy found(bar, &ui::FindBar::elementFound);
        bar->activate();
        bar->searchField()->setText("1");
        QCOMPARE(bar->matches().size(), 7);

        QTest::keySequence(&window, QKeySequence::FindNext);
        QTest::keySequence(&window, QKeySequence::FindNext);
        QCOMPARE(window.scene()->selectedElementIds(), QStringList{"plc1"});
        QCOMPARE(bar->summary(), QString("2 of 7"));
        QTest::keySequence(&window, QKeySequence::FindPrevious);
        QCOMPARE(window.scene()->selectedElementIds(), QStringList{"s1"});
        QTest::keySequence(&window, QKeySequence::FindPrevious); // wraps to the last
        QCOMPARE(window.scene()->selectedElementIds(), QStringList{"cloud1"});
        QCOMPARE(found.size(), 4);
        // The last element lies at the canvas's edge: shown, if not quite centred.
        QVERIFY(window.view()->viewport()->rect().contains(
            window.view()->mapFromScene(window.scene()->elementItem("cloud1")->centre())));

        // From the last match, Find Next wraps to the first.
        window.scene()->clearSelection();
        bar->findNext();
        QCOMPARE(window.scene()->selectedElementIds(), QStringList{"s1"});

        // No match: nothing selected, the bar says so.
        bar->searchField()->setText("nothing-like-this");
        QCOMPARE(bar->summary(), QString("No match"));
        bar->findNext();
        QCOMPARE(found.size(), 5);
    }
};

QTEST_MAIN(TestFind)
#include "test_find.moc"
