// A compact, read-only YAML tree built from libyaml's event stream. It keeps what the project
// reader needs (types, text, plain vs quoted, 1-based marks, map entries in order with duplicates)
// and refuses while streaming what project files never need: anchors, aliases, tags, several
// documents and deep nesting, so hostile input never builds anything large.
#pragma once

#include "diagnostic.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace iiot::model {

// Undefined: the result of looking up something absent; never part of a document.
enum class YamlType : std::uint8_t { Undefined, Null, Scalar, Sequence, Map };

class YamlNode {
public:
    YamlType type() const { return type_; }
    bool isDefined() const { return type_ != YamlType::Undefined; }
    bool isNull() const { return type_ == YamlType::Null; }
    bool isScalar() const { return type_ == YamlType::Scalar; }
    bool isSequence() const { return type_ == YamlType::Sequence; }
    bool isMap() const { return type_ == YamlType::Map; }
    // Written without quotes or block indicators: only plain scalars may be numbers or booleans.
    bool isPlain() const { return plain_; }
    // The text of a scalar (empty for other types); valid while the document lives.
    std::string_view scalar() const { return text_; }
    // 1-based line and column where the node starts; {0, 0} when unknown.
    SourceLocation mark() const { return {line_, column_}; }

    // Sequence items, or map entries.
    std::size_t size() const { return isMap() ? links_.size() / 2 : links_.size(); }
    std::span<const YamlNode* const> items() const { return isSequence() ? links_ : decltype(links_){}; }
    const YamlNode& operator[](std::size_t i) const { return *links_[i]; }
    const YamlNode& key(std::size_t i) const { return *links_[2 * i]; }
    const YamlNode& value(std::size_t i) const { return *links_[2 * i + 1]; }

    // The node every failed lookup returns.
    static const YamlNode& undefined();

private:
    friend class YamlDocumentBuilder;

    YamlType type_ = YamlType::Undefined;
    bool plain_ = false;
    int line_ = 0, column_ = 0;
    // While building: offset and size into the document's text or link buffer (both still grow).
    std::uint32_t first_ = 0, count_ = 0; // inputs are at most 64 MiB
    std::string_view text_;
    std::span<const YamlNode* const> links_; // sequence items; or key, value, key, value ...
};

// Owns every node; moving keeps nodes in place, copying is not allowed (nodes point into it).
class YamlDocument {
public:
    YamlDocument() = default;
    YamlDocument(YamlDocument&&) = default;
    YamlDocument& operator=(YamlDocument&&) = default;
    YamlDocument(const YamlDocument&) = delete;
    YamlDocument& operator=(const YamlDocument&) = delete;

    // A null node (mark unknown) for empty input.
    const YamlNode& root() const { return nodes_.empty() ? YamlNode::undefined() : nodes_[root_]; }
    std::size_t nodeCount() const { return nodes_.size(); }

private:
    friend class YamlDocumentBuilder;

    std::vector<YamlNode> nodes_;
    std::vector<const YamlNode*> links_;
    std::vector<char> text_; // not std::string: moving a short string would move its characters
    std::uint32_t root_ = 0;
};

struct YamlParseError {
    Diagnostic diagnostic; // location set, file unset
    // The text failed before its first node started: it is not YAML at all (e.g. a lone ',').
    bool beforeFirstNode = false;
};

// Parses exactly one YAML document (empty text gives a null root).
std::variant<YamlDocument, YamlParseError> parseYamlDocument(std::string_view text, int maxDepth);

} // namespace iiot::model
