#include "json_value.h"

#include "json_writer.h"

#include <cstdlib>
#include <cstring>

namespace iiot::model {

namespace {

class Parser {
public:
    Parser(std::string_view text, std::size_t maxDepth) : s_(text), maxDepth_(maxDepth) {}

    std::optional<JsonValue> document(std::string* error) {
        JsonValue v;
        skipSpace();
        bool ok = value(v, 0);
        if (ok) {
            skipSpace();
            if (at_ != s_.size())
                ok = fail("unexpected text after the document");
        }
        if (!ok) {
            if (error)
                *error = where() + message_;
            return std::nullopt;
        }
        return v;
    }

private:
    bool fail(const char* what) {
        if (message_.empty())
            message_ = what;
        return false;
    }

    std::string where() const {
        std::size_t line = 1, column = 1;
        for (std::size_t i = 0; i < at_ && i < s_.size(); ++i) {
            if (s_[i] == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        return "line " + std::to_string(line) + ", column " + std::to_string(column) + ": ";
    }

    void skipSpace() {
        while (at_ < s_.size() && (s_[at_] == ' ' || s_[at_] == '\t' || s_[at_] == '\n' || s_[at_] == '\r'))
            ++at_;
    }

    bool literal(const char* word) {
        const std::size_t n = std::strlen(word);
        if (s_.substr(at_, n) != word)
            return fail("invalid literal");
        at_ += n;
        return true;
    }

    bool value(JsonValue& v, std::size_t depth) {
        if (at_ >= s_.size())
            return fail("unexpected end of the document");
        switch (s_[at_]) {
        case '{':
            return object(v, depth + 1);
        case '[':
            return array(v, depth + 1);
        case '"':
            v.type = JsonValue::Type::String;
            return string(v.text);
        case 't':
            v.type = JsonValue::Type::Bool;
            v.boolean = true;
            return literal("true");
        case 'f':
            v.type = JsonValue::Type::Bool;
            return literal("false");
        case 'n':
            return literal("null");
        default:
            return number(v);
        }
    }

    bool object(JsonValue& v, std::size_t depth) {
        if (depth > maxDepth_)
            return fail("nested too deeply");
        v.type = JsonValue::Type::Object;
        ++at_; // {
        skipSpace();
        if (at_ < s_.size() && s_[at_] == '}') {
            ++at_;
            return true;
        }
        for (;;) {
            skipSpace();
            if (at_ >= s_.size() || s_[at_] != '"')
                return fail("expected a member name");
            std::string key;
            if (!string(key))
                return false;
            skipSpace();
            if (at_ >= s_.size() || s_[at_] != ':')
                return fail("expected ':'");
            ++at_;
            skipSpace();
            v.members.push_back({std::move(key), JsonValue{}});
            if (!value(v.members.back().value, depth))
                return false;
            skipSpace();
            if (at_ < s_.size() && s_[at_] == ',') {
                ++at_;
                continue;
            }
            if (at_ < s_.size() && s_[at_] == '}') {
                ++at_;
                return true;
            }
            return fail("expected ',' or '}'");
        }
    }

    bool array(JsonValue& v, std::size_t depth) {
        if (depth > maxDepth_)
            return fail("nested too deeply");
        v.type = JsonValue::Type::Array;
        ++at_; // [
        skipSpace();
        if (at_ < s_.size() && s_[at_] == ']') {
            ++at_;
            return true;
        }
        for (;;) {
            skipSpace();
            v.items.emplace_back();
            if (!value(v.items.back(), depth))
                return false;
            skipSpace();
            if (at_ < s_.size() && s_[at_] == ',') {
                ++at_;
                continue;
            }
            if (at_ < s_.size() && s_[at_] == ']') {
                ++at_;
                return true;
            }
            return fail("expected ',' or ']'");
        }
    }

    bool hex4(unsigned& out) {
        if (at_ + 4 > s_.size())
            return fail("incomplete \\u escape");
        out = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = s_[at_++];
            out <<= 4;
            if (c >= '0' && c <= '9')
                out |= static_cast<unsigned>(c - '0');
            else if (c >= 'a' && c <= 'f')
                out |= static_cast<unsigned>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                out |= static_cast<unsigned>(c - 'A' + 10);
            else
                return fail("invalid \\u escape");
        }
        return true;
    }

    static void appendUtf8(std::string& out, unsigned cp) {
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }

    bool string(std::string& out) {
        ++at_; // opening quote
        for (;;) {
            if (at_ >= s_.size())
                return fail("unterminated string");
            const char c = s_[at_++];
            if (c == '"')
                return true;
            if (static_cast<unsigned char>(c) < 0x20)
                return fail("control character in a string");
            if (c != '\\') {
                out += c;
                continue;
            }
            if (at_ >= s_.size())
                return fail("unterminated string");
            const char e = s_[at_++];
            switch (e) {
            case '"':
            case '\\':
            case '/':
                out += e;
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case 'u': {
                unsigned cp = 0;
                if (!hex4(cp))
                    return false;
                if (cp >= 0xD800 && cp <= 0xDBFF) { // a surrogate pair makes one code point
                    unsigned low = 0;
                    if (s_.substr(at_, 2) != "\\u")
                        return fail("lone surrogate in a \\u escape");
                    at_ += 2;
                    if (!hex4(low))
                        return false;
                    if (low < 0xDC00 || low > 0xDFFF)
                        return fail("lone surrogate in a \\u escape");
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    return fail("lone surrogate in a \\u escape");
                }
                appendUtf8(out, cp);
                break;
            }
            default:
                return fail("invalid escape in a string");
            }
        }
    }

    bool digits() {
        const std::size_t start = at_;
        while (at_ < s_.size() && s_[at_] >= '0' && s_[at_] <= '9')
            ++at_;
        return at_ > start;
    }

    bool number(JsonValue& v) {
        const std::size_t start = at_;
        if (at_ < s_.size() && s_[at_] == '-')
            ++at_;
        if (at_ < s_.size() && s_[at_] == '0')
            ++at_;
        else if (!digits())
            return fail("invalid value");
        if (at_ < s_.size() && s_[at_] == '.') {
            ++at_;
            if (!digits())
                return fail("invalid number");
        }
        if (at_ < s_.size() && (s_[at_] == 'e' || s_[at_] == 'E')) {
            ++at_;
            if (at_ < s_.size() && (s_[at_] == '+' || s_[at_] == '-'))
                ++at_;
            if (!digits())
                return fail("invalid number");
        }
        v.type = JsonValue::Type::Number;
        v.text = std::string(s_.substr(start, at_ - start));
        v.number = std::strtod(v.text.c_str(), nullptr);
        return true;
    }

    std::string_view s_;
    std::size_t maxDepth_;
    std::size_t at_ = 0;
    std::string message_;
};

void compact(const JsonValue& v, std::string& out) {
    switch (v.type) {
    case JsonValue::Type::Null:
        out += "null";
        return;
    case JsonValue::Type::Bool:
        out += v.boolean ? "true" : "false";
        return;
    case JsonValue::Type::Number:
        out += v.text;
        return;
    case JsonValue::Type::String:
        out += JsonWriter::escape(v.text);
        return;
    case JsonValue::Type::Array:
        out += '[';
        for (std::size_t i = 0; i < v.items.size(); ++i) {
            if (i)
                out += ',';
            compact(v.items[i], out);
        }
        out += ']';
        return;
    case JsonValue::Type::Object:
        out += '{';
        for (std::size_t i = 0; i < v.members.size(); ++i) {
            if (i)
                out += ',';
            out += JsonWriter::escape(v.members[i].name);
            out += ':';
            compact(v.members[i].value, out);
        }
        out += '}';
        return;
    }
}

} // namespace

const JsonValue* JsonValue::find(std::string_view key) const {
    for (const auto& [k, v] : members)
        if (k == key)
            return &v;
    return nullptr;
}

std::string JsonValue::string(std::string_view key) const {
    const JsonValue* v = find(key);
    return v && v->type == Type::String ? v->text : std::string();
}

std::string JsonValue::cellText() const {
    switch (type) {
    case Type::Null:
        return {};
    case Type::Bool:
        return boolean ? "true" : "false";
    case Type::Number:
    case Type::String:
        return text;
    case Type::Array:
    case Type::Object:
        break;
    }
    std::string out;
    compact(*this, out);
    return out;
}

std::optional<JsonValue> parseJson(std::string_view text, std::string* error, std::size_t maxDepth) {
    return Parser(text, maxDepth).document(error);
}

} // namespace iiot::model
