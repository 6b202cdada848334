#include "project_file_sql.h"

#include <cerrno>
#include <cmath>
#include <cstring>
#include <sqlite3.h>

namespace iiot::model::sql {

std::string describeError(sqlite3* db, int rc) {
    // First, before any other call can overwrite it: SQLite does not always record the errno of a
    // failed write (sqlite3_system_errno stays 0 for EFBIG), but errno still holds it here.
    const int lastErrno = errno;
    const int primary = rc & 0xff;
    if (primary == SQLITE_FULL)
        return "the disk is full";
    std::string text = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    if (primary != SQLITE_IOERR && primary != SQLITE_CANTOPEN && primary != SQLITE_READONLY &&
        primary != SQLITE_PERM)
        return text;
    int system = db ? sqlite3_system_errno(db) : 0;
    // Only an errno that can explain a failed file operation; SQLite's own probes leave ENOENT.
    if (system == 0 && (lastErrno == EFBIG || lastErrno == ENOSPC || lastErrno == EDQUOT ||
                        lastErrno == EIO || lastErrno == EROFS || lastErrno == EACCES || lastErrno == EPERM))
        system = lastErrno;
    if (system != 0)
        text += std::string(" (") + std::strerror(system) + ")";
    return text;
}

std::string exec(sqlite3* db, const std::string& sql) {
    int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
    return rc == SQLITE_OK ? std::string() : describeError(db, rc);
}

Statement::Statement(sqlite3* db, const std::string& sql, std::string& error, const std::string& context) {
    if (!error.empty())
        return;
    int rc = sqlite3_prepare_v3(db, sql.c_str(), static_cast<int>(sql.size() + 1), SQLITE_PREPARE_PERSISTENT,
                                &stmt_, nullptr);
    if (rc != SQLITE_OK) {
        std::string cause = describeError(db, rc);
        error = context + cause;
        sqlite3_finalize(stmt_);
        stmt_ = nullptr;
    }
}

Statement::~Statement() {
    sqlite3_finalize(stmt_);
}

namespace {
// Rows per INSERT statement: 32 roughly halves the time of a save against one row per statement;
// more gains little.
constexpr std::size_t kBatchRows = 32;
} // namespace

Insert::Insert(sqlite3* db, std::string table, std::vector<std::string_view> columns, std::string& error)
    : db_(db), table_(std::move(table)), columns_(std::move(columns)), error_(error) {
    values_.reserve(kBatchRows * columns_.size());
}

std::string Insert::sqlFor(std::size_t rows) const {
    std::string sql = "INSERT INTO " + table_ + " (";
    std::string tuple = "(";
    for (std::size_t i = 0; i < columns_.size(); ++i) {
        sql += (i ? ", " : "") + std::string(columns_[i]);
        tuple += i ? ", ?" : "?";
    }
    sql += ") VALUES ";
    for (std::size_t r = 0; r < rows; ++r)
        sql += (r ? ", " : "") + tuple + ")";
    return sql;
}

Insert& Insert::add(const Value& v) {
    if (error_.empty())
        values_.push_back(v);
    return *this;
}

Insert& Insert::text(const char* staticText) {
    if (!staticText)
        return null();
    return add({Value::Text, 0, 0, staticText, std::strlen(staticText)});
}

Insert& Insert::real(double v) {
    if (error_.empty() && std::isnan(v)) {
        // SQLite would store NaN as NULL, which reads back as "absent".
        std::size_t index = values_.size() % columns_.size();
        error_ = "a value is not a number (NaN): column '" + std::string(columns_[index]) + "' of row " +
                 std::to_string(rows_ + 1) + " of table '" + table_ + "'";
    }
    return add({Value::Real, 0, v, nullptr, 0});
}

void Insert::row() {
    ++rows_;
    if (!error_.empty())
        return;
    if (values_.size() != static_cast<std::size_t>(rows_ - written_) * columns_.size()) {
        error_ = "internal error: a row of table '" + table_ + "' has the wrong number of values";
        return;
    }
    if (values_.size() == kBatchRows * columns_.size())
        write(kBatchRows);
}

void Insert::flush() {
    if (error_.empty() && rows_ > written_)
        write(static_cast<std::size_t>(rows_ - written_));
}

void Insert::write(std::size_t rows) {
    std::optional<Statement> rest;
    std::optional<Statement>& holder = rows == kBatchRows ? batch_ : rest;
    if (!holder)
        holder.emplace(db_, sqlFor(rows), error_, "cannot write table '" + table_ + "': ");
    if (!error_.empty())
        return;
    sqlite3_stmt* s = holder->get();
    for (std::size_t i = 0; i < values_.size(); ++i) {
        const Value& v = values_[i];
        const int index = static_cast<int>(i + 1);
        switch (v.kind) {
        case Value::Null:
            sqlite3_bind_null(s, index);
            break;
        case Value::Integer:
            sqlite3_bind_int64(s, index, v.integer);
            break;
        case Value::Real:
            sqlite3_bind_double(s, index, v.real);
            break;
        case Value::Text:
            sqlite3_bind_text64(s, index, v.text, v.size, SQLITE_STATIC, SQLITE_UTF8);
            break;
        }
    }
    int rc = sqlite3_step(s);
    if (rc != SQLITE_DONE) {
        std::string cause = describeError(db_, rc);
        std::string first = std::to_string(written_ + 1), last = std::to_string(written_ + rows);
        error_ = "table '" + table_ + "', " + (rows == 1 ? "row " + first : "rows " + first + " to " + last) +
                 ": " + cause;
    }
    sqlite3_reset(s);
    values_.clear();
    written_ += static_cast<long long>(rows);
}

Query::Query(sqlite3* db, std::string table, const std::string& sql, std::string& error)
    : db_(db), table_(std::move(table)), error_(error),
      statement_(db, sql, error, "cannot read table '" + table_ + "': ") {}

bool Query::next() {
    if (!error_.empty())
        return false;
    int rc = sqlite3_step(statement_.get());
    if (rc == SQLITE_ROW) {
        column_ = 0;
        ++row_;
        return true;
    }
    if (rc != SQLITE_DONE) {
        std::string cause = describeError(db_, rc);
        error_ = "cannot read table '" + table_ + "': " + cause;
    }
    return false;
}

void Query::fail(const std::string& problem) {
    if (error_.empty())
        error_ = "table '" + table_ + "', row " + std::to_string(row_) + ": " + problem;
}

bool Query::isNull() {
    if (sqlite3_column_type(statement_.get(), column_) != SQLITE_NULL)
        return false;
    ++column_;
    return true;
}

bool Query::expect(int type, const char* what) {
    int actual = sqlite3_column_type(statement_.get(), column_);
    // An integer is a fine real (external tools may write 3 for 3.0).
    if (actual == type || (type == SQLITE_FLOAT && actual == SQLITE_INTEGER))
        return error_.empty();
    static const char* const names[] = {"?", "an integer", "a real number", "text", "a blob", "null"};
    const char* name = actual >= 1 && actual <= 5 ? names[actual] : names[0];
    const char* column = sqlite3_column_name(statement_.get(), column_);
    fail(std::string("column '") + (column ? column : "?") + "' should hold " + what + " but holds " + name);
    ++column_;
    return false;
}

std::string Query::text() {
    if (!expect(SQLITE_TEXT, "text"))
        return {};
    sqlite3_stmt* s = statement_.get();
    auto data = reinterpret_cast<const char*>(sqlite3_column_text(s, column_));
    int size = sqlite3_column_bytes(s, column_);
    ++column_;
    if (!data) {
        fail("out of memory");
        return {};
    }
    return std::string(data, static_cast<std::size_t>(size));
}

std::optional<std::string> Query::optText() {
    if (isNull())
        return std::nullopt;
    return text();
}

double Query::real() {
    if (!expect(SQLITE_FLOAT, "a number"))
        return 0;
    return sqlite3_column_double(statement_.get(), column_++);
}

std::optional<double> Query::optReal() {
    if (isNull())
        return std::nullopt;
    return real();
}

long long Query::integer() {
    if (!expect(SQLITE_INTEGER, "an integer"))
        return 0;
    return sqlite3_column_int64(statement_.get(), column_++);
}

std::optional<long long> Query::optInteger() {
    if (isNull())
        return std::nullopt;
    return integer();
}

bool Query::flag() {
    long long v = integer();
    if (v != 0 && v != 1)
        fail("a yes/no column holds " + std::to_string(v) + " instead of 0 or 1");
    return v == 1;
}

std::optional<bool> Query::optFlag() {
    if (isNull())
        return std::nullopt;
    return flag();
}

} // namespace iiot::model::sql
