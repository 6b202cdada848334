#include "json_syntax.h"

#include <vector>

namespace iiot::model {

namespace {

class Checker {
public:
    Checker(std::string_view s, std::size_t maxDepth) : s_(s), maxDepth_(maxDepth) {}

    bool document() {
        space();
        if (!value())
            return false;
        space();
        return pos_ == s_.size();
    }

private:
    std::string_view s_;
    std::size_t maxDepth_;
    std::size_t pos_ = 0;

    char peek() const { return pos_ < s_.size() ? s_[pos_] : '\0'; }
    void space() {
        while (pos_ < s_.size() &&
               (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n' || s_[pos_] == '\r'))
            ++pos_;
    }
    bool literal(std::string_view word) {
        if (s_.substr(pos_, word.size()) != word)
            return false;
        pos_ += word.size();
        return true;
    }
    bool digits() {
        const std::size_t start = pos_;
        while (peek() >= '0' && peek() <= '9')
            ++pos_;
        return pos_ > start;
    }
    bool number() {
        if (peek() == '-')
            ++pos_;
        if (peek() == '0')
            ++pos_;
        else if (!digits())
            return false;
        if (peek() == '.') {
            ++pos_;
            if (!digits())
                return false;
        }
        if (peek() == 'e' || peek() == 'E') {
            ++pos_;
            if (peek() == '+' || peek() == '-')
                ++pos_;
            if (!digits())
                return false;
        }
        return true;
    }
    bool string() {
        ++pos_; // opening quote
        while (pos_ < s_.size()) {
            const auto c = static_cast<unsigned char>(s_[pos_++]);
            if (c == '"')
                return true;
            if (c < 0x20)
                return false;
            if (c == '\\') {
                const char e = peek();
                ++pos_;
                if (e == 'u') {
                    for (int k = 0; k < 4; ++k, ++pos_) {
                        const char h = peek();
                        if (!((h >= '0' && h <= '9') || (h >= 'a' && h <= 'f') || (h >= 'A' && h <= 'F')))
                            return false;
                    }
                } else if (std::string_view("\"\\/bfnrt").find(e) == std::string_view::npos || e == '\0') {
                    return false;
                }
            }
        }
        return false;
    }
    // Iterative over containers: the stack holds '{' or '['.
    bool value() {
        std::vector<char> stack;
        while (true) {
            space();
            const char c = peek();
            bool scalarDone = true;
            if (c == '{' || c == '[') {
                if (stack.size() >= maxDepth_)
                    return false;
                stack.push_back(c);
                ++pos_;
                space();
                if (peek() == (c == '{' ? '}' : ']')) {
                    ++pos_;
                    stack.pop_back();
                } else {
                    if (c == '{' && !key())
                        return false;
                    continue;
                }
            } else if (c == '"') {
                if (!string())
                    return false;
            } else if (c == 't') {
                scalarDone = literal("true");
            } else if (c == 'f') {
                scalarDone = literal("false");
            } else if (c == 'n') {
                scalarDone = literal("null");
            } else {
                scalarDone = number();
            }
            if (!scalarDone)
                return false;
            // After a complete value: close containers or move to the next member.
            while (true) {
                if (stack.empty())
                    return true;
                space();
                const char close = stack.back() == '{' ? '}' : ']';
                if (peek() == close) {
                    ++pos_;
                    stack.pop_back();
                    continue;
                }
                if (peek() != ',')
                    return false;
                ++pos_;
                if (stack.back() == '{' && !key())
                    return false;
                break;
            }
        }
    }
    // A member name and its colon.
    bool key() {
        space();
        if (peek() != '"' || !string())
            return false;
        space();
        if (peek() != ':')
            return false;
        ++pos_;
        return true;
    }
};

} // namespace

bool isJsonDocument(std::string_view text, std::size_t maxDepth) {
    return Checker(text, maxDepth).document();
}

} // namespace iiot::model
