// Crash recovery end to end (FORMAT.md section 6, DESIGN.md section 4): a second process opens a
// project, edits it, waits for its autosave and is then killed with SIGKILL, exactly what a crash
// or a power cut does to the workbench. This process then plays the next session: it must be
// offered the recovery, restore every unsaved edit, and find the user's file untouched.

#include "file_bytes.h"
#include "model/project_io.h"
#include "sample_project.h"
#include "test_file_support.h"
#include "widgets/autosave.h"
#include "widgets/command_add_elements.h"
#include "widgets/document.h"
#include "widgets/file_controller.h"

#include <QApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>
#include <cstring>

using namespace iiot;

namespace {

constexpr const char* kChildFlag = "--edit-until-killed";

// Settings and recovery files of both processes go to one test location named by the parent.
void shareLocation(const QString& name) {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("iiot-workbench-tests"));
    QCoreApplication::setApplicationName(name);
}

// The unsaved edits the killed session makes: a rename and a new element.
model::Element addedElement() {
    model::Element e = test::element("gw9", "gateway", "cell");
    e.name = "Added before the crash";
    e.position = model::Position{120.0, 340.0};
    return e;
}

void applyEdits(ui::Document& document) {
    test::rename(document, "Edited, then killed");
    document.undoStack()->push(new ui::AddElementsCommand(&document, {addedElement()}));
}

model::Project expectedAfterEdits() {
    model::Project p = test::sampleProject();
    p.name = "Edited, then killed";
    p.elements.push_back(addedElement());
    return p;
}

// The child: edits, reports once the autosave is on disk, then keeps working until it is killed.
int runEditingChild(const QString& location, const QString& projectPath) {
    shareLocation(location);
    test::ScriptedPrompts prompts;
    ui::Document document;
    ui::FileController files(&document, &prompts);
    files.autosave()->setInterval(50);
    if (!files.openFile(projectPath))
        return 3;
    QObject::connect(files.autosave(), &ui::Autosave::written, [] {
        std::fputs("autosaved\n", stdout);
        std::fflush(stdout);
    });
    applyEdits(document);
    return QCoreApplication::exec();
}

} // namespace

class TestCrashRecovery : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        location_ = QStringLiteral("test_crash_recovery-%1").arg(QCoreApplication::applicationPid());
        shareLocation(location_);
    }
    void init() { test::clearFileTestState(); }
    void cleanupTestCase() { test::removeFileTestState(); }

    void killedSessionsEditsAreRecovered() {
        QTemporaryDir dir;
        const QString original = dir.filePath("line.iiotw");
        QCOMPARE(model::saveProject(test::sampleProject(), original.toStdString()), std::string());
        const std::string before = test::readBytes(original.toStdString());

        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {kChildFlag, location_, original});
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT((child.waitForReadyRead(50), child.peek(4096).contains("autosaved")), 30000);
        QCOMPARE(child.state(), QProcess::Running);
        child.kill(); // SIGKILL: no destructor, no clean close, no chance to tidy up
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        QCOMPARE(test::readBytes(original.toStdString()), before); // the user's file untouched
        QCOMPARE(test::recoveryFiles().size(), 2);                 // recovered project + sidecar

        test::ScriptedPrompts prompts;
        prompts.recoverAnswers << true;
        ui::Document document;
        ui::FileController files(&document, &prompts);
        QVERIFY(files.offerRecovery());
        QCOMPARE(prompts.recoveriesOffered.size(), 1);
        QCOMPARE(prompts.recoveriesOffered.front().originalPath, original);
        QCOMPARE(document.project(), expectedAfterEdits());
        QCOMPARE(files.filePath(), original);
        QVERIFY(files.isDirty());
        QVERIFY(prompts.unexpected.isEmpty());

        // Saving the recovered work puts it in the user's file and retires the recovery.
        QVERIFY(files.save());
        QCOMPARE(*model::loadProject(original.toStdString()).project, expectedAfterEdits());
        QVERIFY(test::recoveryFiles().isEmpty());
        files.closeCleanly();
    }

private:
    QString location_;
};

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    if (argc == 4 && std::strcmp(argv[1], kChildFlag) == 0)
        return runEditingChild(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    TestCrashRecovery test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_crash_recovery.moc"
