#include "yaml_scalar.h"

#include <array>
#include <cctype>
#include <charconv>
#include <cmath>

namespace iiot::model {

namespace {

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

// Matches [-+]? ( digits ( . digits? )? | . digits ) ( [eE] [-+]? digits )?
bool looksDecimal(std::string_view s, bool& integral) {
    std::size_t i = 0;
    integral = true;
    if (i < s.size() && (s[i] == '-' || s[i] == '+'))
        ++i;
    std::size_t digits = 0;
    while (i < s.size() && isDigit(s[i]))
        ++i, ++digits;
    if (i < s.size() && s[i] == '.') {
        integral = false;
        ++i;
        while (i < s.size() && isDigit(s[i]))
            ++i, ++digits;
    }
    if (digits == 0)
        return false;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        integral = false;
        ++i;
        if (i < s.size() && (s[i] == '-' || s[i] == '+'))
            ++i;
        std::size_t expDigits = 0;
        while (i < s.size() && isDigit(s[i]))
            ++i, ++expDigits;
        if (expDigits == 0)
            return false;
    }
    return i == s.size();
}

bool isSpecialFloat(std::string_view s) {
    if (!s.empty() && (s[0] == '-' || s[0] == '+'))
        s.remove_prefix(1);
    constexpr std::array<std::string_view, 6> words = {".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF"};
    for (auto w : words)
        if (s == w)
            return true;
    return s == "nan" || s == "inf" || s == "NaN" || s == "Infinity";
}

} // namespace

ParsedNumber parseNumber(std::string_view text) {
    if (isSpecialFloat(text))
        return {0, NumberError::NotFinite};
    bool integral = false;
    if (!looksDecimal(text, integral))
        return {0, NumberError::NotANumber};
    if (integral) {
        auto i = parseInteger(text);
        if (i.error != NumberError::None)
            return {0, i.error};
        return {static_cast<double>(i.value), NumberError::None};
    }
    if (text[0] == '+')
        text.remove_prefix(1);
    double value = 0;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec == std::errc::result_out_of_range || !std::isfinite(value))
        return {0, NumberError::OutOfRange};
    if (ec != std::errc() || ptr != text.data() + text.size())
        return {0, NumberError::NotANumber};
    return {value, NumberError::None};
}

ParsedInteger parseInteger(std::string_view text) {
    bool integral = false;
    if (isSpecialFloat(text))
        return {0, NumberError::NotFinite};
    if (!looksDecimal(text, integral))
        return {0, NumberError::NotANumber};
    if (!integral) {
        // Accept "3.0" but not "3.5": the value must be a whole number that fits.
        auto n = parseNumber(text);
        if (n.error != NumberError::None)
            return {0, n.error};
        if (n.value != std::floor(n.value))
            return {0, NumberError::NotAnInteger};
        if (std::fabs(n.value) >= 9.2e18)
            return {0, NumberError::OutOfRange};
        return {static_cast<long long>(n.value), NumberError::None};
    }
    if (text[0] == '+')
        text.remove_prefix(1);
    long long value = 0;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec == std::errc::result_out_of_range)
        return {0, NumberError::OutOfRange};
    if (ec != std::errc() || ptr != text.data() + text.size())
        return {0, NumberError::NotANumber};
    return {value, NumberError::None};
}

std::optional<bool> parseBool(std::string_view text) {
    if (text == "true")
        return true;
    if (text == "false")
        return false;
    return std::nullopt;
}

std::string formatNumber(double value) {
    std::array<char, 64> buf{};
    auto [ptr, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), value);
    std::string s(buf.data(), ec == std::errc() ? ptr : buf.data());
    // Long digit strings would read back as integers that may overflow: write them as floats.
    if (s.find_first_of(".e") == std::string::npos && s.size() > 15) {
        auto [sp, sec] =
            std::to_chars(buf.data(), buf.data() + buf.size(), value, std::chars_format::scientific);
        s.assign(buf.data(), sec == std::errc() ? sp : buf.data());
    }
    auto e = s.find('e');
    if (e != std::string::npos && s.find('.') == std::string::npos)
        s.insert(e, ".0");
    return s;
}

namespace {

// Words YAML 1.1 reads as booleans or null (any case variant of these).
bool isYaml11Keyword(std::string_view s) {
    constexpr std::array<std::string_view, 22> words = {
        "y",    "Y",    "yes",   "Yes",   "YES",   "n",  "N",  "no", "No",  "NO",  "true",
        "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF"};
    for (auto w : words)
        if (s == w)
            return true;
    return s == "null" || s == "Null" || s == "NULL" || s == "~";
}

// Anything a YAML 1.1 or 1.2 reader might take for a number: digits with separators, signs,
// dots, exponents, base prefixes, sexagesimal colons, or the special floats.
bool mayReadAsNumber(std::string_view s) {
    if (isSpecialFloat(s))
        return true;
    std::size_t i = (s[0] == '-' || s[0] == '+') ? 1 : 0;
    if (i < s.size() && s[i] == '.')
        ++i;
    return i < s.size() && isDigit(s[i]);
}

bool needsQuoting(std::string_view s) {
    if (s.empty() || isYaml11Keyword(s) || mayReadAsNumber(s))
        return true;
    if (s.front() == ' ' || s.back() == ' ')
        return true;
    constexpr std::string_view leading = "-?:,[]{}#&*!|>'\"%@`";
    if (leading.find(s.front()) != std::string_view::npos)
        return true;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x20 || c == 0x7f)
            return true;
        // Flow indicators end a plain scalar inside [..] and {..}, where the writer puts many strings.
        if (c == ',' || c == '[' || c == ']' || c == '{' || c == '}')
            return true;
        // ':' and '#' mean mapping and comment in some positions; quoting them everywhere is simpler.
        if (c == ':' || c == '#')
            return true;
    }
    return false;
}

} // namespace

std::string doubleQuoted(std::string_view text) {
    std::string out = "\"";
    out.reserve(text.size() + 2);
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        switch (ch) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            if (c < 0x20 || c == 0x7f) {
                constexpr char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 15];
            } else {
                out += ch;
            }
        }
    }
    out += '"';
    return out;
}

std::string quoteIfNeeded(std::string_view text) {
    return needsQuoting(text) ? doubleQuoted(text) : std::string(text);
}

} // namespace iiot::model
