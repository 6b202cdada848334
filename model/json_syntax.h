// A strict JSON syntax check (RFC 8259) without building a tree: used before stored result
// documents are embedded verbatim in an export, so a damaged project file can never make the
// export invalid JSON. Nesting is limited so hostile input cannot exhaust the stack.
#pragma once

#include <cstddef>
#include <string_view>

namespace iiot::model {

bool isJsonDocument(std::string_view text, std::size_t maxDepth = 256);

} // namespace iiot::model
