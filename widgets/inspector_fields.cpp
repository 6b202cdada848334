#include "inspector_fields.h"

#include "model/effective_values.h"
#include "model/yaml_scalar.h"

#include <QRegularExpression>
#include <QStringList>

#include <optional>
#include <string>

namespace iiot::ui {

namespace {

using model::Element;
using model::Link;

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

QString numberProblem(const QString& key, model::NumberError e, const QString& text) {
    QString problem;
    switch (e) {
    case model::NumberError::NotFinite:
        problem = QObject::tr("must be a finite number (.nan and .inf are not allowed)");
        break;
    case model::NumberError::OutOfRange:
        problem = QObject::tr("is out of range (too large to represent)");
        break;
    case model::NumberError::NotAnInteger:
        problem = QObject::tr("must be a whole number");
        break;
    default:
        problem = QObject::tr("must be a number");
        break;
    }
    return QObject::tr("'%1' %2, found '%3'").arg(key, problem, text);
}

// Parses an optional number with the reader's rules; returns the problem or an empty string.
QString parseDouble(const QString& key, const QString& text, std::optional<double>& out) {
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        out.reset();
        return {};
    }
    const model::ParsedNumber r = model::parseNumber(t.toStdString());
    if (r.error != model::NumberError::None)
        return numberProblem(key, r.error, t);
    out = r.value;
    return {};
}

QString parseInt(const QString& key, const QString& text, std::optional<long long>& out) {
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        out.reset();
        return {};
    }
    const model::ParsedInteger r = model::parseInteger(t.toStdString());
    if (r.error != model::NumberError::None) {
        // "2.5" is a number but not a whole one: say so rather than "must be a number".
        const bool fractional = model::parseNumber(t.toStdString()).error == model::NumberError::None;
        return numberProblem(key, fractional ? model::NumberError::NotAnInteger : r.error, t);
    }
    out = r.value;
    return {};
}

std::optional<std::string> optionalText(const QString& text) {
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    return t.toStdString();
}

std::optional<std::vector<std::string>> parseList(const QString& text) {
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    std::vector<std::string> out;
    if (t == QLatin1String("[]"))
        return out;
    QString inner = t;
    if (inner.startsWith(QLatin1Char('[')) && inner.endsWith(QLatin1Char(']')))
        inner = inner.mid(1, inner.size() - 2);
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    for (const QString& item : inner.split(separators, Qt::SkipEmptyParts))
        out.push_back(item.toStdString());
    return out;
}

// "a: 1, b: 2" into pairs; a problem message when an entry has no key or no ':'.
QString parsePairs(const QString& key, const QString& text, QChar separator,
                   std::vector<std::pair<QString, QString>>& out) {
    QString inner = text.trimmed();
    if (inner.startsWith(QLatin1Char('{')) && inner.endsWith(QLatin1Char('}')))
        inner = inner.mid(1, inner.size() - 2);
    for (const QString& entry : inner.split(separator, Qt::SkipEmptyParts)) {
        if (entry.trimmed().isEmpty())
            continue;
        const int colon = entry.indexOf(QLatin1Char(':'));
        const QString k = colon < 0 ? QString() : entry.left(colon).trimmed();
        if (k.isEmpty())
            return QObject::tr("'%1' needs entries of the form 'name: value', found '%2'")
                .arg(key, entry.trimmed());
        for (const auto& [seen, value] : out)
            if (seen == k)
                return QObject::tr("'%1' names '%2' twice").arg(key, k);
        out.emplace_back(k, entry.mid(colon + 1).trimmed());
    }
    return {};
}

