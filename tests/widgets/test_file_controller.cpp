// FileController without a window: New, Open, Save, Save As, Import/Export YAML, recent files,
// failed saves, the unsaved-changes question and reloading a file changed on disk. Every question
// is answered by a script (ScriptedPrompts).

#include "model/project_io.h"
#include "sample_project.h"
#include "test_file_support.h"
#include "widgets/document.h"
#include "widgets/file_change_watcher.h"
#include "widgets/file_controller.h"
#include "widgets/recent_files.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace iiot;
using Choice = ui::UserPrompts::SaveChoice;

namespace {

model::Project loadOrFail(const QString& path) {
    model::LoadResult result = model::loadProject(path.toStdString());
    if (!result.project)
        return {};
    return std::move(*result.project);
}

QByteArray contents(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestFileController : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateFileTests(); }
    void init() { test::clearFileTestState(); }
    void cleanupTestCase() { test::removeFileTestState(); }

    void settingsGoToTheTestLocation() {
        QVERIFY2(QSettings().fileName().contains(QStringLiteral(".qttest")),
                 qPrintable(QSettings().fileName()));
        QVERIFY(ui::Autosave::recoveryDir().contains(QStringLiteral(".qttest")));
    }

    void newProjectIsAnEmptyUntitledProject() {
        ui::Document document;
        test::ScriptedPrompts prompts;
        ui::FileController files(&document, &prompts);
        document.reset(test::sampleProject(), "/tmp/x.iiotw");
        files.newProject();
        QCOMPARE(document.project().name, std::string("Untitled"));
        QCOMPARE(document.project().format, std::string(model::kFormatId));
        QVERIFY(document.project().elements.empty());
        QVERIFY(files.filePath().isEmpty());
        QVERIFY(!files.isDirty());
        QCOMPARE(files.windowTitle(), QString::fromUtf8("Untitled[*] \u2014 IIoT Workbench"));
        QVERIFY(prompts.unexpected.isEmpty());
    }

    void saveAsAndOpenRoundTrip() {
        QTemporaryDir dir;
        ui::Document document;
        test::ScriptedPrompts prompts;
        ui::FileController files(&document, &prompts);
        document.reset(test::sampleProject());
        test::rename(document, "Renamed line");
        QVERIFY(files.isDirty());

        // Untitled: Save asks for a path; a bare name gets the project-file suffix.
        prompts.savePaths << dir.filePath("line");
        QVERIFY(files.save());
        const QString saved = dir.filePath("line.iiotw");
        QCOMPARE(files.filePath(), saved);
        QVERIFY(QFileInfo::exists(saved));
        QVERIFY(!files.isDirty());
        QCOMPARE(files.recentFiles()->paths(), QStringList{saved});
        const model::Project edited = document.project();
        QCOMPARE(loadOrFail(saved), edited);

        files.newProject();
        QVERIFY(document.project().elements.empty());
        prompts.openPaths << saved;
        QVERIFY(files.open());
        QCOMPARE(document.project(), edited);
        QCOMPARE(files.filePath(), saved);
        QVERIFY(!files.isDirty());

        // Save goes to the current path without asking.
        test::rename(document, "Second name");
        QVERIFY(files.save());
        QCOMPARE(loadOrFail(saved).name, std::string("Second name"));
        QCOMPARE(prompts.savePathTitles.size(), 1);
        QVERIFY(prompts.errors.isEmpty());
        QVERIFY(prompts.unexpected.isEmpty());
    }

    void projectOpenedFromYamlSavesBackToYaml() {
        QTemporaryDir dir;
        const QString yaml = dir.filePath("line.yaml");
        QCOMPARE(model::saveProject(test::sampleProject(), yaml.toStdString()), std::string());
        ui::Document document;
        test::ScriptedPrompts prompts;
        ui::FileController files(&document, &prompts);
        QVERIFY(files.openFile(yaml));
        QCOMPARE(document.project(), test::sampleProject());
        test::rename(document, "Edited in YAML");
        QVERIFY(files.save());
        QVERIFY(contents(yaml).contains("Edited in YAML")); // still YAML text, not SQLite
        QVERIFY(!contents(yaml).startsWith("SQLite format 3"));
        QCOMPARE(loadOrFail(yaml), document.project());
        QVERIFY(prompts.savePathTitles.isEmpty());
    }

