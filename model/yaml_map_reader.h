// Typed access to one YAML map of a project file: refuses unknown and duplicate keys (with a
// did-you-mean), checks value types, and records where every value came from.
#pragma once

#include "diagnostic.h"
#include "distribution.h"
#include "source_map.h"

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>
#include <yaml-cpp/node/node.h>

namespace iiot::model {

struct MapEntry {
    std::string name;
    YAML::Node key, value;
};

// Shared by every MapReader of one file.
struct YamlReadContext {
    std::string file;
    Diagnostics diagnostics;
    SourceMap sources;

    void error(const YAML::Node& at, const std::string& path, std::string message, std::string hint = {});
    void record(const std::string& path, const YAML::Node& node);
};

SourceLocation locationOf(const YAML::Node& node);
// A short description of what a node is, for "expected X, found Y" messages.
std::string describeNode(const YAML::Node& node);

class MapReader {
public:
    // what: how the map is named in messages, e.g. "element 'plc1'".
    MapReader(YamlReadContext& ctx, const YAML::Node& node, std::string path, std::string what,
              const std::vector<const char*>& allowedKeys);

    bool isMap() const { return isMap_; }
    const std::string& path() const { return path_; }
    const std::string& what() const { return what_; }
    // The value of key, or an undefined node when absent.
    YAML::Node get(const char* key) const;
    bool has(const char* key) const { return get(key).IsDefined(); }
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
    std::optional<std::string> scalarText(const YAML::Node& n, const std::string& path,
                                          const std::string& what);
    std::optional<double> scalarNumber(const YAML::Node& n, const std::string& path, const std::string& what);
    std::optional<long long> scalarInteger(const YAML::Node& n, const std::string& path,
                                           const std::string& what);

    YamlReadContext& context() { return ctx_; }

private:
    bool entriesOf(const YAML::Node& map, const std::string& path, const std::string& what,
                   std::vector<MapEntry>& out);

    YamlReadContext& ctx_;
    YAML::Node node_;
    std::string path_;
    std::string what_;
    bool isMap_ = false;
    std::vector<MapEntry> entries_;
};

template <typename F> void MapReader::forEachEntry(const char* key, F&& f) {
    const auto value = get(key);
    if (!value.IsDefined())
        return;
    std::vector<MapEntry> entries;
    const auto p = childPath(key);
    if (!entriesOf(value, p, "'" + std::string(key) + "'", entries))
        return;
    for (auto& e : entries)
        f(e.name, e.value, p + "/" + e.name);
}

} // namespace iiot::model
