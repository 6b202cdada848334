// The one way the product replaces a file: write a temporary file beside it, check every write,
// flush and fsync, then rename over the target. On any failure the previous file is untouched.
#pragma once

#include <string>
#include <string_view>

namespace iiot::model {

// Returns an error message naming the file and the cause, or an empty string on success.
std::string writeFileAtomically(const std::string& path, std::string_view content);

// A temporary path in the same directory as path (so rename() stays on one file system).
std::string temporarySiblingPath(const std::string& path);

// fsync()s a finished file and its directory entry, then renames tmp over path.
// Returns an error message or an empty string.
std::string commitTemporaryFile(const std::string& tmp, const std::string& path);

} // namespace iiot::model
