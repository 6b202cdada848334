#include "yaml_map_reader.h"

#include "did_you_mean.h"
#include "yaml_scalar.h"

#include <yaml-cpp/yaml.h>

namespace iiot::model {

SourceLocation locationOf(const YAML::Node& node) {
    const auto m = node.Mark();
    if (m.line < 0)
        return {};
    return {m.line + 1, m.column + 1};
}

std::string describeNode(const YAML::Node& node) {
    switch (node.Type()) {
    case YAML::NodeType::Undefined:
        return "nothing";
    case YAML::NodeType::Null:
        return "an empty value";
    case YAML::NodeType::Scalar: {
        auto s = node.Scalar();
        if (s.size() > 40)
            s = s.substr(0, 40) + "...";
        return "'" + s + "'";
    }
    case YAML::NodeType::Sequence:
        return "a list";
    case YAML::NodeType::Map:
        return "a map";
    }
    return "something else";
}

void YamlReadContext::error(const YAML::Node& at, const std::string& path, std::string message,
                            std::string hint) {
    Diagnostic d;
    d.file = file;
    d.location = locationOf(at);
    d.message = std::move(message);
    d.hint = std::move(hint);
    d.path = path;
    diagnostics.push_back(std::move(d));
}

void YamlReadContext::record(const std::string& path, const YAML::Node& node) {
    sources.set(path, locationOf(node));
}

MapReader::MapReader(YamlReadContext& ctx, const YAML::Node& node, std::string path, std::string what,
                     const std::vector<const char*>& allowedKeys)
    : ctx_(ctx), node_(node), path_(std::move(path)), what_(std::move(what)) {
    ctx_.record(path_, node);
    if (!entriesOf(node, path_, what_, entries_))
        return;
    isMap_ = true;
    std::vector<MapEntry> known;
    known.reserve(entries_.size());
    for (auto& entry : entries_) {
        bool ok = false;
        for (const char* a : allowedKeys)
            ok = ok || entry.name == a;
        if (ok) {
            known.push_back(std::move(entry));
            continue;
        }
        const std::vector<std::string> allowed(allowedKeys.begin(), allowedKeys.end());
        ctx_.error(entry.key, path_ + "/" + entry.name, "unknown key '" + entry.name + "' in " + what_,
                   suggestion(entry.name, allowed));
    }
    entries_ = std::move(known);
}

bool MapReader::entriesOf(const YAML::Node& map, const std::string& path, const std::string& what,
                          std::vector<MapEntry>& out) {
    if (!map.IsMap()) {
        ctx_.error(map, path, what + " must be a map of keys and values, found " + describeNode(map));
        return false;
    }
    for (auto it = map.begin(); it != map.end(); ++it) {
        const YAML::Node key = it->first;
        if (!key.IsScalar()) {
            ctx_.error(key, path, "keys in " + what + " must be plain names, found " + describeNode(key));
            continue;
        }
        const std::string name = key.Scalar();
        bool duplicate = false;
        for (const auto& e : out)
            if (e.name == name) {
                const auto first = locationOf(e.key);
                ctx_.error(key, path + "/" + name, "duplicate key '" + name + "' in " + what,
                           "first given at line " + std::to_string(first.line) + "; keep one");
                duplicate = true;
                break;
            }
        if (!duplicate)
            out.push_back({name, key, it->second});
    }
    return true;
}

YAML::Node MapReader::get(const char* key) const {
    for (const auto& e : entries_)
        if (e.name == key)
            return e.value;
    return YAML::Node(YAML::NodeType::Undefined);
}

std::optional<std::string> MapReader::scalarText(const YAML::Node& n, const std::string& path,
                                                 const std::string& what) {
    ctx_.record(path, n);
    if (!n.IsScalar()) {
        ctx_.error(n, path, what + " must be text, found " + describeNode(n));
        return std::nullopt;
    }
    return n.Scalar();
}

namespace {

bool isPlain(const YAML::Node& n) {
    return n.Tag() == "?";
}

std::string numberProblem(NumberError e) {
    switch (e) {
    case NumberError::NotFinite:
        return "must be a finite number (.nan and .inf are not allowed)";
    case NumberError::OutOfRange:
        return "is out of range (too large to represent)";
    case NumberError::NotAnInteger:
        return "must be a whole number";
    default:
        return "must be a number";
    }
}

} // namespace

std::optional<double> MapReader::scalarNumber(const YAML::Node& n, const std::string& path,
                                              const std::string& what) {
    ctx_.record(path, n);
    if (!n.IsScalar() || !isPlain(n)) {
        ctx_.error(n, path, what + " must be a number, found " + describeNode(n));
        return std::nullopt;
    }
    auto r = parseNumber(n.Scalar());
    if (r.error != NumberError::None) {
        ctx_.error(n, path, what + " " + numberProblem(r.error) + ", found " + describeNode(n));
        return std::nullopt;
    }
    return r.value;
}

std::optional<long long> MapReader::scalarInteger(const YAML::Node& n, const std::string& path,
                                                  const std::string& what) {
    ctx_.record(path, n);
    if (!n.IsScalar() || !isPlain(n)) {
        ctx_.error(n, path, what + " must be a whole number, found " + describeNode(n));
        return std::nullopt;
    }
    auto r = parseInteger(n.Scalar());
    if (r.error != NumberError::None) {
        ctx_.error(n, path, what + " " + numberProblem(r.error) + ", found " + describeNode(n),
                   r.error == NumberError::OutOfRange ? "whole numbers must lie within +-9.2e18" : "");
        return std::nullopt;
    }
    return r.value;
}

namespace {
std::string quoted(const char* key) {
    return "'" + std::string(key) + "'";
}
} // namespace

std::optional<std::string> MapReader::text(const char* key, bool required) {
    auto v = get(key);
    if (!v.IsDefined()) {
        if (required)
            ctx_.error(node_, childPath(key), what_ + " needs " + quoted(key));
        return std::nullopt;
    }
    return scalarText(v, childPath(key), quoted(key));
}

std::optional<double> MapReader::number(const char* key, bool required) {
    auto v = get(key);
    if (!v.IsDefined()) {
        if (required)
            ctx_.error(node_, childPath(key), what_ + " needs " + quoted(key));
        return std::nullopt;
    }
    return scalarNumber(v, childPath(key), quoted(key));
}

std::optional<long long> MapReader::integer(const char* key, bool required) {
    auto v = get(key);
    if (!v.IsDefined()) {
        if (required)
            ctx_.error(node_, childPath(key), what_ + " needs " + quoted(key));
        return std::nullopt;
    }
    return scalarInteger(v, childPath(key), quoted(key));
}

std::optional<bool> MapReader::boolean(const char* key) {
    auto v = get(key);
    if (!v.IsDefined())
        return std::nullopt;
    ctx_.record(childPath(key), v);
    std::optional<bool> b;
    if (v.IsScalar() && isPlain(v))
        b = parseBool(v.Scalar());
    if (!b)
        ctx_.error(v, childPath(key), quoted(key) + " must be true or false, found " + describeNode(v));
    return b;
}

template <typename T, typename Convert>
static std::optional<std::vector<T>> listOf(YamlReadContext& ctx, const YAML::Node& v,
                                            const std::string& path, const char* key, Convert convert) {
    ctx.record(path, v);
    if (!v.IsSequence()) {
        ctx.error(v, path, quoted(key) + " must be a list, found " + describeNode(v), "write [a, b]");
        return std::nullopt;
    }
    std::vector<T> out;
    out.reserve(v.size());
    bool ok = true;
    std::size_t i = 0;
    for (const auto& item : v) {
        auto converted = convert(item, path + "/" + std::to_string(i++));
        if (converted)
            out.push_back(std::move(*converted));
        else
            ok = false;
    }
    return ok ? std::optional<std::vector<T>>(std::move(out)) : std::nullopt;
}

std::optional<std::vector<std::string>> MapReader::textList(const char* key) {
    auto v = get(key);
    if (!v.IsDefined())
        return std::nullopt;
    return listOf<std::string>(ctx_, v, childPath(key), key, [&](const YAML::Node& n, const std::string& p) {
        return scalarText(n, p, "an entry of " + quoted(key));
    });
}

std::optional<std::vector<long long>> MapReader::integerList(const char* key) {
    auto v = get(key);
    if (!v.IsDefined())
        return std::nullopt;
    return listOf<long long>(ctx_, v, childPath(key), key, [&](const YAML::Node& n, const std::string& p) {
        return scalarInteger(n, p, "an entry of " + quoted(key));
    });
}

std::optional<std::pair<double, double>> MapReader::pair(const char* key) {
    auto v = get(key);
    if (!v.IsDefined())
        return std::nullopt;
    auto list = listOf<double>(ctx_, v, childPath(key), key, [&](const YAML::Node& n, const std::string& p) {
        return scalarNumber(n, p, "an entry of " + quoted(key));
    });
    if (!list)
        return std::nullopt;
    if (list->size() != 2) {
        ctx_.error(v, childPath(key), quoted(key) + " must have exactly two numbers", "write [x, y]");
        return std::nullopt;
    }
    return std::make_pair((*list)[0], (*list)[1]);
}

std::optional<Quantity> MapReader::quantity(const char* key) {
    auto v = get(key);
    if (!v.IsDefined())
        return std::nullopt;
    const auto p = childPath(key);
    if (v.IsScalar()) {
        auto n = scalarNumber(v, p, quoted(key));
        return n ? std::optional<Quantity>(Quantity::number(*n)) : std::nullopt;
    }
    MapReader m(ctx_, v, p, "distribution " + quoted(key), {"dist", "value", "min", "max", "mean", "sd"});
    if (!m.isMap())
        return std::nullopt;
    auto dist = m.text("dist", true);
    if (!dist)
        return std::nullopt;
    auto kind = distributionKindFromString(*dist);
    if (!kind) {
        ctx_.error(m.get("dist"), m.childPath("dist"), "unknown distribution '" + *dist + "'",
                   suggestion(*dist, {"constant", "uniform", "exponential", "normal"}));
        return std::nullopt;
    }
    // Which parameters each distribution takes, in the order of Quantity::a and Quantity::b.
    std::vector<const char*> params;
    switch (*kind) {
    case DistributionKind::Constant:
        params = {"value"};
        break;
    case DistributionKind::Uniform:
        params = {"min", "max"};
        break;
    case DistributionKind::Exponential:
        params = {"mean"};
        break;
    case DistributionKind::Normal:
        params = {"mean", "sd"};
        break;
    case DistributionKind::Number:
        break;
    }
    bool ok = true;
    for (const char* k : {"value", "min", "max", "mean", "sd"}) {
        bool wanted = false;
        for (auto w : params)
            wanted = wanted || std::string(w) == k;
        if (!wanted && m.has(k)) {
            ctx_.error(m.get(k), m.childPath(k), "'" + *dist + "' distribution takes no " + quoted(k));
            ok = false;
        }
    }
    Quantity q;
    q.kind = *kind;
    double* slots[2] = {&q.a, &q.b};
    for (std::size_t i = 0; i < params.size(); ++i) {
        auto n = m.number(params[i], true);
        if (n)
            *slots[i] = *n;
        else
            ok = false;
    }
    return ok ? std::optional<Quantity>(q) : std::nullopt;
}

std::optional<std::map<std::string, double>> MapReader::numberMap(const char* key) {
    if (!has(key))
        return std::nullopt;
    std::map<std::string, double> out;
    bool ok = true;
    forEachEntry(key, [&](const std::string& k, const YAML::Node& v, const std::string& p) {
        auto n = scalarNumber(v, p, quoted(k.c_str()));
        if (n)
            out[k] = *n;
        else
            ok = false;
    });
    return ok && get(key).IsMap() ? std::optional(std::move(out)) : std::nullopt;
}

std::optional<std::map<std::string, long long>> MapReader::integerMap(const char* key) {
    if (!has(key))
        return std::nullopt;
    std::map<std::string, long long> out;
    bool ok = true;
    forEachEntry(key, [&](const std::string& k, const YAML::Node& v, const std::string& p) {
        auto n = scalarInteger(v, p, quoted(k.c_str()));
        if (n)
            out[k] = *n;
        else
            ok = false;
    });
    return ok && get(key).IsMap() ? std::optional(std::move(out)) : std::nullopt;
}

std::optional<std::map<std::string, std::string>> MapReader::textMap(const char* key) {
    if (!has(key))
        return std::nullopt;
    std::map<std::string, std::string> out;
    bool ok = true;
    forEachEntry(key, [&](const std::string& k, const YAML::Node& v, const std::string& p) {
        auto t = scalarText(v, p, quoted(k.c_str()));
        if (t)
            out[k] = *t;
        else
            ok = false;
    });
    return ok && get(key).IsMap() ? std::optional(std::move(out)) : std::nullopt;
}

} // namespace iiot::model
