// The --kind-map file of `iiot-cli import`: which GraphML node attribute decides an element's
// kind, the kind for values not listed, and the listed values' kinds.
#include "graphml_import.h"

#include "yaml_document.h"

#include <variant>

namespace iiot::model {

std::optional<KindMapping> readKindMapping(const std::string& text, const std::string& fileName,
                                           const TypeLibrary& types, Diagnostics& diagnostics) {
    const auto fail = [&](SourceLocation at, std::string message) {
        Diagnostic d;
        d.file = fileName;
        d.location = at;
        d.message = std::move(message);
        diagnostics.push_back(std::move(d));
    };
    auto parsed = parseYamlDocument(text, 16);
    if (auto* e = std::get_if<YamlParseError>(&parsed)) {
        Diagnostic d = e->diagnostic;
        d.file = fileName;
        diagnostics.push_back(std::move(d));
        return std::nullopt;
    }
    const YamlNode& root = std::get<YamlDocument>(parsed).root();
    KindMapping mapping;
    if (root.isNull())
        return mapping;
    if (!root.isMap()) {
        fail(root.mark(),
             "a kind mapping is a map: {attribute: type, default: router, values: {Hub: switch}}");
        return std::nullopt;
    }
    const auto kindOf = [&](const YamlNode& n) -> std::optional<std::string> {
        if (!n.isScalar() || !types.kind(std::string(n.scalar()))) {
            fail(n.mark(), "'" + std::string(n.scalar()) + "' is not an element kind of the type library");
            return std::nullopt;
        }
        return std::string(n.scalar());
    };
    bool ok = true;
    for (std::size_t i = 0; i < root.size(); ++i) {
        const std::string key(root.key(i).scalar());
        const YamlNode& v = root.value(i);
        if (key == "attribute" && v.isScalar()) {
            mapping.attribute = std::string(v.scalar());
        } else if (key == "default") {
            const auto k = kindOf(v);
            ok = ok && k;
            if (k)
                mapping.defaultKind = *k;
        } else if (key == "values" && v.isMap()) {
            for (std::size_t j = 0; j < v.size(); ++j) {
                const auto k = kindOf(v.value(j));
                ok = ok && k;
                if (k)
                    mapping.values[std::string(v.key(j).scalar())] = *k;
            }
        } else {
            fail(root.key(i).mark(),
                 "unexpected '" + key +
                     "': a kind mapping has attribute (text), default (a kind) and values "
                     "(a map of attribute values to kinds)");
            ok = false;
        }
    }
    return ok ? std::optional<KindMapping>(mapping) : std::nullopt;
}

} // namespace iiot::model
