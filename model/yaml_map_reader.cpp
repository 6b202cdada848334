#include "yaml_map_reader.h"

#include "did_you_mean.h"
#include "yaml_scalar.h"

#include <unordered_map>

namespace iiot::model {

SourceLocation locationOf(const YamlNode& node) {
    return node.mark();
}

std::string describeNode(const YamlNode& node) {
    switch (node.type()) {
    case YamlType::Undefined:
        return "nothing";
    case YamlType::Null:
        return "an empty value";
    case YamlType::Scalar: {
        auto s = node.scalar();
        if (s.size() > 40)
            return "'" + std::string(s.substr(0, 40)) + "...'";
        return "'" + std::string(s) + "'";
    }
    case YamlType::Sequence:
        return "a list";
    case YamlType::Map:
        return "a map";
    }
    return "something else";
}

void YamlReadContext::error(const YamlNode& at, const std::string& path, std::string message,
                            std::string hint) {
    Diagnostic d;
    d.file = file;
    d.location = locationOf(at);
    d.message = std::move(message);
    d.hint = std::move(hint);
    d.path = path;
    diagnostics.push_back(std::move(d));
}

void YamlReadContext::record(std::string path, const YamlNode& node) {
    sources.set(std::move(path), locationOf(node));
}

MapReader::MapReader(YamlReadContext& ctx, const YamlNode& node, std::string path, std::string what,
                     const std::vector<const char*>& allowedKeys)
    : ctx_(ctx), node_(node), path_(std::move(path)), what_(std::move(what)) {
    ctx_.record(path_, node);
    if (!entriesOf(node, path_, what_, entries_))
        return;
    isMap_ = true;
    std::size_t kept = 0;
    for (const auto& entry : entries_) {
        bool ok = false;
        for (auto a = allowedKeys.begin(); !ok && a != allowedKeys.end(); ++a)
            ok = entry.name == *a;
        if (ok) {
            entries_[kept++] = entry;
            continue;
        }
        const std::string name(entry.name);
        const std::vector<std::string> allowed(allowedKeys.begin(), allowedKeys.end());
        ctx_.error(*entry.key, path_ + "/" + name, "unknown key '" + name + "' in " + what_,
                   suggestion(name, allowed));
    }
    entries_.resize(kept);
}

bool MapReader::entriesOf(const YamlNode& map, const std::string& path, const std::string& what,
                          std::vector<MapEntry>& out) {
    if (!map.isMap()) {
        ctx_.error(map, path, what + " must be a map of keys and values, found " + describeNode(map));
        return false;
    }
    const std::size_t n = map.size();
    out.reserve(n);
    // Large free-keyed maps look duplicates up by hash; project maps are small and scan.
    std::unordered_map<std::string_view, std::size_t> seen;
    const bool hashed = n > 16;
    for (std::size_t i = 0; i < n; ++i) {
        const YamlNode& key = map.key(i);
        if (!key.isScalar()) {
            ctx_.error(key, path, "keys in " + what + " must be plain names, found " + describeNode(key));
            continue;
        }
        const std::string_view name = key.scalar();
        const MapEntry* first = nullptr;
        if (hashed) {
            auto [it, added] = seen.emplace(name, out.size());
            if (!added)
                first = &out[it->second];
        } else {
            for (const auto& e : out)
                if (e.name == name) {
                    first = &e;
                    break;
                }
        }
        if (first) {
            const std::string s(name);
            ctx_.error(key, path + "/" + s, "duplicate key '" + s + "' in " + what,
                       "first given at line " + std::to_string(locationOf(*first->key).line) + "; keep one");
            continue;
        }
        out.push_back({name, &key, &map.value(i)});
    }
    return true;
}

const YamlNode& MapReader::get(std::string_view key) const {
    for (const auto& e : entries_)
        if (e.name == key)
            return *e.value;
    return YamlNode::undefined();
}

std::optional<std::string> MapReader::scalarText(const YamlNode& n, std::string path, std::string_view what) {
    std::optional<std::string> out;
    if (n.isScalar())
        out.emplace(n.scalar());
    else
        ctx_.error(n, path, std::string(what) + " must be text, found " + describeNode(n));
    ctx_.record(std::move(path), n);
    return out;
}

namespace {

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

std::optional<double> MapReader::scalarNumber(const YamlNode& n, std::string path, std::string_view what) {
    std::optional<double> out;
    if (!n.isScalar() || !n.isPlain()) {
        ctx_.error(n, path, std::string(what) + " must be a number, found " + describeNode(n));
    } else if (const auto r = parseNumber(n.scalar()); r.error != NumberError::None) {
        ctx_.error(n, path, std::string(what) + " " + numberProblem(r.error) + ", found " + describeNode(n));
    } else {
        out = r.value;
    }
    ctx_.record(std::move(path), n);
    return out;
}

std::optional<long long> MapReader::scalarInteger(const YamlNode& n, std::string path,
                                                  std::string_view what) {
    std::optional<long long> out;
    if (!n.isScalar() || !n.isPlain()) {
        ctx_.error(n, path, std::string(what) + " must be a whole number, found " + describeNode(n));
    } else if (const auto r = parseInteger(n.scalar()); r.error != NumberError::None) {
        ctx_.error(n, path, std::string(what) + " " + numberProblem(r.error) + ", found " + describeNode(n),
                   r.error == NumberError::OutOfRange ? "whole numbers must lie within +-9.2e18" : "");
    } else {
        out = r.value;
    }
    ctx_.record(std::move(path), n);
    return out;
}

namespace {
std::string quoted(std::string_view key) {
    std::string out;
    out.reserve(key.size() + 2);
    out += '\'';
    out += key;
    out += '\'';
    return out;
}
} // namespace

std::optional<std::string> MapReader::text(const char* key, bool required) {
    const auto& v = get(key);
    if (!v.isDefined()) {
        if (required)
            ctx_.error(node_, childPath(key), what_ + " needs " + quoted(key));
        return std::nullopt;
    }
    return scalarText(v, childPath(key), quoted(key));
}

std::optional<double> MapReader::number(const char* key, bool required) {
    const auto& v = get(key);
    if (!v.isDefined()) {
        if (required)
            ctx_.error(node_, childPath(key), what_ + " needs " + quoted(key));
        return std::nullopt;
    }
    return scalarNumber(v, childPath(key), quoted(key));
}

std::optional<long long> MapReader::integer(const char* key, bool required) {
    const auto& v = get(key);
    if (!v.isDefined()) {
        if (required)
            ctx_.error(node_, childPath(key), what_ + " needs " + quoted(key));
        return std::nullopt;
    }
    return scalarInteger(v, childPath(key), quoted(key));
}

std::optional<bool> MapReader::boolean(const char* key) {
    const auto& v = get(key);
    if (!v.isDefined())
        return std::nullopt;
    ctx_.record(childPath(key), v);
    std::optional<bool> b;
    if (v.isScalar() && v.isPlain())
        b = parseBool(v.scalar());
    if (!b)
        ctx_.error(v, childPath(key), quoted(key) + " must be true or false, found " + describeNode(v));
    return b;
}

template <typename T, typename Convert>
static std::optional<std::vector<T>> listOf(YamlReadContext& ctx, const YamlNode& v, const std::string& path,
                                            const char* key, Convert convert) {
    ctx.record(path, v);
    if (!v.isSequence()) {
        ctx.error(v, path, quoted(key) + " must be a list, found " + describeNode(v), "write [a, b]");
        return std::nullopt;
    }
    std::vector<T> out;
    out.reserve(v.size());
    bool ok = true;
    std::size_t i = 0;
    for (const YamlNode* item : v.items()) {
        auto converted = convert(*item, path + "/" + std::to_string(i++));
        if (converted)
            out.push_back(std::move(*converted));
        else
            ok = false;
    }
    return ok ? std::optional<std::vector<T>>(std::move(out)) : std::nullopt;
}

std::optional<std::vector<std::string>> MapReader::textList(const char* key) {
    const auto& v = get(key);
    if (!v.isDefined())
        return std::nullopt;
    return listOf<std::string>(ctx_, v, childPath(key), key, [&](const YamlNode& n, std::string p) {
        return scalarText(n, std::move(p), "an entry of " + quoted(key));
    });
}

std::optional<std::vector<long long>> MapReader::integerList(const char* key) {
    const auto& v = get(key);
    if (!v.isDefined())
        return std::nullopt;
    return listOf<long long>(ctx_, v, childPath(key), key, [&](const YamlNode& n, std::string p) {
        return scalarInteger(n, std::move(p), "an entry of " + quoted(key));
    });
}

std::optional<std::pair<double, double>> MapReader::pair(const char* key) {
    const auto& v = get(key);
    if (!v.isDefined())
        return std::nullopt;
    auto list = listOf<double>(ctx_, v, childPath(key), key, [&](const YamlNode& n, std::string p) {
        return scalarNumber(n, std::move(p), "an entry of " + quoted(key));
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
    const auto& v = get(key);
    if (!v.isDefined())
        return std::nullopt;
    const auto p = childPath(key);
    if (v.isScalar()) {
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

template <typename T, typename Convert>
std::optional<std::map<std::string, T>> MapReader::mapOf(const char* key, Convert convert) {
    if (!has(key))
        return std::nullopt;
    std::map<std::string, T> out;
    bool ok = true;
    forEachEntry(key, [&](std::string_view k, const YamlNode& v, std::string p) {
        auto value = (this->*convert)(v, std::move(p), quoted(k));
        if (value)
            out[std::string(k)] = std::move(*value);
        else
            ok = false;
    });
    return ok && get(key).isMap() ? std::optional(std::move(out)) : std::nullopt;
}

std::optional<std::map<std::string, double>> MapReader::numberMap(const char* key) {
    return mapOf<double>(key, &MapReader::scalarNumber);
}

std::optional<std::map<std::string, long long>> MapReader::integerMap(const char* key) {
    return mapOf<long long>(key, &MapReader::scalarInteger);
}

std::optional<std::map<std::string, std::string>> MapReader::textMap(const char* key) {
    return mapOf<std::string>(key, &MapReader::scalarText);
}

} // namespace iiot::model
