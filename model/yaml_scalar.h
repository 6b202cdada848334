// Scalars of the project YAML: strict number and boolean parsing (FORMAT.md section 2) and the
// writer's formatting and quoting rules.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace iiot::model {

enum class NumberError { None, NotANumber, NotFinite, OutOfRange, NotAnInteger };

struct ParsedNumber {
    double value = 0;
    NumberError error = NumberError::None;
};

struct ParsedInteger {
    long long value = 0;
    NumberError error = NumberError::None;
};

// Decimal numbers only ("12", "-3.5", ".5", "1.0e-6"); .nan/.inf and overflowing values are errors.
ParsedNumber parseNumber(std::string_view text);
// Decimal integers only; values outside 64-bit range are errors.
ParsedInteger parseInteger(std::string_view text);
// "true" or "false" only.
std::optional<bool> parseBool(std::string_view text);

// Shortest text that reads back to the same double, always with a '.' before an exponent so that
// YAML 1.1 readers see a float.
std::string formatNumber(double value);

// A double-quoted, escaped string; valid both as YAML and as JSON (control characters as \u00XX).
std::string doubleQuoted(std::string_view text);

// A scalar as it must be written: plain when every YAML reader reads it back as this string,
// double-quoted and escaped otherwise.
std::string quoteIfNeeded(std::string_view text);

} // namespace iiot::model