// A field of an optional group (compute, vnf, power, radio): setting a member creates the group,
// clearing the last member removes it, so the file keeps no empty map behind.
template <typename Group, typename V>
ElementField groupNumber(const QString& key, std::optional<Group> Element::*group,
                         std::optional<V> Group::*member) {
    ElementField f;
    f.key = key;
    f.label = key;
    f.text = [group, member](const Element& e) {
        if (!(e.*group) || !((*(e.*group)).*member))
            return QString();
        if constexpr (std::is_same_v<V, long long>)
            return QString::number(*((*(e.*group)).*member));
        else
            return numberText(*((*(e.*group)).*member));
    };
    f.apply = [key, group, member](Element& e, const QString& text) {
        std::optional<V> value;
        QString problem;
        if constexpr (std::is_same_v<V, long long>)
            problem = parseInt(key, text, value);
        else
            problem = parseDouble(key, text, value);
        if (!problem.isEmpty())
            return problem;
        if (!(e.*group)) {
            if (!value)
                return QString();
            e.*group = Group{};
        }
        (*(e.*group)).*member = value;
        if (*(e.*group) == Group{})
            (e.*group).reset();
        return QString();
    };
    return f;
}

ElementField textField(const QString& key, std::optional<std::string> Element::*member, bool multi) {
    ElementField f;
    f.key = key;
    f.label = key;
    f.multi = multi;
    f.text = [member](const Element& e) { return e.*member ? q(*(e.*member)) : QString(); };
    f.apply = [member](Element& e, const QString& text) {
        e.*member = optionalText(text);
        return QString();
    };
    return f;
}

ElementField listField(const QString& key, std::optional<std::vector<std::string>> Element::*member,
                       const std::vector<std::string>& (*defaults)(const Element&,
                                                                   const model::TypeLibrary&)) {
    ElementField f;
    f.key = key;
    f.label = key;
    f.text = [member](const Element& e) { return e.*member ? listText(*(e.*member)) : QString(); };
    f.fallback = [defaults](const Element& e, const model::TypeLibrary& types) {
        model::Element bare = e;
        bare.interfaces.reset();
        bare.protocols.reset();
        return QObject::tr("kind default: %1").arg(listText(defaults(bare, types)));
    };
    f.apply = [member](Element& e, const QString& text) {
        e.*member = parseList(text);
        return QString();
    };
    return f;
}

