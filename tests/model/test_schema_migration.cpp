// The migration mechanism of the project file: steps run as a chain, in order, in one transaction;
// a failing step rolls everything back; an old file is migrated on a copy, never in place.
#include "model/project_file.h"
#include "model/schema_migration.h"

#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>
#include <stdexcept>

using namespace iiot::model;

namespace {

std::string exec(sqlite3* db, const std::string& sql) {
    char* message = nullptr;
    int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message);
    std::string error = rc == SQLITE_OK ? "" : (message ? message : "failed");
    sqlite3_free(message);
    return error;
}

long long queryInt(sqlite3* db, const std::string& sql) {
    sqlite3_stmt* s = nullptr;
    long long value = -1;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
        value = sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    return value;
}

bool hasTable(sqlite3* db, const std::string& name) {
    return queryInt(db, "SELECT count(*) FROM sqlite_schema WHERE name = '" + name + "'") == 1;
}

std::string readBytes(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll().toStdString() : std::string();
}

// A step that creates a table named after it and records that it ran.
MigrationStep recordingStep(int from, int to, std::vector<std::string>& ran) {
    return {from, to, [from, to, &ran](sqlite3* db) {
                const std::string name = "v" + std::to_string(from) + "_to_v" + std::to_string(to);
                ran.push_back(name);
                return exec(db, "CREATE TABLE " + name + " (x)");
            }};
}

// The results table as schema version 1 defines it (for the fake step 0 -> 1).
const char* const kResultsTable =
    "CREATE TABLE results (id INTEGER PRIMARY KEY, ord INTEGER NOT NULL UNIQUE, "
    "kind TEXT NOT NULL, method TEXT NOT NULL, parameters TEXT NOT NULL, "
    "created TEXT NOT NULL, json TEXT NOT NULL)";

} // namespace

class TestSchemaMigration : public QObject {
    Q_OBJECT

    sqlite3* db_ = nullptr;
    QTemporaryDir dir_;

    // A saved project turned into a fake "version 0" file: version 0 had no results table.
    std::string versionZeroFile(Project& project) {
        project.name = "old";
        Element e;
        e.id = "s1";
        e.kind = "sensor";
        e.interfaces = std::vector<std::string>{"wifi"};
        project.elements = {e};
        const std::string path = dir_.filePath("old.iiotw").toStdString();
        if (!saveProjectFile(project, path).empty())
            return {};
        sqlite3* db = nullptr;
        sqlite3_open(path.c_str(), &db);
        // Version 0: no results table yet, and no link_properties (added by version 2).
        std::string error =
            exec(db, "DROP TABLE results; DROP TABLE link_properties; PRAGMA user_version = 0");
        sqlite3_close(db);
        return error.empty() ? path : std::string();
    }

private slots:
    void init() {
        QCOMPARE(sqlite3_open(":memory:", &db_), SQLITE_OK);
        QVERIFY(exec(db_, "PRAGMA user_version = 0").empty());
    }
    void cleanup() {
        sqlite3_close(db_);
        db_ = nullptr;
    }

    void productionStepsFormAChainToTheCurrentVersion() {
        QVERIFY(hasMigrationPath(projectMigrations(), kProjectSchemaVersion, kProjectSchemaVersion));
        for (const MigrationStep& step : projectMigrations()) {
            QVERIFY(step.from_version < step.to_version);
            QVERIFY(step.to_version <= kProjectSchemaVersion);
            QVERIFY(hasMigrationPath(projectMigrations(), step.from_version, kProjectSchemaVersion));
        }
        QCOMPARE(migrateToCurrent(db_, kProjectSchemaVersion), std::string());
        QCOMPARE(queryInt(db_, "PRAGMA user_version"), 0LL); // nothing to do, nothing done
    }

    void versionZeroHasNoProductionMigration() {
        QVERIFY(!hasMigrationPath(projectMigrations(), 0, kProjectSchemaVersion));
        QCOMPARE(migrateToCurrent(db_, 0), std::string("no migration from schema version 0"));
    }

    void stepsRunInVersionOrderWhateverTheListOrder() {
        std::vector<std::string> ran;
        std::vector<MigrationStep> steps = {recordingStep(2, 3, ran), recordingStep(0, 1, ran),
                                            recordingStep(1, 2, ran)};
        QCOMPARE(migrate(db_, 0, 3, steps), std::string());
        QCOMPARE(ran, (std::vector<std::string>{"v0_to_v1", "v1_to_v2", "v2_to_v3"}));
        QVERIFY(hasTable(db_, "v0_to_v1") && hasTable(db_, "v1_to_v2") && hasTable(db_, "v2_to_v3"));
        QCOMPARE(queryInt(db_, "PRAGMA user_version"), 3LL);
        QVERIFY(sqlite3_get_autocommit(db_)); // the transaction is closed
    }

    void migrationStartsAtTheGivenVersion() {
        std::vector<std::string> ran;
        std::vector<MigrationStep> steps = {recordingStep(0, 1, ran), recordingStep(1, 2, ran)};
        QCOMPARE(migrate(db_, 1, 2, steps), std::string());
        QCOMPARE(ran, std::vector<std::string>{"v1_to_v2"});
        QCOMPARE(queryInt(db_, "PRAGMA user_version"), 2LL);
    }

