// "Did you mean ...?" hints for misspelt keys, kinds, media and ids.
#pragma once

#include <string>
#include <vector>

namespace iiot::model {

// The candidate closest to word by edit distance, when it is close enough to be a likely typo;
// empty otherwise.
std::string closestMatch(const std::string& word, const std::vector<std::string>& candidates);

// "did you mean 'x'?" or, with no close match, "expected one of: a, b, c" (at most a dozen listed).
std::string suggestion(const std::string& word, const std::vector<std::string>& candidates);

} // namespace iiot::model