QList<ElementField> makeElementFields() {
    QList<ElementField> fields;
    ElementField id;
    id.key = id.label = QStringLiteral("id");
    id.multi = false;
    id.text = [](const Element& e) { return q(e.id); };
    id.apply = [](Element& e, const QString& text) {
        e.id = text.trimmed().toStdString();
        return QString();
    };
    fields.append(id);

    ElementField name = textField(QStringLiteral("name"), &Element::name, true);
    name.fallback = [](const Element& e, const model::TypeLibrary&) {
        return QObject::tr("default: %1").arg(q(e.id));
    };
    fields.append(name);

    ElementField kind;
    kind.key = kind.label = QStringLiteral("kind");
    kind.editor = FieldEditor::Kind;
    kind.text = [](const Element& e) { return q(e.kind); };
    kind.apply = [](Element& e, const QString& text) {
        if (text.trimmed().isEmpty())
            return QObject::tr("'kind' is required");
        e.kind = text.trimmed().toStdString();
        return QString();
    };
    fields.append(kind);

    ElementField zone = textField(QStringLiteral("zone"), &Element::zone, true);
    zone.editor = FieldEditor::Zone;
    fields.append(zone);
    ElementField subsystem = textField(QStringLiteral("subsystem"), &Element::subsystem, true);
    subsystem.editor = FieldEditor::Subsystem;
    fields.append(subsystem);

    ElementField position;
    position.key = position.label = QStringLiteral("position");
    position.multi = false;
    position.text = [](const Element& e) {
        return e.position ? QStringLiteral("%1, %2").arg(numberText(e.position->x), numberText(e.position->y))
                          : QString();
    };
    position.fallback = [](const Element&, const model::TypeLibrary&) {
        return QObject::tr("automatic layout");
    };
    position.apply = [](Element& e, const QString& text) {
        QString inner = text.trimmed();
        if (inner.startsWith(QLatin1Char('[')) && inner.endsWith(QLatin1Char(']')))
            inner = inner.mid(1, inner.size() - 2);
        if (inner.trimmed().isEmpty()) {
            e.position.reset();
            return QString();
        }
        const QStringList parts = inner.split(QLatin1Char(','));
        if (parts.size() != 2)
            return QObject::tr("'position' must be two numbers 'x, y', found '%1'").arg(text.trimmed());
        std::optional<double> x, y;
        QString problem = parseDouble(QStringLiteral("position x"), parts[0], x);
        if (problem.isEmpty())
            problem = parseDouble(QStringLiteral("position y"), parts[1], y);
        if (problem.isEmpty() && (!x || !y))
            problem = QObject::tr("'position' must be two numbers 'x, y', found '%1'").arg(text.trimmed());
        if (!problem.isEmpty())
            return problem;
        e.position = model::Position{*x, *y};
        return QString();
    };
    fields.append(position);

    fields.append(textField(QStringLiteral("identifier"), &Element::identifier, false));
    fields.append(listField(QStringLiteral("interfaces"), &Element::interfaces, &model::effectiveInterfaces));
    fields.append(listField(QStringLiteral("protocols"), &Element::protocols, &model::effectiveProtocols));

    fields.append(groupNumber(QStringLiteral("compute.cores"), &Element::compute, &model::Compute::cores));
    fields.append(groupNumber(QStringLiteral("compute.mips_per_core"), &Element::compute,
                              &model::Compute::mips_per_core));
    fields.append(groupNumber(QStringLiteral("compute.ram_mb"), &Element::compute, &model::Compute::ram_mb));
    fields.append(
        groupNumber(QStringLiteral("compute.storage_mb"), &Element::compute, &model::Compute::storage_mb));

    fields.append(groupNumber(QStringLiteral("vnf.cores"), &Element::vnf, &model::Vnf::cores));
    fields.append(
        groupNumber(QStringLiteral("vnf.cost_per_core"), &Element::vnf, &model::Vnf::cost_per_core));
    ElementField costFunction;
    costFunction.key = costFunction.label = QStringLiteral("vnf.cost_function");
    costFunction.editor = FieldEditor::CostFunction;
    costFunction.text = [](const Element& e) {
        return e.vnf && e.vnf->cost_function ? QString::fromLatin1(model::toString(*e.vnf->cost_function))
                                             : QString();
    };
    costFunction.apply = [](Element& e, const QString& text) {
        const QString t = text.trimmed();
        std::optional<model::CostFunction> f;
        if (!t.isEmpty()) {
            f = model::costFunctionFromString(t.toStdString());
            if (!f)
                return QObject::tr(
                           "'vnf.cost_function' must be linear, step, inverse or exponential, found '%1'")
                    .arg(t);
        }
        if (!e.vnf && !f)
            return QString();
        if (!e.vnf)
            e.vnf = model::Vnf{};
        e.vnf->cost_function = f;
        if (*e.vnf == model::Vnf{})
            e.vnf.reset();
        return QString();
    };
    fields.append(costFunction);
    fields.append(groupNumber(QStringLiteral("vnf.alpha1"), &Element::vnf, &model::Vnf::alpha1));
    fields.append(groupNumber(QStringLiteral("vnf.alpha2"), &Element::vnf, &model::Vnf::alpha2));
    fields.append(groupNumber(QStringLiteral("vnf.beta"), &Element::vnf, &model::Vnf::beta));
    fields.append(groupNumber(QStringLiteral("vnf.gamma1"), &Element::vnf, &model::Vnf::gamma1));
    fields.append(groupNumber(QStringLiteral("vnf.gamma2"), &Element::vnf, &model::Vnf::gamma2));

    ElementField capacity;
    capacity.key = capacity.label = QStringLiteral("capacity");
    capacity.text = [](const Element& e) {
        if (!e.capacity)
            return QString();
        QStringList parts;
        for (const auto& [resource, amount] : *e.capacity)
            parts.append(QStringLiteral("%1: %2").arg(q(resource), numberText(amount)));
        return parts.isEmpty() ? QStringLiteral("{}") : parts.join(QStringLiteral(", "));
    };
    capacity.apply = [](Element& e, const QString& text) {
        const QString t = text.trimmed();
        if (t.isEmpty()) {
            e.capacity.reset();
            return QString();
        }
        std::vector<std::pair<QString, QString>> pairs;
        if (QString problem = parsePairs(QStringLiteral("capacity"), t, QLatin1Char(','), pairs);
            !problem.isEmpty())
            return problem;
        std::map<std::string, double> out;
        for (const auto& [resource, amount] : pairs) {
            std::optional<double> value;
            if (QString problem = parseDouble(QStringLiteral("capacity.%1").arg(resource), amount, value);
                !problem.isEmpty())
                return problem;
            if (!value)
                return QObject::tr("'capacity.%1' needs an amount").arg(resource);
            out[resource.toStdString()] = *value;
        }
        e.capacity = std::move(out);
        return QString();
    };
    fields.append(capacity);

    fields.append(groupNumber(QStringLiteral("power.idle_w"), &Element::power, &model::Power::idle_w));
    fields.append(groupNumber(QStringLiteral("power.max_w"), &Element::power, &model::Power::max_w));
    fields.append(
        groupNumber(QStringLiteral("radio.tx_power_w"), &Element::radio, &model::Radio::tx_power_w));
    fields.append(
        groupNumber(QStringLiteral("radio.channel_gain"), &Element::radio, &model::Radio::channel_gain));

    ElementField properties;
    properties.key = properties.label = QStringLiteral("properties");
    properties.text = [](const Element& e) {
        QStringList parts;
        for (const auto& [k, v] : e.properties)
            parts.append(QStringLiteral("%1: %2").arg(q(k), q(v)));
        return parts.join(QStringLiteral("; "));
    };
    properties.apply = [](Element& e, const QString& text) {
        std::vector<std::pair<QString, QString>> pairs;
        if (QString problem = parsePairs(QStringLiteral("properties"), text, QLatin1Char(';'), pairs);
            !problem.isEmpty())
            return problem;
        e.properties.clear();
        for (const auto& [k, v] : pairs)
            e.properties[k.toStdString()] = v.toStdString();
        return QString();
    };
    fields.append(properties);
    return fields;
}

