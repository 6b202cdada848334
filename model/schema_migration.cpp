#include "schema_migration.h"

#include <exception>
#include <sqlite3.h>

namespace iiot::model {

namespace {

std::string exec(sqlite3* db, const std::string& sql) {
    char* message = nullptr;
    int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message);
    std::string error;
    if (rc != SQLITE_OK)
        error = message ? message : sqlite3_errstr(rc);
    sqlite3_free(message);
    return error;
}

void rollback(sqlite3* db) {
    // A failed statement may already have ended the transaction; only roll back what is open.
    if (!sqlite3_get_autocommit(db))
        exec(db, "ROLLBACK");
}

std::string versionStep(int from, int to) {
    return "schema version " + std::to_string(from) + " to " + std::to_string(to);
}

// The steps from `from` to `to` in the order they must run, or an error message.
std::string chain(const std::vector<MigrationStep>& steps, int from, int to,
                  std::vector<const MigrationStep*>& out) {
    if (from > to)
        return "cannot migrate backwards, " + versionStep(from, to);
    for (int v = from; v < to;) {
        const MigrationStep* found = nullptr;
        for (const auto& s : steps) {
            if (s.from_version != v)
                continue;
            if (found)
                return "two migration steps start at schema version " + std::to_string(v);
            found = &s;
        }
        if (!found)
            return "no migration from schema version " + std::to_string(v);
        // Forward only, and never past the target: this also rules out loops.
        if (found->to_version <= v || found->to_version > to || !found->apply)
            return "invalid migration step, " + versionStep(v, found->to_version);
        out.push_back(found);
        v = found->to_version;
    }
    return {};
}

} // namespace

// Version 2 gives links free-text properties (GraphML import keeps unknown edge attributes there):
// a version 1 file gains the empty table.
std::string migrateV1ToV2(sqlite3* db) {
    return exec(db, R"sql(
CREATE TABLE link_properties (
    link INTEGER NOT NULL REFERENCES links (ord) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (link, key)
) WITHOUT ROWID;
)sql");
}

const std::vector<MigrationStep>& projectMigrations() {
    // One step per new schema version, oldest first.
    static const std::vector<MigrationStep> steps = {{1, 2, migrateV1ToV2}};
    return steps;
}

bool hasMigrationPath(const std::vector<MigrationStep>& steps, int fromVersion, int toVersion) {
    std::vector<const MigrationStep*> order;
    return chain(steps, fromVersion, toVersion, order).empty();
}

std::string migrate(sqlite3* db, int fromVersion, int toVersion, const std::vector<MigrationStep>& steps) {
    std::vector<const MigrationStep*> order;
    if (std::string error = chain(steps, fromVersion, toVersion, order); !error.empty())
        return error;
    if (order.empty())
        return {};
    if (std::string error = exec(db, "BEGIN IMMEDIATE"); !error.empty())
        return "cannot start the migration: " + error;
    for (const MigrationStep* step : order) {
        std::string error;
        try {
            error = step->apply(db);
        } catch (const std::exception& e) {
            error = e.what();
        } catch (...) {
            error = "unknown failure";
        }
        if (!error.empty()) {
            rollback(db);
            return "migrating " + versionStep(step->from_version, step->to_version) + " failed: " + error;
        }
    }
    std::string error = exec(db, "PRAGMA user_version = " + std::to_string(toVersion));
    if (error.empty())
        error = exec(db, "COMMIT");
    if (!error.empty()) {
        rollback(db);
        return "cannot finish the migration: " + error;
    }
    return {};
}

std::string migrateToCurrent(sqlite3* db, int fromVersion) {
    return migrate(db, fromVersion, kProjectSchemaVersion, projectMigrations());
}

} // namespace iiot::model
