#include "project_file.h"

#include "atomic_file.h"
#include "project_file_sql.h"
#include "project_file_tables.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace iiot::model {

namespace {

struct Problem {
    std::string message;
    std::string hint;
};
using Check = std::optional<Problem>;

const char* const kRestore = "restore it from a backup; the file was not changed";
// Largest string or blob SQLite may build while reading: a hostile schema (CHECK constraints run
// by quick_check) must not be able to allocate gigabytes.
constexpr int kMaxValueBytes = 256 * 1024 * 1024;
// Files are read into memory whole; no project comes near this.
constexpr off_t kMaxFileBytes = off_t(2) * 1024 * 1024 * 1024;

std::string fileName(const std::string& path) {
    auto slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

// How messages name the file: 'project.iiotw' (the diagnostic's file field has the full path).
std::string baseName(const std::string& path) {
    return "'" + fileName(path) + "'";
}

// This SQLite is built with URI file names on: keep a relative "file:..." name a plain file name.
std::string sqlitePath(const std::string& path) {
    return path.rfind("file:", 0) == 0 ? "./" + path : path;
}

struct Connection {
    sqlite3* db = nullptr;
    Connection() = default;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    ~Connection() { sqlite3_close_v2(db); }
};

// The whole file, in memory owned by SQLite (sqlite3_deserialize takes it over).
struct FileBytes {
    unsigned char* data = nullptr;
    sqlite3_int64 size = 0;
    FileBytes() = default;
    FileBytes(const FileBytes&) = delete;
    FileBytes& operator=(const FileBytes&) = delete;
    ~FileBytes() { sqlite3_free(data); }
};

// The checks that need no SQLite (existence, type, size, the 16-byte header string), then reads
// the file in one pass: SQLite only ever sees this copy, so it can neither change the file nor
// create files beside it (a read-only open of a WAL-mode file creates -wal and -shm files).
Check readFile(const std::string& path, const std::string& name, FileBytes& out) {
    // O_NONBLOCK: opening a FIFO must not hang; regular files ignore it.
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        int err = errno;
        if (err == ENOENT)
            return Problem{name + " does not exist", "check the file name and folder"};
        return Problem{name + " cannot be read: " + std::strerror(err), "check the file's permissions"};
    }
    struct stat st {};
    int err = ::fstat(fd, &st) != 0 ? errno : 0;
    const bool regular = err == 0 && S_ISREG(st.st_mode);
    if (regular && st.st_size > 0 && st.st_size <= kMaxFileBytes) {
        out.data = static_cast<unsigned char*>(sqlite3_malloc64(static_cast<sqlite3_uint64>(st.st_size)));
        err = out.data ? 0 : ENOMEM;
        while (out.data && out.size < st.st_size) {
            ssize_t n =
                ::pread(fd, out.data + out.size, static_cast<size_t>(st.st_size - out.size), out.size);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                err = n < 0 ? errno : 0; // n == 0: the file shrank meanwhile; check what was read
                break;
            }
            out.size += n;
        }
    }
    ::close(fd);
    if (err != 0)
        return Problem{name + " cannot be read: " + std::strerror(err),
                       "check the disk and the file's permissions"};
    if (S_ISDIR(st.st_mode))
        return Problem{name + " is a folder, not a project file", "choose a .iiotw file"};
    if (!regular)
        return Problem{name + " is not a regular file", "choose a .iiotw file"};
    if (st.st_size == 0)
        return Problem{name + " is empty (0 bytes), so it holds no project",
                       "it may have been cut short by a failed copy or download; " + std::string(kRestore)};
    if (st.st_size > kMaxFileBytes)
        return Problem{name + " is too large to be a project file (over 2 GiB)", "choose a .iiotw file"};
    static const char magic[] = "SQLite format 3"; // with its terminating '\0': 16 bytes
    if (out.size < 16 || std::memcmp(out.data, magic, sizeof magic) != 0)
        return Problem{name + " is not an IIoT Workbench project file (it is not an SQLite database)",
                       "YAML projects must be named .yaml or .yml; if this was a project file, " +
                           std::string(kRestore)};
    if (out.size < 100)
        return Problem{name + " is truncated: it ends inside the database header", kRestore};
    return std::nullopt;
}