LinkField linkNumber(const QString& key, std::optional<double> Link::*member,
                     std::function<QString(const Link&, const model::TypeLibrary&)> fallback = {}) {
    LinkField f;
    f.key = f.label = key;
    f.text = [member](const Link& l) { return l.*member ? numberText(*(l.*member)) : QString(); };
    f.fallback = std::move(fallback);
    f.apply = [key, member](Link& l, const QString& text) {
        std::optional<double> value;
        if (QString problem = parseDouble(key, text, value); !problem.isEmpty())
            return problem;
        l.*member = value;
        return QString();
    };
    return f;
}

QList<LinkField> makeLinkFields() {
    QList<LinkField> fields;
    auto readOnly = [&fields](const QString& key, std::function<QString(const Link&)> text) {
        LinkField f;
        f.key = f.label = key;
        f.editor = FieldEditor::ReadOnly;
        f.multi = false;
        f.text = std::move(text);
        f.apply = [](Link&, const QString&) { return QString(); };
        fields.append(f);
    };
    readOnly(QStringLiteral("id"), [](const Link& l) { return l.id ? q(*l.id) : QString(); });
    // The ends: one link at a time (several links sharing one end is not an edit anyone wants).
    auto end = [&fields](const QString& key, std::string Link::*member) {
        LinkField f;
        f.key = f.label = key;
        f.multi = false;
        f.text = [member](const Link& l) { return q(l.*member); };
        f.apply = [key, member](Link& l, const QString& text) {
            if (text.trimmed().isEmpty())
                return QObject::tr("'%1' is required").arg(key);
            l.*member = text.trimmed().toStdString();
            return QString();
        };
        fields.append(f);
    };
    end(QStringLiteral("from"), &Link::from);
    end(QStringLiteral("to"), &Link::to);
    LinkField medium;
    medium.key = medium.label = QStringLiteral("medium");
    medium.editor = FieldEditor::Medium;
    medium.text = [](const Link& l) { return q(l.medium); };
    medium.apply = [](Link& l, const QString& text) {
        if (text.trimmed().isEmpty())
            return QObject::tr("'medium' is required");
        l.medium = text.trimmed().toStdString();
        return QString();
    };
    fields.append(medium);
    fields.append(linkNumber(QStringLiteral("bandwidth_mbps"), &Link::bandwidth_mbps,
                             [](const Link& l, const model::TypeLibrary& types) {
                                 Link bare = l;
                                 bare.bandwidth_mbps.reset();
                                 return QObject::tr("medium default: %1")
                                     .arg(numberText(model::effectiveBandwidthMbps(bare, types)));
                             }));
    fields.append(linkNumber(
        QStringLiteral("latency_ms"), &Link::latency_ms, [](const Link& l, const model::TypeLibrary& types) {
            Link bare = l;
            bare.latency_ms.reset();
            return QObject::tr("medium default: %1").arg(numberText(model::effectiveLatencyMs(bare, types)));
        }));
    fields.append(linkNumber(QStringLiteral("loss"), &Link::loss));
    fields.append(linkNumber(QStringLiteral("cost_per_mbps"), &Link::cost_per_mbps));
    auto wirelessOnly = [](const Link& l, const model::TypeLibrary& types) {
        return model::isWireless(l, types) ? QString() : QObject::tr("wireless media only");
    };
    fields.append(linkNumber(QStringLiteral("channel_mhz"), &Link::channel_mhz, wirelessOnly));
    fields.append(linkNumber(QStringLiteral("noise_w"), &Link::noise_w, wirelessOnly));
    return fields;
}

