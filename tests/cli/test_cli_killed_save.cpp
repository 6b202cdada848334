// A save killed with SIGKILL at any moment leaves the previous file valid (FORMAT.md section 6).
// iiot-cli convert writes a 4,000-element project over an older small one; the test waits until
// the save's temporary file appears, kills the process at a different point of the write each
// time, and checks that the target still opens and holds exactly the old or exactly the new project.

#include "cli_runner.h"
#include "model/factory_generator.h"
#include "model/project_io.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <filesystem>

using namespace iiot;

namespace {

constexpr int kKills = 20;

bool hasTemporarySibling(const std::filesystem::path& target) {
    const std::string prefix = target.filename().string() + ".tmp-";
    for (const auto& entry : std::filesystem::directory_iterator(target.parent_path()))
        if (entry.path().filename().string().rfind(prefix, 0) == 0)
            return true;
    return false;
}

void removeTemporarySiblings(const std::filesystem::path& target) {
    const std::string prefix = target.filename().string() + ".tmp-";
    std::vector<std::filesystem::path> found;
    for (const auto& entry : std::filesystem::directory_iterator(target.parent_path()))
        if (entry.path().filename().string().rfind(prefix, 0) == 0)
            found.push_back(entry.path());
    for (const auto& p : found)
        std::filesystem::remove(p);
}

// Starts `iiot-cli convert source target`; returns once the save has begun (its temporary file
// exists) or the process ended, with the time the save began on `clock`.
bool startSave(QProcess& process, const QString& source, const QString& target) {
    process.start(IIOT_CLI_PATH, {"convert", source, target});
    if (!process.waitForStarted())
        return false;
    const std::filesystem::path t = target.toStdString();
    while (process.state() == QProcess::Running && !hasTemporarySibling(t))
        QThread::usleep(100);
    return true;
}

} // namespace

class TestCliKilledSave : public QObject {
    Q_OBJECT

private slots:
    void killedSavesLeaveAValidFile_data() {
        QTest::addColumn<QString>("extension");
        QTest::newRow("project file") << "iiotw";
        QTest::newRow("yaml") << "yaml";
    }

    void killedSavesLeaveAValidFile() {
        QFETCH(QString, extension);
        QTemporaryDir dir;
        const QString source = dir.filePath("big.yaml");
        const model::Project big = model::generateFactory({4000, 7});
        QCOMPARE(model::saveProject(big, source.toStdString()), std::string());

        model::Project old = model::generateFactory({20, 3});
        old.name = "The previous version";
        const QString target = dir.filePath("plant." + extension);

        // One undisturbed run tells how long the write itself takes on this machine.
        QCOMPARE(model::saveProject(old, target.toStdString()), std::string());
        QProcess probe;
        QVERIFY(startSave(probe, source, target));
        QElapsedTimer writing;
        writing.start();
        QVERIFY(probe.waitForFinished(120000));
        QCOMPARE(probe.exitCode(), 0);
        const qint64 writeMs = std::max<qint64>(writing.elapsed(), 1);

        int keptOld = 0, gotNew = 0;
        for (int i = 0; i < kKills; ++i) {
            QCOMPARE(model::saveProject(old, target.toStdString()), std::string());
            QProcess save;
            QVERIFY(startSave(save, source, target));
            // Spread the kills over the whole write, from its first bytes to past the rename.
            QThread::usleep(static_cast<unsigned long>(writeMs * 1500 * i / kKills));
            save.kill();
            QVERIFY(save.waitForFinished(30000));

            model::LoadResult loaded = model::loadProject(target.toStdString());
            QVERIFY2(loaded.ok(),
                     loaded.diagnostics.empty() ? "unreadable" : loaded.diagnostics.front().message.c_str());
            if (*loaded.project == old)
                ++keptOld;
            else if (loaded.project->elements.size() == big.elements.size() &&
                     loaded.project->links.size() == big.links.size())
                ++gotNew;
            else
                QFAIL(qPrintable(QStringLiteral("kill %1 left a project that is neither version").arg(i)));
            removeTemporarySiblings(target.toStdString());
        }
        qInfo("%d kills during a %lld ms write: %d kept the previous file, %d had finished the new one",
              kKills, static_cast<long long>(writeMs), keptOld, gotNew);
        QCOMPARE(keptOld + gotNew, kKills);
        QVERIFY(keptOld > 0); // the kills did land inside the write
    }
};

QTEST_GUILESS_MAIN(TestCliKilledSave)
#include "test_cli_killed_save.moc"
