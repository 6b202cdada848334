// The project file `.iiotw`: one SQLite database holding the whole project and its stored results
// (FORMAT.md section 4, DESIGN.md section 4). Tables: project_file_schema.cpp.
#pragma once

#include "project_io.h"
#include "schema_migration.h"

#include <string>
#include <vector>

namespace iiot::model {

// Reads the file once into memory and lets SQLite work on that copy only, so the file is never
// changed and nothing is created beside it. Refuses, with a message naming the file and saying
// what to do: a missing or unreadable file, an empty file, a file that is not SQLite, unfinished
// changes of another program (-journal or -wal beside it), an SQLite database of another
// application, a newer schema version, a damaged file (quick_check, foreign_key_check) and tables
// that do not match the schema. An older schema version is migrated in memory. Never throws.
// Diagnostics carry the file and location {0,0}.
LoadResult openProjectFile(const std::string& path);

// The same with an explicit list of migration steps (for tests of the migration mechanism).
LoadResult openProjectFile(const std::string& path, const std::vector<MigrationStep>& migrations);

// Writes the whole project (Save and Save As) in one transaction into a temporary sibling file,
// then fsyncs and renames it over path: on any failure the previous file is left byte-identical.
// Results with id 0 get fresh ids in the file (reopen to learn them). Returns an error message
// naming the file and the cause, or an empty string on success.
std::string saveProjectFile(const Project& project, const std::string& path);

} // namespace iiot::model
