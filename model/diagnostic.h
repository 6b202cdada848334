// A problem found in input, with the place it refers to and a hint on how to fix it.
#pragma once

#include <string>
#include <vector>

namespace iiot::model {

enum class Severity { Error, Warning, Info };

struct SourceLocation {
    int line = 0;   // 1-based; 0 when unknown
    int column = 0; // 1-based; 0 when unknown
    bool operator==(const SourceLocation&) const = default;
};

struct Diagnostic {
    Severity severity = Severity::Error;
    std::string file;
    SourceLocation location;
    std::string message;
    std::string hint;    // what to do, e.g. "did you mean 'zone'?"; may be empty
    std::string path;    // where in the project: "elements/3/zone"; may be empty
    std::string element; // the element id concerned, when there is one

    // FILE:LINE:COLUMN: error|warning: message (hint)
    std::string format() const;
};

using Diagnostics = std::vector<Diagnostic>;

const char* toString(Severity s);
bool hasErrors(const Diagnostics& diagnostics);

} // namespace iiot::model
