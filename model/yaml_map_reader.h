// Typed access to one YAML map of a project file: refuses unknown and duplicate keys (with a
// did-you-mean), checks value types, and records where every value came from.
#pragma once

#include "diagnostic.h"
#include "distribution.h"
#include "source_map.h"
#include "yaml_document.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace iiot::model {

struct MapEntry {
    std::string_view name; // points into the document
    const YamlNode* key;
    const YamlNode* value;
};

// Shared by every MapReader of one file.
struct YamlReadContext {
    std::string file;
    Diagnostics diagnostics;
    SourceMap sources;

    void error(const YamlNode& at, const std::string& path, std::string message, std::string hint = {});
    // Takes path by value: most paths are built only to be recorded, so they are moved in.
    void record(std::string path, const YamlNode& node);
};

SourceLocation locationOf(const YamlNode& node);
// A short description of what a node is, for "expected X, found Y" messages.
std::string describeNode(const YamlNode& node);

class MapReader {
public:
    // what: how the map is named in messages, e.g. "element 'plc1'".
    MapReader(YamlReadContext& ctx, const YamlNode& node, std::string path, std::string what,
              const std::vector<const char*>& allowedKeys);

    bool isMap() const { return isMap_; }
    const std::string& path() const { return path_; }
    const std::string& what() const { return what_; }
    // The value of key, or an undefined node when absent.
    const YamlNode& get(std::string_view key) const;
    bool has(std::string_view key) const { return get(key).isDefined(); }
    std::string childPath(const char* key) const { return path_ + "/" + key; }

    // Each returns nothing when the key is absent or its value is wrong (then an error is reported).
    // A required key that is absent is reported too.
    std::optional<std::string> text(const char* key, bool required = false);
    std::optional<double> number(const char* key, bool required = false);
    std::optional<long long> integer(const char* key, bool required = false);
    std::optional<bool> boolean(const char* key);
    std::optional<std::vector<std::string>> textList(const char* key);
    std::optional<std::vector<long long>> integerList(const char* key);
    std::optional<Quantity> quantity(const char* key);
    std::optional<std::pair<double, double>> pair(const char* key); // [x, y]
    std::optional<std::map<std::string, double>> numberMap(const char* key);
    std::optional<std::map<std::string, long long>> integerMap(const char* key);
    std::optional<std::map<std::string, std::string>> textMap(const char* key);

    // Iterates a free-keyed map (duplicate keys refused); calls f(key, valueNode, valuePath).
    template <typename F> void forEachEntry(const char* key, F&& f);

    // Scalar conversions usable on any node (path used for messages and the source map).
    std::optional<std::string> scalarText(const YamlNode& n, std::string path, std::string_view what);
    std::optional<double> scalarNumber(const YamlNode& n, std::string path, std::string_view what);
    std::optional<long long> scalarInteger(const YamlNode& n, std::string path, std::string_view what);

    YamlReadContext& context() { return ctx_; }

private:
    // A free-keyed map whose values convert one by one (numberMap, integerMap, textMap).
    template <typename T, typename Convert>
    std::optional<std::map<std::string, T>> mapOf(const char* key, Convert convert);

    bool entriesOf(const YamlNode& map, const std::string& path, const std::string& what,
                   std::vector<MapEntry>& out);

    YamlReadContext& ctx_;
    const YamlNode& node_;
    std::string path_;
    std::string what_;
    bool isMap_ = false;
    std::vector<MapEntry> entries_;
};

template <typename F> void MapReader::forEachEntry(const char* key, F&& f) {
    const auto& value = get(key);
    if (!value.isDefined())
        return;
    std::vector<MapEntry> entries;
    const auto p = childPath(key);
    if (!entriesOf(value, p, "'" + std::string(key) + "'", entries))
        return;
    for (auto& e : entries)
        f(e.name, *e.value, p + "/" + std::string(e.name));
}

} // namespace iiot::model