// Another program that writes the file with SQLite keeps unfinished changes beside it; reading the
// main file alone would then give a half-changed project.
Check checkUnfinishedChanges(const std::string& path, const std::string& name) {
    for (const char* suffix : {"-journal", "-wal"}) {
        struct stat st {};
        if (::stat((path + suffix).c_str(), &st) == 0 && st.st_size > 0)
            return Problem{name + " is being changed by another program ('" + fileName(path) + suffix +
                               "' exists beside it)",
                           "close that program, or let it finish, then open the file again"};
    }
    return std::nullopt;
}

Problem damaged(const std::string& name, const std::string& detail) {
    return Problem{name + " is damaged (truncated or corrupted): " + detail, kRestore};
}

Problem sqliteProblem(const std::string& name, sqlite3* db, int rc) {
    int primary = rc & 0xff;
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        return Problem{name + " is locked by another program", "close it there and try again"};
    if (primary == SQLITE_NOMEM)
        return Problem{name + " cannot be read: out of memory", "close other programs and try again"};
    return damaged(name, sql::describeError(db, rc));
}

// Reads a PRAGMA that returns one integer.
Check pragmaInt(sqlite3* db, const std::string& name, const char* pragma, long long& out) {
    sqlite3_stmt* s = nullptr;
    int rc = sqlite3_prepare_v2(db, (std::string("PRAGMA ") + pragma).c_str(), -1, &s, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(s);
    if (rc == SQLITE_ROW)
        out = sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    if (rc != SQLITE_ROW)
        return sqliteProblem(name, db, rc);
    return std::nullopt;
}

// quick_check and foreign_key_check: both only read.
Check checkIntegrity(sqlite3* db, const std::string& name) {
    sqlite3_stmt* s = nullptr;
    int rc = sqlite3_prepare_v2(db, "PRAGMA quick_check(1)", -1, &s, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(s);
    std::string verdict;
    if (rc == SQLITE_ROW) {
        auto text = reinterpret_cast<const char*>(sqlite3_column_text(s, 0));
        verdict = text ? text : "";
    }
    sqlite3_finalize(s);
    if (rc != SQLITE_ROW)
        return sqliteProblem(name, db, rc);
    if (verdict != "ok") {
        // "*** in database main ***\nPage 50: ..." -> "page 50: ..." on one line.
        const std::string banner = "*** in database main ***\n";
        if (verdict.rfind(banner, 0) == 0)
            verdict.erase(0, banner.size());
        std::replace(verdict.begin(), verdict.end(), '\n', ' ');
        if (!verdict.empty())
            verdict[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(verdict[0])));
        return damaged(name, verdict);
    }

    s = nullptr;
    rc = sqlite3_prepare_v2(db, "PRAGMA foreign_key_check", -1, &s, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(s);
    Check problem;
    if (rc == SQLITE_ROW) {
        auto text = [&](int i) {
            auto t = reinterpret_cast<const char*>(sqlite3_column_text(s, i));
            return std::string(t ? t : "?");
        };
        // Tables WITHOUT ROWID report no row number.
        const std::string row = sqlite3_column_type(s, 1) == SQLITE_NULL ? "a row" : "row " + text(1);
        problem = Problem{name + " is damaged: " + row + " of table '" + text(0) +
                              "' refers to a row of table '" + text(2) + "' that does not exist",
                          kRestore};
    } else if (rc != SQLITE_DONE) {
        problem = sqliteProblem(name, db, rc);
    }
    sqlite3_finalize(s);
    return problem;
}

// Every table must exist as a plain table: a view or virtual table of the same name could run
// arbitrary (or endless) queries when read.
Check checkTables(sqlite3* db, const std::string& name) {
    std::string error;
    sql::Query q(db, "sqlite_schema",
                 "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE TABLE%'", error);
    std::vector<std::string> present;
    while (q.next())
        present.push_back(q.text());
    if (!error.empty())
        return damaged(name, error);
    for (const auto& table : detail::projectTableNames())
        if (std::find(present.begin(), present.end(), table) == present.end())
            return Problem{name + " is not a complete project file: table '" + table + "' is missing",
                           "the file was not written by IIoT Workbench or was damaged; " +
                               std::string(kRestore)};
    return std::nullopt;
}

void configureReader(sqlite3* db) {
    sqlite3_extended_result_codes(db, 1);
    sqlite3_limit(db, SQLITE_LIMIT_LENGTH, kMaxValueBytes);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    // Finds damaged b-tree cells while reading, not only in quick_check.
    sql::exec(db, "PRAGMA cell_size_check = ON");
}

Check openChecked(const std::string& path, const std::vector<MigrationStep>& migrations, Project& out) {
    const std::string name = baseName(path);
    FileBytes bytes;
    if (Check problem = readFile(path, name, bytes))
        return problem;
    if (Check problem = checkUnfinishedChanges(path, name))
        return problem;
    Connection copy;
    int rc = sqlite3_open_v2(":memory:", &copy.db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK)
        return sqliteProblem(name, copy.db, rc);
    configureReader(copy.db);
    // Bytes 18-19 say 2 for WAL mode; an in-memory database must be read as rollback mode (1). The
    // main file of a WAL database is complete once no -wal file is left (checked above).
    for (int at : {18, 19})
        if (bytes.data[at] == 2)
            bytes.data[at] = 1;
    // The copy is resizeable so that migrations can rewrite it.
    rc = sqlite3_deserialize(copy.db, "main", bytes.data, bytes.size, bytes.size,
                             SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
    bytes.data = nullptr; // owned (or already freed on failure) by SQLite now
    if (rc != SQLITE_OK)
        return sqliteProblem(name, copy.db, rc);

    long long applicationId = 0, version = 0;
    if (Check problem = pragmaInt(copy.db, name, "application_id", applicationId))
        return problem;
    if (applicationId != kProjectApplicationId) {
        char id[16];
        std::snprintf(id, sizeof id, "0x%08llX",
                      static_cast<unsigned long long>(applicationId) & 0xffffffffULL);
        return Problem{name + " is an SQLite database of another application (application id " + id +
                           "), not an IIoT Workbench project",
                       "open it with the program that created it"};
    }
    if (Check problem = pragmaInt(copy.db, name, "user_version", version))
        return problem;
    const std::string versions = "schema " + std::to_string(version) + ", this version reads up to " +
                                 std::to_string(kProjectSchemaVersion);
    if (version > kProjectSchemaVersion)
        return Problem{name + " was written by a newer IIoT Workbench (" + versions + ")",
                       "update the program"};
    const bool canMigrate = hasMigrationPath(migrations, static_cast<int>(version), kProjectSchemaVersion);
    if (version <= 0 && !canMigrate)
        return Problem{name + " has schema version " + std::to_string(version) +
                           ", which no IIoT Workbench release writes",
                       "the file is incomplete or was not written by IIoT Workbench; " +
                           std::string(kRestore)};
    if (!canMigrate)
        return Problem{name + " uses schema version " + std::to_string(version) +
                           ", which this version cannot convert",
                       "open and save it with an IIoT Workbench release that reads it"};
    if (Check problem = checkIntegrity(copy.db, name))
        return problem;

    // The database is a private copy in memory: migrating it leaves the file as it is.
    if (version < kProjectSchemaVersion)
        if (std::string error =
                migrate(copy.db, static_cast<int>(version), kProjectSchemaVersion, migrations);
            !error.empty())
            return Problem{name + " could not be converted to the current schema: " + error,
                           "the file was not changed; open it with the release that wrote it"};
    if (Check problem = checkTables(copy.db, name))
        return problem;
    if (std::string error = detail::readProjectTables(copy.db, out); !error.empty())
        return Problem{name + " is damaged or was edited outside IIoT Workbench: " + error, kRestore};
    return std::nullopt;
}

// Creates the database at tmp and fills it in one transaction. Returns the cause of a failure.
std::string buildDatabase(const Project& project, const std::string& tmp) {
    // Create the file here: SQLite's own attempt would report the errno of its read-only retry
    // (ENOENT) instead of the real cause (EACCES, EROFS, ENOSPC). O_EXCL: never reuse a file.
    int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0)
        return std::string("cannot create a file in its folder: ") + std::strerror(errno);
    ::close(fd);
    Connection c;
    int rc = sqlite3_open_v2(sqlitePath(tmp).c_str(), &c.db,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK)
        return "cannot create a file in its folder: " + sql::describeError(c.db, rc);
    sqlite3_extended_result_codes(c.db, 1);
    // journal_mode must be set outside a transaction; the rest of the settings and the schema are
    // part of the single transaction that also writes the data.
    std::string error = sql::exec(c.db, "PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL; "
                                        "PRAGMA foreign_keys = ON; PRAGMA cache_size = -65536");
    if (error.empty())
        error = sql::exec(c.db, "BEGIN IMMEDIATE");
    if (error.empty())
        error = sql::exec(c.db, "PRAGMA application_id = " + std::to_string(kProjectApplicationId) +
                                    "; PRAGMA user_version = " + std::to_string(kProjectSchemaVersion) + ";" +
                                    detail::kProjectSchemaSql);
    if (error.empty())
        error = detail::writeProjectTables(c.db, project);
    if (error.empty())
        error = sql::exec(c.db, "COMMIT");
    if (!error.empty()) {
        if (!sqlite3_get_autocommit(c.db))
            sql::exec(c.db, "ROLLBACK");
        return error;
    }
    rc = sqlite3_close(c.db);
    c.db = nullptr;
    if (rc != SQLITE_OK)
        return sql::describeError(nullptr, rc);
    return {};
}

void removeTemporary(const std::string& tmp) {
    ::unlink(tmp.c_str());
    ::unlink((tmp + "-journal").c_str());
}

} // namespace

LoadResult openProjectFile(const std::string& path) {
    return openProjectFile(path, projectMigrations());
}

LoadResult openProjectFile(const std::string& path, const std::vector<MigrationStep>& migrations) {
    LoadResult result;
    Check problem;
    try {
        Project project;
        problem = openChecked(path, migrations, project);
        if (!problem)
            result.project = std::move(project);
    } catch (const std::exception& e) {
        problem =
            Problem{baseName(path) + " cannot be read: " + e.what(), "close other programs and try again"};
    } catch (...) {
        problem = Problem{baseName(path) + " cannot be read", "close other programs and try again"};
    }
    if (problem) {
        Diagnostic d;
        d.file = path;
        d.message = std::move(problem->message);
        d.hint = std::move(problem->hint);
        result.diagnostics.push_back(std::move(d));
    }
    return result;
}

std::string saveProjectFile(const Project& project, const std::string& path) {
    struct stat previous {};
    const bool existed = ::stat(path.c_str(), &previous) == 0;
    const std::string unchanged = existed ? " ('" + path + "' was not changed)" : "";
    std::string tmp;
    try {
        tmp = temporarySiblingPath(path);
        if (std::string cause = buildDatabase(project, tmp); !cause.empty()) {
            removeTemporary(tmp);
            return "cannot save '" + path + "': " + cause + unchanged;
        }
        // Keep the permissions the user gave the previous file (SQLite creates files 0644).
        if (existed)
            ::chmod(tmp.c_str(), previous.st_mode & 07777);
        if (std::string error = commitTemporaryFile(tmp, path); !error.empty()) {
            removeTemporary(tmp);
            return error + unchanged;
        }
    } catch (const std::exception& e) {
        if (!tmp.empty())
            removeTemporary(tmp);
        return "cannot save '" + path + "': " + e.what() + unchanged;
    }
    return {};
}

} // namespace iiot::model
