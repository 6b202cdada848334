// Internal to the project file: the tables of the current schema and the code that fills and
// reads them. project_file.cpp wraps these with the file checks, the transaction and the atomic
// replace; migrations (schema_migration.h) bring older files to this layout first.
#pragma once

#include "project.h"

#include <string>
#include <vector>

struct sqlite3;

namespace iiot::model::detail {

// CREATE TABLE statements of schema version kProjectSchemaVersion.
extern const char* const kProjectSchemaSql;

// Names of every table of the schema, parents before children.
const std::vector<std::string>& projectTableNames();

// Inserts the whole project into the empty tables. Returns an error message or an empty string.
std::string writeProjectTables(sqlite3* db, const Project& project);

// Reads the tables into out. Returns an error message naming table and row, or an empty string.
std::string readProjectTables(sqlite3* db, Project& out);

} // namespace iiot::model::detail
