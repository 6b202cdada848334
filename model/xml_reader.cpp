#include "xml_reader.h"

#include <cstdint>
#include <cstdio>

namespace iiot::model {

const std::string* XmlElement::attribute(std::string_view attributeName) const {
    for (const auto& [k, v] : attributes)
        if (k == attributeName)
            return &v;
    return nullptr;
}

std::string_view XmlElement::localName() const {
    const std::string_view n = name;
    const auto colon = n.find(':');
    return colon == std::string_view::npos ? n : n.substr(colon + 1);
}

namespace {

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isNameStart(char c) {
    const auto u = static_cast<unsigned char>(c);
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == ':' || u >= 0x80;
}

bool isNameChar(char c) {
    return isNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

// XML 1.0 Char production.
bool isXmlChar(std::uint32_t cp) {
    return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
           (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
}

void appendUtf8(std::string& out, std::uint32_t cp) {
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

// Length of the UTF-8 sequence starting at s[i] and its code point, or 0 when it is malformed
// (overlong forms, surrogates and values above U+10FFFF included).
std::size_t decodeUtf8(std::string_view s, std::size_t i, std::uint32_t& cp) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) {
        cp = b0;
        return 1;
    }
    std::size_t len = 0;
    std::uint32_t min = 0;
    if ((b0 & 0xE0) == 0xC0) {
        len = 2, cp = b0 & 0x1F, min = 0x80;
    } else if ((b0 & 0xF0) == 0xE0) {
        len = 3, cp = b0 & 0x0F, min = 0x800;
    } else if ((b0 & 0xF8) == 0xF0) {
        len = 4, cp = b0 & 0x07, min = 0x10000;
    } else {
        return 0;
    }
    if (i + len > s.size())
        return 0;
    for (std::size_t k = 1; k < len; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (b & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return len;
}

class Parser {
public:
    Parser(std::string_view text, const XmlLimits& limits) : s_(text), limits_(limits) {}

    XmlDocument run() {
        XmlDocument doc;
        if (s_.size() > limits_.maxBytes) {
            fail("the file is larger than " + std::to_string(limits_.maxBytes >> 20) + " MiB");
        } else if (checkCharacters()) {
            if (s_.substr(0, 3) == "\xEF\xBB\xBF")
                advance(3);
            if (startsWith("<?xml") && pos_ + 5 < s_.size() && isSpace(s_[pos_ + 5]))
                declaration();
            if (!error_)
                document(doc);
        }
        if (error_) {
            doc.root.reset();
            doc.error = error_;
        }
        return doc;
    }

private:
    std::string_view s_;
    XmlLimits limits_;
    std::size_t pos_ = 0;
    int line_ = 1, column_ = 1;
    std::optional<XmlError> error_;
    std::size_t elements_ = 0;

    bool atEnd() const { return pos_ >= s_.size(); }
    char peek() const { return atEnd() ? '\0' : s_[pos_]; }
    bool startsWith(std::string_view p) const { return s_.substr(pos_, p.size()) == p; }

    void advance(std::size_t n = 1) {
        for (std::size_t k = 0; k < n && pos_ < s_.size(); ++k, ++pos_) {
            const char c = s_[pos_];
            if (c == '\n' || (c == '\r' && (pos_ + 1 >= s_.size() || s_[pos_ + 1] != '\n'))) {
                ++line_;
                column_ = 1;
            } else if (c != '\r' && (static_cast<unsigned char>(c) & 0xC0) != 0x80) {
                ++column_;
            }
        }
    }

    void fail(std::string message) { failAt(std::move(message), line_, column_); }
    void failAt(std::string message, int line, int column) {
        if (!error_)
            error_ = XmlError{std::move(message), line, column};
    }

    // Every byte must be well-formed UTF-8 and an XML character; checked once up front so the
    // grammar below can work on bytes.
    bool checkCharacters() {
        int line = 1, column = 1;
        for (std::size_t i = 0; i < s_.size();) {
            std::uint32_t cp = 0;
            const std::size_t len = decodeUtf8(s_, i, cp);
            if (len == 0) {
                failAt("invalid UTF-8 byte sequence (the file must be UTF-8)", line, column);
                return false;
            }
            if (!isXmlChar(cp)) {
                char buf[16];
                std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(cp));
                failAt(std::string("character ") + buf + " is not allowed in XML", line, column);
                return false;
            }
            if (cp == '\n' || (cp == '\r' && (i + 1 >= s_.size() || s_[i + 1] != '\n'))) {
                ++line;
                column = 1;
            } else if (cp != '\r') {
                ++column;
            }
            i += len;
        }
        return true;
    }

    void skipSpace() {
        while (!atEnd() && isSpace(peek()))
            advance();
    }

    bool name(std::string& out) {
        if (atEnd() || !isNameStart(peek())) {
            fail(atEnd() ? "unexpected end of file, expected a name"
                         : std::string("expected a name, found '") + peek() + "'");
            return false;
        }
        const std::size_t start = pos_;
        while (!atEnd() && isNameChar(peek()))
            advance();
        out.assign(s_.substr(start, pos_ - start));
        return true;
    }

    // After '&': a predefined entity or a character reference, appended decoded.
    bool reference(std::string& out) {
        const int line = line_, column = column_;
        advance(); // '&'
        const std::size_t semi = s_.find(';', pos_);
        if (semi == std::string_view::npos || semi - pos_ > 12) {
            failAt("'&' must start an entity such as &amp; (write &amp; for a literal '&')", line, column);
            return false;
        }
        const std::string_view ref = s_.substr(pos_, semi - pos_);
        static constexpr std::pair<std::string_view, char> predefined[] = {
            {"lt", '<'}, {"gt", '>'}, {"amp", '&'}, {"apos", '\''}, {"quot", '"'}};
        for (const auto& [n, c] : predefined)
            if (ref == n) {
                out += c;
                advance(ref.size() + 1);
                return true;
            }
        if (ref.size() >= 2 && ref[0] == '#') {
            const bool hex = ref[1] == 'x';
            const std::string_view digits = ref.substr(hex ? 2 : 1);
            std::uint32_t cp = 0;
            bool ok = !digits.empty() && digits.size() <= 8;
            for (char c : digits) {
                int d = -1;
                if (c >= '0' && c <= '9')
                    d = c - '0';
                else if (hex && c >= 'a' && c <= 'f')
                    d = c - 'a' + 10;
                else if (hex && c >= 'A' && c <= 'F')
                    d = c - 'A' + 10;
                if (d < 0) {
                    ok = false;
                    break;
                }
                cp = cp * (hex ? 16 : 10) + static_cast<std::uint32_t>(d);
                if (cp > 0x10FFFF) {
                    ok = false;
                    break;
                }
            }
            if (!ok || !isXmlChar(cp)) {
                failAt("invalid character reference '&" + std::string(ref) + ";'", line, column);
                return false;
            }
            appendUtf8(out, cp);
            advance(ref.size() + 1);
            return true;
        }
        failAt("unknown entity '&" + std::string(ref) +
                   ";' (only &lt; &gt; &amp; &apos; &quot; and &#...; exist)",
               line, column);
        return false;
    }

    bool attributes(XmlElement& e) {
        while (true) {
            const bool spaced = !atEnd() && isSpace(peek());
            skipSpace();
            if (atEnd()) {
                fail("unexpected end of file inside the start tag of <" + e.name + ">");
                return false;
            }
            if (peek() == '>' || peek() == '/' || peek() == '?')
                return true;
            if (!spaced) {
                fail("expected whitespace before the next attribute of <" + e.name + ">");
                return false;
            }
            const int line = line_, column = column_;
            std::string key;
            if (!name(key))
                return false;
            skipSpace();
            if (peek() != '=') {
                fail("expected '=' after attribute '" + key + "'");
                return false;
            }
            advance();
            skipSpace();
            const char quote = peek();
            if (quote != '"' && quote != '\'') {
                fail("the value of attribute '" + key + "' must be quoted");
                return false;
            }
            advance();
            std::string value;
            while (true) {
                if (atEnd()) {
                    failAt("unterminated value of attribute '" + key + "'", line, column);
                    return false;
                }
                const char c = peek();
                if (c == quote) {
                    advance();
                    break;
                }
                if (c == '<') {
                    fail("'<' is not allowed in an attribute value (write &lt;)");
                    return false;
                }
                if (c == '&') {
                    if (!reference(value))
                        return false;
                    continue;
                }
                value += isSpace(c) ? ' ' : c; // attribute-value normalisation
                advance();
            }
            if (e.attribute(key)) {
                failAt("duplicate attribute '" + key + "' in <" + e.name + ">", line, column);
                return false;
            }
            e.attributes.emplace_back(std::move(key), std::move(value));
        }
    }

    void declaration() {
        XmlElement decl;
        decl.name = "?xml";
        advance(5);
        if (!attributes(decl))
            return;
        if (!startsWith("?>")) {
            fail("the XML declaration must end with '?>'");
            return;
        }
        const std::string* version = decl.attribute("version");
        if (!version || (*version != "1.0" && *version != "1.1")) {
            fail("the XML declaration needs version=\"1.0\"");
            return;
        }
        if (const std::string* enc = decl.attribute("encoding")) {
            std::string lower;
            for (char c : *enc)
                lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
            if (lower != "utf-8" && lower != "utf8" && lower != "us-ascii" && lower != "ascii") {
                fail("encoding '" + *enc + "' is not supported: save the file as UTF-8");
                return;
            }
        }
        advance(2);
    }

    // Comments, processing instructions and whitespace, allowed around the root element.
    // Returns false when something else (or an error) is next.
    bool misc() {
        if (atEnd())
            return false;
        if (isSpace(peek())) {
            skipSpace();
            return true;
        }
        if (startsWith("<!--"))
            return comment();
        if (startsWith("<?"))
            return processingInstruction();
        if (startsWith("<!DOCTYPE")) {
            fail("document type declarations (<!DOCTYPE>) are not supported");
            return false;
        }
        return false;
    }

    bool comment() {
        const int line = line_, column = column_;
        advance(4);
        const std::size_t end = s_.find("--", pos_);
        if (end == std::string_view::npos) {
            failAt("unterminated comment", line, column);
            return false;
        }
        advance(end - pos_);
        if (!startsWith("-->")) {
            fail("'--' is not allowed inside a comment");
            return false;
        }
        advance(3);
        return true;
    }

    bool processingInstruction() {
        const int line = line_, column = column_;
        advance(2);
        std::string target;
        if (!name(target))
            return false;
        std::string lower;
        for (char c : target)
            lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        if (lower == "xml") {
            failAt("the XML declaration is only allowed at the very start of the file", line, column);
            return false;
        }
        const std::size_t end = s_.find("?>", pos_);
        if (end == std::string_view::npos) {
            failAt("unterminated processing instruction", line, column);
            return false;
        }
        advance(end + 2 - pos_);
        return true;
    }

    void document(XmlDocument& doc) {
        while (misc()) {
        }
        if (error_)
            return;
        if (atEnd()) {
            fail("the file contains no XML element");
            return;
        }
        if (peek() != '<') {
            fail("text is not allowed before the root element");
            return;
        }
        XmlElement root;
        if (!elementTree(root))
            return;
        while (misc()) {
        }
        if (error_)
            return;
        if (!atEnd()) {
            fail(peek() == '<' ? "only one root element is allowed"
                               : "text is not allowed after the root element");
            return;
        }
        doc.root = std::move(root);
    }

    // Reads a start tag at '<'; returns false on error. selfClosed tells whether it was <x/>.
    bool startTag(XmlElement& e, bool& selfClosed) {
        e.line = line_;
        e.column = column_;
        advance(); // '<'
        if (!name(e.name) || !attributes(e))
            return false;
        if (++elements_ > limits_.maxElements) {
            failAt("more than " + std::to_string(limits_.maxElements) + " elements", e.line, e.column);
            return false;
        }
        if (startsWith("/>")) {
            advance(2);
            selfClosed = true;
            return true;
        }
        if (peek() != '>') {
            fail("expected '>' or '/>' to end the start tag of <" + e.name + ">");
            return false;
        }
        advance();
        selfClosed = false;
        return true;
    }

    // The element at '<' and everything inside it, without recursion.
    bool elementTree(XmlElement& root) {
        bool selfClosed = false;
        if (!startTag(root, selfClosed))
            return false;
        if (selfClosed)
            return true;
        std::vector<XmlElement*> open{&root};
        while (!open.empty()) {
            XmlElement& current = *open.back();
            if (atEnd()) {
                failAt("<" + current.name + "> is never closed", current.line, current.column);
                return false;
            }
            const char c = peek();
            if (c == '&') {
                if (!reference(current.text))
                    return false;
            } else if (c != '<') {
                if (startsWith("]]>")) {
                    fail("']]>' is not allowed in text");
                    return false;
                }
                current.text += c;
                advance();
            } else if (startsWith("</")) {
                const int line = line_, column = column_;
                advance(2);
                std::string closing;
                if (!name(closing))
                    return false;
                skipSpace();
                if (peek() != '>') {
                    fail("expected '>' to end the end tag </" + closing + ">");
                    return false;
                }
                if (closing != current.name) {
                    failAt("</" + closing + "> does not match <" + current.name + "> opened at line " +
                               std::to_string(current.line) + ", column " + std::to_string(current.column),
                           line, column);
                    return false;
                }
                advance();
                open.pop_back();
            } else if (startsWith("<!--")) {
                if (!comment())
                    return false;
            } else if (startsWith("<![CDATA[")) {
                const int line = line_, column = column_;
                advance(9);
                const std::size_t end = s_.find("]]>", pos_);
                if (end == std::string_view::npos) {
                    failAt("unterminated CDATA section", line, column);
                    return false;
                }
                current.text.append(s_.substr(pos_, end - pos_));
                advance(end + 3 - pos_);
            } else if (startsWith("<?")) {
                if (!processingInstruction())
                    return false;
            } else if (startsWith("<!")) {
                fail("declarations (<!...>) are not allowed inside an element");
                return false;
            } else {
                if (open.size() >= limits_.maxDepth) {
                    fail("elements are nested deeper than " + std::to_string(limits_.maxDepth) + " levels");
                    return false;
                }
                XmlElement child;
                if (!startTag(child, selfClosed))
                    return false;
                current.children.push_back(std::move(child));
                if (!selfClosed)
                    open.push_back(&current.children.back());
            }
        }
        return true;
    }
};

} // namespace

XmlDocument parseXml(std::string_view text, const XmlLimits& limits) {
    return Parser(text, limits).run();
}

} // namespace iiot::model
