// A small, strict, non-validating XML reader for interchange files (GraphML). It reads elements,
// attributes, character data, the five predefined entities and character references, comments,
// CDATA sections, processing instructions and the XML declaration. Document type declarations are
// refused: GraphML never needs them and they are the door to entity-expansion attacks. Every
// problem is reported with its line and column; size, depth and node-count limits keep hostile
// input from exhausting memory or the stack (the reader does not recurse).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace iiot::model {

struct XmlElement {
    std::string name; // qualified name as written, e.g. "graphml" or "y:ShapeNode"
    std::vector<std::pair<std::string, std::string>> attributes; // in document order, values decoded
    std::vector<XmlElement> children;
    std::string text;         // character data directly inside this element (CDATA included), decoded
    int line = 0, column = 0; // where the start tag begins

    const std::string* attribute(std::string_view attributeName) const;
    // The element name without its namespace prefix ("y:ShapeNode" -> "ShapeNode").
    std::string_view localName() const;
};

struct XmlLimits {
    std::size_t maxBytes = 64u << 20; // 64 MiB
    std::size_t maxDepth = 256;
    std::size_t maxElements = 2'000'000;
};

struct XmlError {
    std::string message;
    int line = 0, column = 0; // 1-based; column counts characters (UTF-8 code points)
};

struct XmlDocument {
    std::optional<XmlElement> root; // empty when error is set
    std::optional<XmlError> error;
    bool ok() const { return root.has_value() && !error; }
};

XmlDocument parseXml(std::string_view text, const XmlLimits& limits = {});

} // namespace iiot::model