    void saveAsYamlThenIiotwConvertsLosslessly() {
        QTemporaryDir dir;
        ui::Document document;
        test::ScriptedPrompts prompts;
        ui::FileController files(&document, &prompts);
        document.reset(test::sampleProject());
        prompts.savePaths << dir.filePath("a.yaml") << dir.filePath("b.iiotw");
        QVERIFY(files.saveAs());
        QVERIFY(files.saveAs());
        QCOMPARE(loadOrFail(dir.filePath("a.yaml")), loadOrFail(dir.filePath("b.iiotw")));
        QCOMPARE(files.filePath(), dir.filePath("b.iiotw"));
        QCOMPARE(files.recentFiles()->paths(),
                 (QStringList{dir.filePath("b.iiotw"), dir.filePath("a.yaml")}));
    }

    void failedSaveToAMissingFolderReportsAndStaysDirty() {
        ui::Document document;
        test::ScriptedPrompts prompts;
        ui::FileController files(&document, &prompts);
        document.reset(test::sampleProject());
        test::rename(document, "Unsaved");
        prompts.savePaths << QStringLiteral("/nonexistent-iiot-dir/sub/line.iiotw");
        QVERIFY(!files.saveAs());
        QCOMPARE(prompts.errors.size(), 1);
        QVERIFY2(prompts.errors.front().startsWith("Save Failed"), qPrintable(prompts.errors.front()));
        QVERIFY(files.isDirty());
        QVERIFY(files.filePath().isEmpty()); // the path did not move to the file that was never written
        QVERIFY(files.recentFiles()->paths().isEmpty());
    }

