// The File menu in the main window: the title's '*', closing with unsaved changes (Cancel keeps
// the window, Discard closes it), window layout remembered in the settings, the Open Recent menu,
// and crash recovery into a fresh window.

#include "model/project_io.h"
#include "sample_project.h"
#include "test_file_support.h"
#include "widgets/autosave.h"
#include "widgets/document.h"
#include "widgets/file_controller.h"
#include "widgets/main_window.h"
#include "widgets/recent_files.h"

#include <QAction>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace iiot;
using Choice = ui::UserPrompts::SaveChoice;

namespace {

QAction* fileAction(ui::MainWindow& window, const QString& text) {
    for (QAction* menu : window.menuBar()->actions())
        if (menu->menu() && menu->text() == QStringLiteral("&File"))
            for (QAction* action : menu->menu()->actions())
                if (action->text() == text)
                    return action;
    return nullptr;
}

} // namespace

class TestFileWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateFileTests(); }
    void init() { test::clearFileTestState(); }
    void cleanupTestCase() { test::removeFileTestState(); }

    void titleShowsTheUnsavedMarker() {
        ui::MainWindow window;
        test::ScriptedPrompts prompts;
        window.fileController()->setPrompts(&prompts);
        window.document()->reset(test::sampleProject(), "/tmp/line.yaml");
        QCOMPARE(window.windowTitle(), QString::fromUtf8("Test line[*] \u2014 IIoT Workbench"));
        QVERIFY(!window.isWindowModified());
        test::rename(*window.document(), "Hall 3");
        QVERIFY(window.isWindowModified());
        QCOMPARE(window.windowTitle(), QString::fromUtf8("Hall 3[*] \u2014 IIoT Workbench"));
        window.document()->undoStack()->undo();
        QVERIFY(!window.isWindowModified());
        QCOMPARE(window.windowTitle(), QString::fromUtf8("Test line[*] \u2014 IIoT Workbench"));
        window.document()->undoStack()->redo();
        window.document()->reset(test::sampleProject()); // a new project starts clean
        QVERIFY(!window.isWindowModified());
    }

    void fileMenuHasTheCommands() {
        ui::MainWindow window;
        for (const char* text : {"&New", "&Open\u2026", "&Save", "Save &As\u2026", "&Import YAML\u2026",
                                 "&Export YAML\u2026", "&Quit"})
            QVERIFY2(fileAction(window, QString::fromUtf8(text)), text);
        QCOMPARE(fileAction(window, "&Save")->shortcut(), QKeySequence(QKeySequence::Save));
        QCOMPARE(fileAction(window, "&New")->shortcut(), QKeySequence(QKeySequence::New));
        QVERIFY(window.recentMenu());
        QVERIFY(!window.recentMenu()->isEnabled()); // nothing recent yet
    }

    void closeWithUnsavedChanges() {
        test::ScriptedPrompts prompts;
        ui::MainWindow window;
        window.fileController()->setPrompts(&prompts);
        window.fileController()->autosave()->setInterval(50);
        window.document()->reset(test::sampleProject());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        test::rename(*window.document(), "Unsaved");
        QSignalSpy written(window.fileController()->autosave(), &ui::Autosave::written);
        QTRY_COMPARE(written.size(), 1);

        prompts.saveChoices << Choice::Cancel;
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        QCOMPARE(prompts.saveChangesAsked, 1);
        QCOMPARE(window.document()->project().name, std::string("Unsaved"));
        QVERIFY(!test::recoveryFiles().isEmpty());

        // Save, but the save fails: the window stays open and the edit stays unsaved.
        prompts.saveChoices << Choice::Save;
        prompts.savePaths << QStringLiteral("/nonexistent-iiot-dir/x.iiotw");
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        QCOMPARE(prompts.errors.size(), 1);
        QVERIFY(window.isWindowModified());

        prompts.saveChoices << Choice::Discard;
        QVERIFY(window.close());
        QVERIFY(!window.isVisible());
        QVERIFY(test::recoveryFiles().isEmpty()); // a clean close leaves nothing to recover
        QVERIFY(prompts.unexpected.isEmpty());
    }

    void closeAfterSaving() {
        QTemporaryDir dir;
        test::ScriptedPrompts prompts;
        ui::MainWindow window;
        window.fileController()->setPrompts(&prompts);
        window.document()->reset(test::sampleProject());
        window.show();
        test::rename(*window.document(), "Saved on close");
        prompts.saveChoices << Choice::Save;
        prompts.savePaths << dir.filePath("closing.iiotw");
        QVERIFY(window.close());
        QCOMPARE(model::loadProject(dir.filePath("closing.iiotw").toStdString()).project->name,
                 std::string("Saved on close"));
    }

    void windowLayoutIsRemembered() {
        QByteArray geometry;
        {
            ui::MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1000, 760); // above the minimum the docks need
            geometry = window.saveGeometry();
            QVERIFY(window.close());
        }
        QSettings settings;
        QCOMPARE(settings.value("window/geometry").toByteArray(), geometry);
        QVERIFY(!settings.value("window/state").toByteArray().isEmpty());

        ui::MainWindow restored;
        QCOMPARE(restored.size(), QSize(1440, 900)); // the constructor alone does not restore
        restored.restoreWindowSettings();
        QCOMPARE(restored.size(), QSize(1000, 760));
    }

    void openRecentMenu() {
        QTemporaryDir dir;
        const QString a = dir.filePath("a.iiotw");
        const QString b = dir.filePath("b.yaml");
        QCOMPARE(model::saveProject(test::sampleProject(), a.toStdString()), std::string());
        test::ScriptedPrompts prompts;
        ui::MainWindow window;
        window.fileController()->setPrompts(&prompts);
        QVERIFY(window.fileController()->openFile(a));
        window.document()->reset(test::sampleProject());
        prompts.savePaths << b;
        QVERIFY(window.fileController()->saveAs());

        QMenu* menu = window.recentMenu();
        QVERIFY(menu->isEnabled());
        QList<QAction*> entries;
        for (QAction* action : menu->actions())
            if (!action->data().toString().isEmpty())
                entries << action;
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0]->data().toString(), b);
        QCOMPARE(entries[1]->data().toString(), a);
        QVERIFY(entries[0]->text().startsWith("&1 b.yaml"));

        // Opening from the menu works, and reorders the list while the action is still firing.
        entries[1]->trigger();
        QCOMPARE(window.fileController()->filePath(), a);
        QCOMPARE(window.fileController()->recentFiles()->paths().front(), a);

        // A file deleted since disappears from the menu with a message.
        QVERIFY(QFile::remove(b));
        QAction* gone = nullptr;
        for (QAction* action : menu->actions())
            if (action->data().toString() == b)
                gone = action;
        QVERIFY(gone);
        gone->trigger();
        QCOMPARE(prompts.errors.size(), 1);
        QCOMPARE(window.fileController()->recentFiles()->paths(), QStringList{a});
        QCOMPARE(window.fileController()->filePath(), a);
        QVERIFY(prompts.unexpected.isEmpty());
    }

    void crashRecoveryIntoANewWindow() {
        QTemporaryDir dir;
        const QString original = dir.filePath("line.yaml");
        QCOMPARE(model::saveProject(test::sampleProject(), original.toStdString()), std::string());
        {
            test::ScriptedPrompts prompts;
            auto crashed = std::make_unique<ui::MainWindow>();
            crashed->fileController()->setPrompts(&prompts);
            crashed->fileController()->autosave()->setInterval(50);
            QVERIFY(crashed->openProject(original));
            test::rename(*crashed->document(), "Recovered in a window");
            QSignalSpy written(crashed->fileController()->autosave(), &ui::Autosave::written);
            QTRY_COMPARE(written.size(), 1);
            crashed.reset(); // destroyed without a close event: no clean shutdown
        }
        QVERIFY(!test::recoveryFiles().isEmpty());

        test::ScriptedPrompts prompts;
        prompts.recoverAnswers << true;
        ui::MainWindow window;
        window.fileController()->setPrompts(&prompts);
        QVERIFY(window.fileController()->offerRecovery());
        QCOMPARE(window.document()->project().name, std::string("Recovered in a window"));
        QCOMPARE(window.fileController()->filePath(), original);
        QVERIFY(window.isWindowModified());
        QCOMPARE(window.windowTitle(), QString::fromUtf8("Recovered in a window[*] \u2014 IIoT Workbench"));
        QVERIFY(window.fileController()->save()); // back to the YAML it came from
        QVERIFY(test::recoveryFiles().isEmpty());
        QCOMPARE(model::loadProject(original.toStdString()).project->name,
                 std::string("Recovered in a window"));
    }
};

QTEST_MAIN(TestFileWindow)
#include "test_file_window.moc"
