// Where each part of a project came from in its YAML text, so that checks run on the model
// (validation) can still point at file, line and column.
#pragma once

#include "diagnostic.h"

#include <string>
#include <utility>
#include <vector>

namespace iiot::model {

class SourceMap {
public:
    // path: "elements/3/zone", "links/0", "name" ... (list indices, map keys, '/' separated).
    // Appending is cheap: a large file records hundreds of thousands of places and most files
    // never need one of them, so sorting waits for the first lookup.
    void set(std::string path, SourceLocation location);
    // The location of path, or of its nearest recorded parent; {0,0} when none. A later set() of
    // a path wins over an earlier one. The first call sorts (not safe to race with another find).
    SourceLocation find(const std::string& path) const;
    bool empty() const { return entries_.empty(); }

private:
    void sort() const;

    // A lookup cache in all but name: sorting does not change what the map holds.
    mutable std::vector<std::pair<std::string, SourceLocation>> entries_;
    mutable bool sorted_ = true;
};

} // namespace iiot::model
