// Schema versions of the project file and the steps that bring an older file up to date.
// Each step converts one version to a later one; steps run in a chain inside one transaction, so a
// failing step leaves the database as it was. The mechanism takes the list as a parameter so it can
// be tested with fake steps.
#pragma once

#include <functional>
#include <string>
#include <vector>

struct sqlite3;

namespace iiot::model {

// The schema version this program writes and the newest it reads (PRAGMA user_version).
inline constexpr int kProjectSchemaVersion = 2;
// "IIOT": PRAGMA application_id of every project file.
inline constexpr int kProjectApplicationId = 0x49494F54;

struct MigrationStep {
    int from_version = 0;
    int to_version = 0;
    // Rewrites the tables of from_version into those of to_version. Returns an error message, or an
    // empty string on success. Runs inside the migration transaction: it must not BEGIN or COMMIT.
    std::function<std::string(sqlite3*)> apply;
};

// The steps of the released schema versions, oldest first.
const std::vector<MigrationStep>& projectMigrations();

// True when steps lead from fromVersion to toVersion.
bool hasMigrationPath(const std::vector<MigrationStep>& steps, int fromVersion, int toVersion);

// Runs the chain of steps from fromVersion to toVersion in one transaction and sets user_version to
// toVersion. On any failure everything is rolled back. Returns an error message or an empty string.
std::string migrate(sqlite3* db, int fromVersion, int toVersion, const std::vector<MigrationStep>& steps);

// migrate() with the production steps up to kProjectSchemaVersion.
std::string migrateToCurrent(sqlite3* db, int fromVersion);

} // namespace iiot::model