    void aFailingStepRollsEverythingBack() {
        std::vector<std::string> ran;
        std::vector<MigrationStep> steps = {recordingStep(0, 1, ran),
                                            {1, 2, [](sqlite3* db) {
                                                 exec(db, "CREATE TABLE half_done (x)");
                                                 return std::string("column missing");
                                             }}};
        QCOMPARE(migrate(db_, 0, 2, steps),
                 std::string("migrating schema version 1 to 2 failed: column missing"));
        QVERIFY(!hasTable(db_, "v0_to_v1"));
        QVERIFY(!hasTable(db_, "half_done"));
        QCOMPARE(queryInt(db_, "PRAGMA user_version"), 0LL);
        QVERIFY(sqlite3_get_autocommit(db_));
    }

    void aThrowingStepRollsEverythingBack() {
        std::vector<std::string> ran;
        std::vector<MigrationStep> steps = {recordingStep(0, 1, ran), {1, 2, [](sqlite3*) -> std::string {
                                                                           throw std::runtime_error("boom");
                                                                       }}};
        QCOMPARE(migrate(db_, 0, 2, steps), std::string("migrating schema version 1 to 2 failed: boom"));
        QVERIFY(!hasTable(db_, "v0_to_v1"));
        QCOMPARE(queryInt(db_, "PRAGMA user_version"), 0LL);
    }

    void aGapInTheChainIsReportedBeforeAnythingRuns() {
        std::vector<std::string> ran;
        std::vector<MigrationStep> steps = {recordingStep(0, 1, ran), recordingStep(2, 3, ran)};
        QVERIFY(!hasMigrationPath(steps, 0, 3));
        QCOMPARE(migrate(db_, 0, 3, steps), std::string("no migration from schema version 1"));
        QVERIFY(ran.empty());
        QVERIFY(!hasTable(db_, "v0_to_v1"));
    }

    void invalidStepsAreRejected() {
        std::vector<std::string> ran;
        QCOMPARE(migrate(db_, 1, 2, {recordingStep(1, 1, ran)}),
                 std::string("invalid migration step, schema version 1 to 1")); // would loop
        QCOMPARE(migrate(db_, 1, 2, {recordingStep(1, 3, ran)}),
                 std::string("invalid migration step, schema version 1 to 3")); // overshoots
        QCOMPARE(migrate(db_, 1, 2, {recordingStep(1, 2, ran), recordingStep(1, 2, ran)}),
                 std::string("two migration steps start at schema version 1"));
        QCOMPARE(migrate(db_, 1, 2, {{1, 2, nullptr}}),
                 std::string("invalid migration step, schema version 1 to 2"));
        QCOMPARE(migrate(db_, 2, 1, {}), std::string("cannot migrate backwards, schema version 2 to 1"));
        QVERIFY(ran.empty());
    }

    void anOldFileIsMigratedOnACopyAndLeftUntouched() {
        Project project;
        const std::string path = versionZeroFile(project);
        QVERIFY(!path.empty());
        const std::string before = readBytes(QString::fromStdString(path));

        // Without a step for version 0 the file is refused.
        LoadResult refused = openProjectFile(path);
        QVERIFY(!refused.project);
        QVERIFY(refused.diagnostics.at(0).message.find("has schema version 0") != std::string::npos);

        int calls = 0;
        std::vector<MigrationStep> steps = {{0, 1, [&calls](sqlite3* db) {
                                                 ++calls;
                                                 return exec(db, kResultsTable);
                                             }}};
        steps.insert(steps.end(), projectMigrations().begin(), projectMigrations().end()); // 1 -> 2
        LoadResult migrated = openProjectFile(path, steps);
        QVERIFY2(migrated.ok(), migrated.diagnostics.empty() ? "" : migrated.diagnostics[0].format().c_str());
        QCOMPARE(calls, 1);
        QVERIFY(*migrated.project == project);
        QCOMPARE(readBytes(QString::fromStdString(path)), before);
        QCOMPARE(QDir(dir_.path()).entryList(QDir::Files), QStringList{"old.iiotw"});
    }

    void aFailedMigrationOfAFileIsReported() {
        Project project;
        const std::string path = versionZeroFile(project);
        QVERIFY(!path.empty());
        const std::string before = readBytes(QString::fromStdString(path));
        std::vector<MigrationStep> steps = {
            {0, 1, [](sqlite3*) { return std::string("unsupported layout"); }}};
        steps.insert(steps.end(), projectMigrations().begin(), projectMigrations().end());
        LoadResult result = openProjectFile(path, steps);
        QVERIFY(!result.project);
        QCOMPARE(result.diagnostics.at(0).message,
                 std::string(
                     "'old.iiotw' could not be converted to the current schema: migrating schema version 0 "
                     "to 1 failed: unsupported layout"));
        QCOMPARE(readBytes(QString::fromStdString(path)), before);
    }
};

QTEST_APPLESS_MAIN(TestSchemaMigration)
#include "test_schema_migration.moc"
