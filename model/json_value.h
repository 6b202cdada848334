// A small JSON reader (RFC 8259) for the documents the product writes itself: stored results are
// read back for exports (TOSCA placements, result CSV tables). Objects keep their member order and
// numbers keep their text, so a value is written out exactly as the result document had it. Depth
// is limited so hostile input cannot exhaust the stack.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace iiot::model {

struct JsonValue {
    enum class Type { Null, Bool, Number, String, Array, Object };

    Type type = Type::Null;
    bool boolean = false;
    double number = 0.0;
    std::string text; // a string's value, or a number as written
    std::vector<JsonValue> items;
    struct Member;
    std::vector<Member> members; // in document order

    bool isObject() const { return type == Type::Object; }
    bool isArray() const { return type == Type::Array; }
    // The member named key of an object (the first one), or nullptr.
    const JsonValue* find(std::string_view key) const;
    // A string member's text, or empty when absent or not a string.
    std::string string(std::string_view key) const;
    // A scalar as a table cell: strings as they are, numbers as written, true/false, null empty;
    // arrays and objects as compact JSON.
    std::string cellText() const;
};

struct JsonValue::Member {
    std::string name;
    JsonValue value;
};

// The value of a whole document, or nothing with error set ("line L, column C: ...").
std::optional<JsonValue> parseJson(std::string_view text, std::string* error = nullptr,
                                   std::size_t maxDepth = 256);

} // namespace iiot::model
