// Placing elements from the palette: a drop on the canvas and a double-click in the palette each
// add one element of the kind, as one undo step that restores the project byte for byte.
#include "model/yaml_writer.h"
#include "widgets/document.h"
#include "widgets/edit_actions.h"
#include "widgets/main_window.h"
#include "widgets/palette.h"
#include "widgets/topology_scene.h"
#include "widgets/topology_view.h"

#include <QAction>
#include <QDropEvent>
#include <QMenuBar>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace iiot;

class TestPaletteDrop : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void dropOnCanvasAddsElementAtDropPoint() {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* doc = window.document();
        const std::string before = model::writeProjectYaml(doc->project());
        const std::size_t count = doc->project().elements.size();
        QSignalSpy added(doc, &ui::Document::elementsAdded);

        ui::TopologyView* view = window.view();
        const QPoint at = view->viewport()->rect().center() + QPoint(40, 30);
        const QPointF expected = view->mapToScene(at);
        std::unique_ptr<QMimeData> mime(ui::Palette::mimeDataForKind(QStringLiteral("edge-server")));
        QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &drop);

        QCOMPARE(added.count(), 1);
        QCOMPARE(doc->project().elements.size(), count + 1);
        const auto& e = doc->project().elements.back();
        QCOMPARE(e.kind, std::string("edge-server"));
        QVERIFY(e.position.has_value());
        QCOMPARE(e.position->x, std::round(expected.x()));
        QCOMPARE(e.position->y, std::round(expected.y()));
        QCOMPARE(doc->undoStack()->count(), 1);

        const std::string after = model::writeProjectYaml(doc->project());
        doc->undoStack()->undo();
        QCOMPARE(model::writeProjectYaml(doc->project()), before);
        doc->undoStack()->redo();
        QCOMPARE(model::writeProjectYaml(doc->project()), after);
    }

    void foreignDropIsIgnored() {
        ui::MainWindow window;
        auto* doc = window.document();
        const std::size_t count = doc->project().elements.size();
        QMimeData mime;
        mime.setText(QStringLiteral("edge-server"));
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window.view()->viewport(), &drop);
        QCOMPARE(doc->project().elements.size(), count);
    }

    void paletteActivationPlacesAtViewCentreWithFreshIds() {
        ui::MainWindow window;
        auto* doc = window.document();
        const std::size_t count = doc->project().elements.size();
        emit window.palette()->kindActivated(QStringLiteral("sensor"));
        emit window.palette()->kindActivated(QStringLiteral("sensor"));
        QCOMPARE(doc->project().elements.size(), count + 2);
        const auto& a = doc->project().elements[count];
        const auto& b = doc->project().elements[count + 1];
        QVERIFY(a.id != b.id);
        QCOMPARE(a.kind, std::string("sensor"));
        const QPointF centre = window.view()->mapToScene(window.view()->viewport()->rect().center());
        QCOMPARE(a.position->x, std::round(centre.x()));
        QCOMPARE(window.scene()->items().isEmpty(), false);
        QCOMPARE(doc->undoStack()->count(), 2);
        QVERIFY(window.isWindowModified());
    }

    void editMenuHasTheEditActions() {
        ui::MainWindow window;
        QStringList texts;
        for (QAction* a : window.menuBar()->actions())
            texts << a->text();
        QVERIFY(texts.contains(QStringLiteral("&Edit")));
        QCOMPARE(window.editActions()->undoAction()->shortcut(), QKeySequence(QKeySequence::Undo));
    }
};

QTEST_MAIN(TestPaletteDrop)
#include "test_palette_drop.moc"