    void failedSaveToAReadOnlyFolderKeepsThePreviousFile() {
        if (::geteuid() == 0)
            QSKIP("root writes into read-only folders");
        QTemporaryDir dir;
        const QString path = dir.filePath("line.iiotw");
        ui::Document document;
        test::ScriptedPrompts prompts;
        ui::FileController files(&document, &prompts);
        document.reset(test::sampleProject());
        prompts.savePaths << path;
        QVERIFY(files.saveAs());
        const QByteArray before = contents(path);

        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
        test::rename(document, "Cannot be saved");
        const bool saved = files.save();
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!saved);
        QCOMPARE(prompts.errors.size(), 1);
        QVERIFY(files.isDirty());
        QCOMPARE(contents(path), before);
        QCOMPARE(document.project().name, std::string("Cannot be saved"));
    }

    void titleFollowsNamePathAndEdits() {
        ui::Document document;
        test::ScriptedPrompts prompts;
        ui::FileController files(&document, &prompts);
        QSignalSpy titles(&files, &ui::FileController::titleChanged);
        document.reset(test::sampleProject(), "/tmp/line.yaml");
        QCOMPARE(files.windowTitle(), QString::fromUtf8("Test line[*] \u2014 IIoT Workbench"));
        QVERIFY(!titles.isEmpty());
        test::rename(document, "Hall 3");
        QCOMPARE(titles.last().front().toString(), QString::fromUtf8("Hall 3[*] \u2014 IIoT Workbench"));
        test::rename(document, "");
        QCOMPARE(files.displayName(), QString("line.yaml"));
        test::rename(document, "odd [*] name");
        QCOMPARE(files.windowTitle(), QString::fromUtf8("odd [*][*] name[*] \u2014 IIoT Workbench"));
    }

    void unsavedChangesQuestion() {
        QTemporaryDir dir;
        ui::Document document;
        test::ScriptedPrompts prompts;
        ui::FileController files(&document, &prompts);
        document.reset(test::sampleProject());
        QVERIFY(files.maybeSave()); // clean: nothing asked
        QCOMPARE(prompts.saveChangesAsked, 0);

        test::rename(document, "Edited");
        prompts.saveChoices << Choice::Cancel << Choice::Discard << Choice::Save << Choice::Save;
        QVERIFY(!files.maybeSave());
        QVERIFY(files.maybeSave());
        QVERIFY(files.isDirty());       // Discard only permits; the window does the discarding
        prompts.savePaths << QString(); // Save, then cancel the file dialog: nothing may be closed
        QVERIFY(!files.maybeSave());
        prompts.savePaths << dir.filePath("kept.iiotw");
        QVERIFY(files.maybeSave());
        QVERIFY(!files.isDirty());
        QCOMPARE(loadOrFail(dir.filePath("kept.iiotw")).name, std::string("Edited"));

        // New with unsaved changes asks too; Cancel keeps the project.
        test::rename(document, "Again");
        prompts.saveChoices << Choice::Cancel;
        files.newProject();
        QCOMPARE(document.project().name, std::string("Again"));
        QVERIFY(prompts.unexpected.isEmpty());
    }

    void failedOpenKeepsTheCurrentProject() {
        QTemporaryDir dir;
        const QString garbage = dir.filePath("garbage.iiotw");
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not an SQLite file");
        file.close();
        ui::Document document;
        test::ScriptedPrompts prompts;
        ui::FileController files(&document, &prompts);
        document.reset(test::sampleProject());
        test::rename(document, "Precious");
        QVERIFY(!files.openFile(garbage));
        QVERIFY(!files.openFile(dir.filePath("missing.yaml")));
        QCOMPARE(prompts.errors.size(), 2);
        QVERIFY(prompts.errors.front().contains("garbage.iiotw"));
        QCOMPARE(prompts.saveChangesAsked, 0); // nothing to replace the project with, so nothing asked
        QCOMPARE(document.project().name, std::string("Precious"));
        QVERIFY(files.isDirty());
        QVERIFY(files.recentFiles()->paths().isEmpty());
    }

    void aFileThatFailedToLoadIsNeverOverwritten() {
        QTemporaryDir dir;
        const QString broken = dir.filePath("broken.yaml");
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("format: [unclosed\n");
        file.close();
        ui::Document document;
        test::ScriptedPrompts prompts;
        ui::FileController files(&document, &prompts);
        QVERIFY(!document.load(broken)); // as the window does for the command line
        QVERIFY(!document.hasProject());
        QVERIFY(!files.save());
        QVERIFY(!files.exportYaml());
        QCOMPARE(prompts.errors.size(), 2);
        QVERIFY(prompts.savePathTitles.isEmpty()); // refused before asking where
        QCOMPARE(contents(broken), QByteArray("format: [unclosed\n"));
    }

    void recentFilesKeepTenNewestFirst() {
        ui::RecentFiles recent;
        QSignalSpy changed(&recent, &ui::RecentFiles::changed);
        for (int i = 0; i < 12; ++i)
            recent.add(QStringLiteral("/tmp/p%1.iiotw").arg(i));
        QCOMPARE(recent.paths().size(), ui::RecentFiles::kMaxEntries);
        QCOMPARE(recent.paths().front(), QString("/tmp/p11.iiotw"));
        QCOMPARE(recent.paths().back(), QString("/tmp/p2.iiotw"));
        recent.add("/tmp/p5.iiotw");
        QCOMPARE(recent.paths().front(), QString("/tmp/p5.iiotw"));
        QCOMPARE(recent.paths().count("/tmp/p5.iiotw"), 1);
        QCOMPARE(changed.size(), 13);
        // Stored in the settings: another object (another window, the next start) sees them.
        QCOMPARE(ui::RecentFiles().paths(), recent.paths());
        recent.clear();
        QVERIFY(ui::RecentFiles().paths().isEmpty());
    }

    void missingRecentFileIsRemovedWithAMessage() {
        QTemporaryDir dir;
        const QString path = dir.filePath("gone.iiotw");
        ui::Document document;
        test::ScriptedPrompts prompts;
        ui::FileController files(&document, &prompts);
        files.recentFiles()->add(path);
        files.recentFiles()->add(dir.filePath("other.iiotw"));
        QVERIFY(!files.openRecent(path));
        QCOMPARE(prompts.errors.size(), 1);
        QVERIFY(prompts.errors.front().contains("gone.iiotw"));
        QVERIFY(prompts.errors.front().contains("removed from the recent files"));
        QCOMPARE(files.recentFiles()->paths(), QStringList{dir.filePath("other.iiotw")});
    }

    void importAndExportYaml() {
        QTemporaryDir dir;
        ui::Document document;
        test::ScriptedPrompts prompts;
        ui::FileController files(&document, &prompts);
        const QString projectFile = dir.filePath("line.iiotw");
        QCOMPARE(model::saveProject(test::sampleProject(), projectFile.toStdString()), std::string());
        QVERIFY(files.openFile(projectFile));
        test::rename(document, "Exported");

        prompts.savePaths << dir.filePath("copy"); // the suffix is added
        QVERIFY(files.exportYaml());
        QCOMPARE(loadOrFail(dir.filePath("copy.yaml")), document.project());
        QCOMPARE(files.filePath(), projectFile); // an export is a copy: the document keeps its file
        QVERIFY(files.isDirty());

        prompts.saveChoices << Choice::Discard;
        prompts.openPaths << dir.filePath("copy.yaml");
        QVERIFY(files.importYaml());
        QCOMPARE(document.project().name, std::string("Exported"));
        QVERIFY(files.filePath().isEmpty()); // a new untitled project ...
        QVERIFY(files.isDirty());            // ... that closing must not lose
        prompts.savePaths << dir.filePath("imported");
        QVERIFY(files.save());
        QCOMPARE(files.filePath(), dir.filePath("imported.iiotw"));

        prompts.savePaths << QStringLiteral("/nonexistent-iiot-dir/x.yaml");
        QVERIFY(!files.exportYaml());
        QVERIFY(prompts.errors.size() == 1 && prompts.errors.front().startsWith("Export Failed"));
        QVERIFY(prompts.unexpected.isEmpty());
    }

    void externalChangeReloads() {
        QTemporaryDir dir;
        const QString path = dir.filePath("line.yaml");
        ui::Document document;
        test::ScriptedPrompts prompts;
        ui::FileController files(&document, &prompts);
        files.watcher()->setSettleInterval(50);
        document.reset(test::sampleProject());
        prompts.savePaths << path;
        QVERIFY(files.saveAs());

        // Our own save is not an external change.
        test::rename(document, "Our own save");
        QVERIFY(files.save());
        QTest::qWait(300);
        QVERIFY(prompts.reloadAskedWithUnsavedChanges.isEmpty());

        // Another program writes the file.
        model::Project theirs = test::sampleProject();
        theirs.name = "Changed elsewhere";
        theirs.elements.pop_back();
        theirs.links.pop_back();
        prompts.reloadAnswers << true;
        QSignalSpy changed(files.watcher(), &ui::FileChangeWatcher::changedOnDisk);
        QCOMPARE(model::saveProject(theirs, path.toStdString()), std::string());
        QTRY_COMPARE(prompts.reloadAskedWithUnsavedChanges.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(prompts.reloadAskedWithUnsavedChanges.front(), false);
        QCOMPARE(document.project(), theirs);
        QVERIFY(!files.isDirty());
        QCOMPARE(files.filePath(), path);

        // With unsaved edits the prompt says so; No keeps them, and the document stays dirty.
        test::rename(document, "Mine");
        theirs.name = "Changed again";
        prompts.reloadAnswers << false;
        QCOMPARE(model::saveProject(theirs, path.toStdString()), std::string());
        QTRY_COMPARE(prompts.reloadAskedWithUnsavedChanges.size(), 2);
        QCOMPARE(prompts.reloadAskedWithUnsavedChanges.back(), true);
        QCOMPARE(document.project().name, std::string("Mine"));
        QVERIFY(files.isDirty());
        document.undoStack()->undo();
        QVERIFY(files.isDirty()); // undo cannot lead back to a state that matches the file any more

        // The watcher follows the file after our atomic save replaced it: still one prompt per change.
        QVERIFY(files.save());
        theirs.name = "Third change";
        prompts.reloadAnswers << true;
        QCOMPARE(model::saveProject(theirs, path.toStdString()), std::string());
        QTRY_COMPARE(prompts.reloadAskedWithUnsavedChanges.size(), 3);
        QCOMPARE(document.project().name, std::string("Third change"));
        QTest::qWait(200);
        QCOMPARE(prompts.reloadAskedWithUnsavedChanges.size(), 3);
        QVERIFY(prompts.unexpected.isEmpty());
    }

    void externalDeletionMarksDirty() {
        QTemporaryDir dir;
        const QString path = dir.filePath("line.iiotw");
        ui::Document document;
        test::ScriptedPrompts prompts;
        ui::FileController files(&document, &prompts);
        files.watcher()->setSettleInterval(50);
        document.reset(test::sampleProject());
        prompts.savePaths << path;
        QVERIFY(files.saveAs());
        QSignalSpy removed(files.watcher(), &ui::FileChangeWatcher::removedFromDisk);
        QVERIFY(QFile::remove(path));
        QTRY_COMPARE(removed.size(), 1);
        QVERIFY(files.isDirty()); // so that saving writes it again and closing asks
        QVERIFY(prompts.reloadAskedWithUnsavedChanges.isEmpty());
    }
};

QTEST_MAIN(TestFileController)
#include "test_file_controller.moc"
