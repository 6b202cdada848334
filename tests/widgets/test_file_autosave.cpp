// Autosave and crash recovery: recovery files are written on a timer only while there are unsaved
// changes, removed after a good save or a clean close, left behind by a crash, and offered (and
// restored with the unsaved edits, or deleted) by the next session.

#include "model/project_io.h"
#include "sample_project.h"
#include "test_file_support.h"
#include "widgets/autosave.h"
#include "widgets/document.h"
#include "widgets/file_controller.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace iiot;

namespace {

constexpr int kShortInterval = 100;

// A session as the window holds it: a document and its controller.
struct Session {
    explicit Session(test::ScriptedPrompts* prompts)
        : document(std::make_unique<ui::Document>()),
          files(std::make_unique<ui::FileController>(document.get(), prompts)) {
        files->autosave()->setInterval(kShortInterval);
    }
    // What a crash leaves: everything goes away without closeCleanly().
    void crash() {
        files.reset();
        document.reset();
    }
    std::unique_ptr<ui::Document> document;
    std::unique_ptr<ui::FileController> files;
};

} // namespace

class TestFileAutosave : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateFileTests(); }
    void init() { test::clearFileTestState(); }
    void cleanupTestCase() { test::removeFileTestState(); }

    void defaultIntervalIsTwoMinutes() {
        ui::Document document;
        ui::Autosave autosave(&document);
        QCOMPARE(autosave.interval(), 120000);
    }

    void writesOnlyWhileDirty() {
        QTemporaryDir dir;
        test::ScriptedPrompts prompts;
        Session session(&prompts);
        ui::Document& document = *session.document;
        ui::FileController& files = *session.files;
        QSignalSpy written(files.autosave(), &ui::Autosave::written);
        document.reset(test::sampleProject(), dir.filePath("line.iiotw"));
        QTest::qWait(4 * kShortInterval);
        QCOMPARE(written.size(), 0); // clean: nothing to recover
        QVERIFY(test::recoveryFiles().isEmpty());
        QVERIFY(!files.autosave()->isRunning());

        test::rename(document, "Edited");
        QVERIFY(files.autosave()->isRunning());
        QTRY_COMPARE(written.size(), 1);
        const QString recovery = files.autosave()->recoveryFilePath();
        QCOMPARE(written.front().front().toString(), recovery);
        QVERIFY(recovery.startsWith(ui::Autosave::recoveryDir()));
        QVERIFY(QFileInfo::exists(files.autosave()->sidecarFilePath()));
        QCOMPARE(QFileInfo::exists(dir.filePath("line.iiotw")), false); // never the user's file
        model::LoadResult loaded = model::loadProject(recovery.toStdString());
        QVERIFY(loaded.project);
        QCOMPARE(loaded.project->name, std::string("Edited"));

        // Nothing new since: the next ticks write nothing.
        QTest::qWait(4 * kShortInterval);
        QCOMPARE(written.size(), 1);
        test::rename(document, "Edited twice");
        QTRY_COMPARE(written.size(), 2);

        // A good save removes the recovery file and stops the timer.
        prompts.savePaths << dir.filePath("line.iiotw");
        QVERIFY(files.saveAs());
        QVERIFY(test::recoveryFiles().isEmpty());
        QVERIFY(!files.autosave()->isRunning());
        QTest::qWait(4 * kShortInterval);
        QCOMPARE(written.size(), 2);
        QVERIFY(test::recoveryFiles().isEmpty());
    }

    void crashRecoveryRestoresUnsavedEdits() {
        QTemporaryDir dir;
        const QString original = dir.filePath("line.iiotw");
        QCOMPARE(model::saveProject(test::sampleProject(), original.toStdString()), std::string());
        {
            test::ScriptedPrompts prompts;
            Session crashed(&prompts);
            QVERIFY(crashed.files->openFile(original));
            test::rename(*crashed.document, "Edit made before the crash");
            QSignalSpy written(crashed.files->autosave(), &ui::Autosave::written);
            QTRY_COMPARE(written.size(), 1);
            crashed.crash();
        }
        QCOMPARE(test::recoveryFiles().size(), 2); // the project and its sidecar survive

        test::ScriptedPrompts prompts;
        prompts.recoverAnswers << true;
        Session next(&prompts);
        QVERIFY(next.files->offerRecovery());
        QCOMPARE(prompts.recoveriesOffered.size(), 1);
        QCOMPARE(prompts.recoveriesOffered.front().originalPath, original);
        QCOMPARE(prompts.recoveriesOffered.front().projectName, QString("Edit made before the crash"));
        QVERIFY(prompts.recoveriesOffered.front().savedAt.isValid());

        ui::Document& document = *next.document;
        QCOMPARE(document.project().name, std::string("Edit made before the crash"));
        model::Project expected = test::sampleProject();
        expected.name = "Edit made before the crash";
        QCOMPARE(document.project(), expected);
        QCOMPARE(next.files->filePath(), original); // Save goes back to the user's file
        QVERIFY(next.files->isDirty());             // the edit is not in that file yet
        QCOMPARE(model::loadProject(original.toStdString()).project->name, std::string("Test line"));
        QVERIFY(!test::recoveryFiles().isEmpty()); // still protected until saved

        QVERIFY(next.files->save());
        QVERIFY(test::recoveryFiles().isEmpty());
        QCOMPARE(model::loadProject(original.toStdString()).project->name,
                 std::string("Edit made before the crash"));
        QVERIFY(!next.files->offerRecovery());
        QCOMPARE(prompts.recoveriesOffered.size(), 1);
        QVERIFY(prompts.unexpected.isEmpty());
    }

    void untitledProjectIsRecoveredUntitled() {
        {
            test::ScriptedPrompts prompts;
            Session crashed(&prompts);
            crashed.files->newProject();
            test::rename(*crashed.document, "Never saved");
            QSignalSpy written(crashed.files->autosave(), &ui::Autosave::written);
            QTRY_COMPARE(written.size(), 1);
            QVERIFY(QFileInfo(crashed.files->autosave()->recoveryFilePath())
                        .fileName()
                        .startsWith(QStringLiteral("untitled-%1").arg(QCoreApplication::applicationPid())));
            crashed.crash();
        }
        test::ScriptedPrompts prompts;
        prompts.recoverAnswers << true;
        Session next(&prompts);
        QVERIFY(next.files->offerRecovery());
        QCOMPARE(next.document->project().name, std::string("Never saved"));
        QVERIFY(next.files->filePath().isEmpty());
        QVERIFY(next.files->isDirty());
        // Taken over under this session's name; the crashed session's file is gone.
        QCOMPARE(test::recoveryFiles().size(), 2);
        QVERIFY(QFileInfo::exists(next.files->autosave()->recoveryFilePath()));
    }

    void decliningDeletesTheRecoveryFiles() {
        {
            test::ScriptedPrompts prompts;
            Session crashed(&prompts);
            crashed.document->reset(test::sampleProject(), "/tmp/iiot-declined.iiotw");
            test::rename(*crashed.document, "Unwanted");
            QSignalSpy written(crashed.files->autosave(), &ui::Autosave::written);
            QTRY_COMPARE(written.size(), 1);
            crashed.crash();
        }
        test::ScriptedPrompts prompts;
        prompts.recoverAnswers << false;
        Session next(&prompts);
        next.document->reset(test::sampleProject());
        QVERIFY(!next.files->offerRecovery());
        QCOMPARE(prompts.recoveriesOffered.size(), 1);
        QVERIFY(test::recoveryFiles().isEmpty());
        QCOMPARE(next.document->project().name, std::string("Test line"));
        QVERIFY(!next.files->isDirty());
    }

    void runningSessionsAreNotOffered() {
        test::ScriptedPrompts prompts;
        Session running(&prompts);
        running.document->reset(test::sampleProject());
        test::rename(*running.document, "Still open");
        QSignalSpy written(running.files->autosave(), &ui::Autosave::written);
        QTRY_COMPARE(written.size(), 1);

        Session other(&prompts);
        QVERIFY(!other.files->offerRecovery());
        QVERIFY(prompts.recoveriesOffered.isEmpty());
        QCOMPARE(test::recoveryFiles().size(), 2);
    }

    void cleanCloseRemovesRecoveryFiles() {
        test::ScriptedPrompts prompts;
        Session session(&prompts);
        session.document->reset(test::sampleProject());
        test::rename(*session.document, "Discarded");
        QSignalSpy written(session.files->autosave(), &ui::Autosave::written);
        QTRY_COMPARE(written.size(), 1);
        session.files->closeCleanly();
        QVERIFY(test::recoveryFiles().isEmpty());
        test::rename(*session.document, "After close");
        QTest::qWait(4 * kShortInterval);
        QVERIFY(test::recoveryFiles().isEmpty());
    }

    void saveAsMovesTheRecoveryName() {
        QTemporaryDir dir;
        test::ScriptedPrompts prompts;
        Session session(&prompts);
        session.document->reset(test::sampleProject());
        const QString untitled = session.files->autosave()->recoveryFilePath();
        test::rename(*session.document, "Named later");
        QSignalSpy written(session.files->autosave(), &ui::Autosave::written);
        QTRY_COMPARE(written.size(), 1);
        prompts.savePaths << dir.filePath("named.iiotw");
        QVERIFY(session.files->saveAs());
        QVERIFY(!QFileInfo::exists(untitled));
        test::rename(*session.document, "Edited after Save As");
        QTRY_COMPARE(written.size(), 2);
        QVERIFY(session.files->autosave()->recoveryFilePath() != untitled);
        QCOMPARE(test::recoveryFiles().size(), 2);
    }
};

QTEST_MAIN(TestFileAutosave)
#include "test_file_autosave.moc"
