#include "diagnostic.h"

#include <algorithm>

namespace iiot::model {

std::string Diagnostic::format() const {
    std::string out = file.empty() ? std::string("<input>") : file;
    if (location.line > 0) {
        out += ':' + std::to_string(location.line);
        out += ':' + std::to_string(location.column > 0 ? location.column : 1);
    }
    out += ": ";
    out += toString(severity);
    out += ": ";
    out += message;
    if (!hint.empty())
        out += " (" + hint + ")";
    return out;
}

const char* toString(Severity s) {
    switch (s) {
    case Severity::Error:
        return "error";
    case Severity::Warning:
        return "warning";
    case Severity::Info:
        return "info";
    }
    return "";
}

bool hasErrors(const Diagnostics& diagnostics) {
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

} // namespace iiot::model
