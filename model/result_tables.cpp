#include "result_tables.h"

#include "json_value.h"
#include "table_csv.h"

#include <algorithm>
#include <map>
#include <utility>

namespace iiot::model {

namespace {

std::string safeName(const std::string& s) {
    std::string out;
    for (char c : s) {
        const char lower = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
        out +=
            (lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9') || lower == '-' || lower == '_'
                ? lower
                : '_';
    }
    return out.empty() ? "_" : out;
}

// One row: column -> cell, and the column order met so far (shared by all rows of a table).
class Row {
public:
    Row(std::vector<std::string>& columns, std::map<std::string, std::size_t>& index)
        : columns_(columns), index_(index) {}

    void flatten(const std::string& prefix, const JsonValue& v) {
        if (v.isObject() && !v.members.empty()) {
            for (const auto& [k, m] : v.members)
                flatten(prefix.empty() ? k : prefix + "." + k, m);
            return;
        }
        set(prefix, cell(v));
    }

    const std::map<std::string, std::string>& cells() const { return cells_; }

private:
    static std::string cell(const JsonValue& v) {
        if (!v.isArray())
            return v.cellText();
        const bool plain = std::none_of(v.items.begin(), v.items.end(),
                                        [](const JsonValue& i) { return i.isArray() || i.isObject(); });
        if (!plain)
            return v.cellText();
        std::string out;
        for (std::size_t i = 0; i < v.items.size(); ++i)
            out += (i ? ";" : "") + v.items[i].cellText();
        return out;
    }

    void set(const std::string& column, std::string text) {
        if (index_.emplace(column, columns_.size()).second)
            columns_.push_back(column);
        cells_[column] = std::move(text);
    }

    std::vector<std::string>& columns_;
    std::map<std::string, std::size_t>& index_;
    std::map<std::string, std::string> cells_;
};

ResultTable table(const StoredResult& result, const std::string& member, const JsonValue& list) {
    ResultTable t;
    t.fileName =
        "result-" + std::to_string(result.id) + "-" + safeName(result.kind) + "-" + safeName(member) + ".csv";
    std::map<std::string, std::size_t> index;
    std::vector<std::map<std::string, std::string>> rows;
    for (const auto& item : list.items) {
        Row row(t.columns, index);
        row.flatten({}, item);
        rows.push_back(row.cells());
    }
    t.rows = rows.size();
    t.csv = csvRow(t.columns);
    for (const auto& cells : rows) {
        std::vector<std::string> fields;
        fields.reserve(t.columns.size());
        for (const auto& c : t.columns) {
            const auto it = cells.find(c);
            fields.push_back(it == cells.end() ? std::string() : it->second);
        }
        t.csv += csvRow(fields);
    }
    return t;
}

} // namespace

std::vector<ResultTable> resultTables(const StoredResult& result) {
    std::vector<ResultTable> out;
    const auto doc = parseJson(result.json);
    if (!doc || !doc->isObject())
        return out;
    for (const auto& [member, value] : doc->members) {
        if (!value.isArray() || value.items.empty() ||
            !std::all_of(value.items.begin(), value.items.end(),
                         [](const JsonValue& v) { return v.isObject(); }))
            continue;
        out.push_back(table(result, member, value));
    }
    return out;
}

} // namespace iiot::model
