// Where each part of a project came from in its YAML text, so that checks run on the model
// (validation) can still point at file, line and column.
#pragma once

#include "diagnostic.h"

#include <string>
#include <unordered_map>

namespace iiot::model {

class SourceMap {
public:
    // path: "elements/3/zone", "links/0", "name" ... (list indices, map keys, '/' separated)
    void set(std::string path, SourceLocation location) { locations_[std::move(path)] = location; }
    // The location of path, or of its nearest recorded parent; {0,0} when none.
    SourceLocation find(const std::string& path) const;
    bool empty() const { return locations_.empty(); }

private:
    std::unordered_map<std::string, SourceLocation> locations_;
};

} // namespace iiot::model