QList<ZoneField> makeZoneFields() {
    using model::Zone;
    QList<ZoneField> fields;
    ZoneField id;
    id.key = id.label = QStringLiteral("id");
    id.multi = false;
    id.text = [](const Zone& z) { return q(z.id); };
    id.apply = [](Zone& z, const QString& text) {
        if (text.trimmed().isEmpty())
            return QObject::tr("'id' is required");
        z.id = text.trimmed().toStdString();
        return QString();
    };
    fields.append(id);
    ZoneField name;
    name.key = name.label = QStringLiteral("name");
    name.text = [](const Zone& z) { return z.name ? q(*z.name) : QString(); };
    name.fallback = [](const Zone& z, const model::TypeLibrary&) {
        return QObject::tr("default: %1").arg(q(z.id));
    };
    name.apply = [](Zone& z, const QString& text) {
        z.name = optionalText(text);
        return QString();
    };
    fields.append(name);
    ZoneField type;
    type.key = type.label = QStringLiteral("type");
    type.editor = FieldEditor::ZoneType;
    type.text = [](const Zone& z) { return q(z.type); };
    type.apply = [](Zone& z, const QString& text) {
        if (text.trimmed().isEmpty())
            return QObject::tr("'type' is required");
        z.type = text.trimmed().toStdString();
        return QString();
    };
    fields.append(type);
    return fields;
}

} // namespace

QString listText(const std::vector<std::string>& list) {
    if (list.empty())
        return QStringLiteral("[]");
    QStringList out;
    for (const std::string& s : list)
        out.append(q(s));
    return out.join(QStringLiteral(", "));
}

QString numberText(double value) {
    return q(model::formatNumber(value));
}

const QList<ElementField>& elementFields() {
    static const QList<ElementField> fields = makeElementFields();
    return fields;
}

const QList<LinkField>& linkFields() {
    static const QList<LinkField> fields = makeLinkFields();
    return fields;
}

const QList<ZoneField>& zoneFields() {
    static const QList<ZoneField> fields = makeZoneFields();
    return fields;
}

} // namespace iiot::ui
