#include "property_rows.h"

#include "format_units.h"

#include <QStringList>

#include <optional>
#include <type_traits>

namespace iiot::ui {

namespace {

QString text(const std::string& s) {
    return QString::fromStdString(s);
}

QString joined(const std::vector<std::string>& items) {
    QStringList list;
    for (const std::string& item : items)
        list << text(item);
    return list.join(QStringLiteral(", "));
}

QString defaulted(const QString& value) {
    return QStringLiteral("%1 (default)").arg(value);
}

class Rows {
public:
    void add(const QString& key, const QString& value) { rows_.append({key, value}); }
    template <typename T> void add(const QString& key, const std::optional<T>& value) {
        if (value)
            add(key, formatNumber(static_cast<double>(*value)));
    }
    void add(const QString& key, const std::optional<std::string>& value) {
        if (value)
            add(key, text(*value));
    }
    template <typename Map> void addMap(const QString& prefix, const Map& map, bool isDefault = false) {
        for (const auto& [k, v] : map) {
            QString value;
            if constexpr (std::is_same_v<std::decay_t<decltype(v)>, std::string>)
                value = text(v);
            else
                value = formatNumber(static_cast<double>(v));
            add(prefix + text(k), isDefault ? defaulted(value) : value);
        }
    }
    QList<PropertyRow> take() { return std::move(rows_); }

private:
    QList<PropertyRow> rows_;
};

} // namespace

QList<PropertyRow> elementPropertyRows(const model::Element& e, const model::TypeLibrary& types) {
    Rows rows;
    const model::KindInfo* kind = types.kind(e.kind);
    rows.add(QStringLiteral("id"), text(e.id));
    rows.add(QStringLiteral("kind"), kind ? QStringLiteral("%1 (%2)").arg(text(e.kind), text(kind->label))
                                          : QStringLiteral("%1 (unknown kind)").arg(text(e.kind)));
    if (kind)
        rows.add(QStringLiteral("layer"), QString::fromLatin1(model::toString(kind->layer)));
    rows.add(QStringLiteral("name"), text(e.displayName()));
    rows.add(QStringLiteral("zone"), e.zone);
    rows.add(QStringLiteral("subsystem"), e.subsystem);
    rows.add(QStringLiteral("position"),
             e.position
                 ? QStringLiteral("%1, %2").arg(formatNumber(e.position->x), formatNumber(e.position->y))
                 : QStringLiteral("automatic layout"));
    rows.add(QStringLiteral("identifier"), e.identifier);
    if (e.interfaces)
        rows.add(QStringLiteral("interfaces"), joined(*e.interfaces));
    else if (kind)
        rows.add(QStringLiteral("interfaces"), defaulted(joined(kind->interfaces)));
    if (e.protocols)
        rows.add(QStringLiteral("protocols"), joined(*e.protocols));
    else if (kind)
        rows.add(QStringLiteral("protocols"), defaulted(joined(kind->protocols)));
    if (e.compute) {
        rows.add(QStringLiteral("compute.cores"), e.compute->cores);
        rows.add(QStringLiteral("compute.mips_per_core"), e.compute->mips_per_core);
        rows.add(QStringLiteral("compute.ram_mb"), e.compute->ram_mb);
        rows.add(QStringLiteral("compute.storage_mb"), e.compute->storage_mb);
    }
    if (e.vnf) {
        rows.add(QStringLiteral("vnf.cores"), e.vnf->cores);
        rows.add(QStringLiteral("vnf.cost_per_core"), e.vnf->cost_per_core);
        if (e.vnf->cost_function)
            rows.add(QStringLiteral("vnf.cost_function"),
                     QString::fromLatin1(model::toString(*e.vnf->cost_function)));
        rows.add(QStringLiteral("vnf.alpha1"), e.vnf->alpha1);
        rows.add(QStringLiteral("vnf.alpha2"), e.vnf->alpha2);
        rows.add(QStringLiteral("vnf.beta"), e.vnf->beta);
        rows.add(QStringLiteral("vnf.gamma1"), e.vnf->gamma1);
        rows.add(QStringLiteral("vnf.gamma2"), e.vnf->gamma2);
    }
    if (e.capacity)
        rows.addMap(QStringLiteral("capacity."), *e.capacity);
    if (e.power) {
        rows.add(QStringLiteral("power.idle_w"), e.power->idle_w);
        rows.add(QStringLiteral("power.max_w"), e.power->max_w);
    }
    if (e.radio) {
        rows.add(QStringLiteral("radio.tx_power_w"), e.radio->tx_power_w);
        rows.add(QStringLiteral("radio.channel_gain"), e.radio->channel_gain);
    }
    if (e.capabilities)
        rows.addMap(QStringLiteral("capabilities."), *e.capabilities);
    else if (kind)
        rows.addMap(QStringLiteral("capabilities."), kind->capabilities, true);
    rows.addMap(QStringLiteral("properties."), e.properties);
    return rows.take();
}

QList<PropertyRow> linkPropertyRows(const model::Link& l, const QString& key,
                                    const model::TypeLibrary& types) {
    Rows rows;
    const model::MediumInfo* medium = types.medium(l.medium);
    rows.add(QStringLiteral("id"), l.id ? text(*l.id) : QStringLiteral("%1 (not set)").arg(key));
    rows.add(QStringLiteral("from"), text(l.from));
    rows.add(QStringLiteral("to"), text(l.to));
    rows.add(QStringLiteral("medium"),
             medium ? QStringLiteral("%1 (%2)").arg(text(l.medium), text(medium->label))
                    : QStringLiteral("%1 (unknown medium)").arg(text(l.medium)));
    if (medium)
        rows.add(QStringLiteral("wireless"), medium->wireless ? QStringLiteral("yes") : QStringLiteral("no"));
    if (l.bandwidth_mbps)
        rows.add(QStringLiteral("bandwidth_mbps"), formatNumber(*l.bandwidth_mbps));
    else if (medium)
        rows.add(QStringLiteral("bandwidth_mbps"), defaulted(formatNumber(medium->bandwidth_mbps)));
    if (l.latency_ms)
        rows.add(QStringLiteral("latency_ms"), formatNumber(*l.latency_ms));
    else if (medium)
        rows.add(QStringLiteral("latency_ms"), defaulted(formatNumber(medium->latency_ms)));
    rows.add(QStringLiteral("loss"), l.loss);
    rows.add(QStringLiteral("cost_per_mbps"), l.cost_per_mbps);
    rows.add(QStringLiteral("channel_mhz"), l.channel_mhz);
    rows.add(QStringLiteral("noise_w"), l.noise_w);
    return rows.take();
}

} // namespace iiot::ui
