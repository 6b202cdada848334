// Thin helpers over the SQLite C API for the project file: prepared statements that write rows in
// batches or read them one at a time and remember the first error, so the table code stays a flat
// list of fields.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace iiot::model::sql {

// SQLite's message for rc, with the operating system's cause (errno) when there is one.
std::string describeError(sqlite3* db, int rc);

// Runs statements whose rows do not matter. Returns an error message or an empty string.
std::string exec(sqlite3* db, const std::string& sql);

// Owns one prepared statement.
class Statement {
public:
    // On failure stores context + SQLite's message in error (unless error already holds one).
    Statement(sqlite3* db, const std::string& sql, std::string& error, const std::string& context = {});
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    sqlite3_stmt* get() const { return stmt_; }

private:
    sqlite3_stmt* stmt_ = nullptr;
};

// Inserts rows into one table: give the values of a row in column order, then call row(). Rows are
// written in batches of several rows per statement (a save is dominated by per-statement costs);
// flush() or the destructor writes the rest. The first failure is stored in `error`; after that
// every call does nothing. Text is not copied, so it must stay alive until written: temporaries
// are rejected at compile time.
class Insert {
public:
    Insert(sqlite3* db, std::string table, std::vector<std::string_view> columns, std::string& error);
    ~Insert() { flush(); }
    Insert(const Insert&) = delete;
    Insert& operator=(const Insert&) = delete;
    Insert& text(const std::string& v) { return add({Value::Text, 0, 0, v.data(), v.size()}); }
    Insert& text(const std::optional<std::string>& v) { return v ? text(*v) : null(); }
    Insert& text(std::string&&) = delete;
    Insert& text(std::optional<std::string>&&) = delete;
    // A string literal or other static text; nullptr stores NULL.
    Insert& text(const char* staticText);
    Insert& real(double v);
    Insert& real(std::optional<double> v) { return v ? real(*v) : null(); }
    Insert& integer(long long v) { return add({Value::Integer, v, 0, nullptr, 0}); }
    Insert& integer(std::optional<long long> v) { return v ? integer(*v) : null(); }
    Insert& flag(bool v) { return integer(v ? 1 : 0); }
    Insert& null() { return add({Value::Null, 0, 0, nullptr, 0}); }
    void row();
    void flush();

private:
    struct Value {
        enum Kind { Null, Integer, Real, Text } kind;
        long long integer;
        double real;
        const char* text;
        std::size_t size;
    };
    Insert& add(const Value& v);
    std::string sqlFor(std::size_t rows) const;
    void write(std::size_t rows);

    sqlite3* db_;
    std::string table_;
    std::vector<std::string_view> columns_;
    std::string& error_;
    std::vector<Value> values_; // of the rows not written yet
    std::optional<Statement> batch_;
    long long rows_ = 0;    // rows given so far
    long long written_ = 0; // rows written so far
};

// Reads the rows of a query over one table, column by column in select order. A value of the wrong
// type (the file was edited or damaged) stores an error naming table, row and column.
class Query {
public:
    Query(sqlite3* db, std::string table, const std::string& sql, std::string& error);
    // Moves to the next row; false at the end or after an error.
    bool next();
    std::string text();
    std::optional<std::string> optText();
    double real();
    std::optional<double> optReal();
    long long integer();
    std::optional<long long> optInteger();
    bool flag();
    std::optional<bool> optFlag();
    // Records a problem of the current row (e.g. an unknown enum value).
    void fail(const std::string& problem);
    long long row() const { return row_; }

private:
    bool isNull();
    bool expect(int type, const char* what);

    sqlite3* db_;
    std::string table_;
    std::string& error_;
    Statement statement_;
    int column_ = 0;
    long long row_ = 0;
};

} // namespace iiot::model::sql
