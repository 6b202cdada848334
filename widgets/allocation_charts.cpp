#include "allocation_charts.h"

#include <QJsonArray>
#include <QMap>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace iiot::ui {

namespace {

constexpr double kBarWidth = 0.6;
constexpr double kCapacityHalfWidth = 0.42; // the capacity line overhangs the bar a little
constexpr double kHeadroom = 1.12;          // room above the highest bar or capacity

// A qualitative palette that stays distinguishable on white; beyond it, hues a golden angle apart.
QColor applicationColour(int i) {
    static const QColor kPalette[] = {
        QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
        QColor(0xd6, 0x27, 0x28), QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
        QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f), QColor(0xbc, 0xbd, 0x22),
        QColor(0x17, 0xbe, 0xcf), QColor(0xae, 0xc7, 0xe8), QColor(0xff, 0xbb, 0x78),
    };
    constexpr int kCount = static_cast<int>(std::size(kPalette));
    if (i < kCount)
        return kPalette[i];
    return QColor::fromHsv(static_cast<int>(std::fmod(i * 137.508, 360.0)), 150, 200);
}

struct HostUse {
    QString host;
    double capacity = 0;
};

} // namespace

QString resourceAxisLabel(const QString& resource) {
    static const QMap<QString, QString> kUnits = {
        {QStringLiteral("gb"), QStringLiteral("GB")},
        {QStringLiteral("mb"), QStringLiteral("MB")},
        {QStringLiteral("kb"), QStringLiteral("kB")},
        {QStringLiteral("tb"), QStringLiteral("TB")},
        {QStringLiteral("w"), QStringLiteral("W")},
        {QStringLiteral("kw"), QStringLiteral("kW")},
        {QStringLiteral("bps"), QStringLiteral("bit/s")},
        {QStringLiteral("kbps"), QStringLiteral("kbit/s")},
        {QStringLiteral("mbps"), QStringLiteral("Mbit/s")},
        {QStringLiteral("gbps"), QStringLiteral("Gbit/s")},
        {QStringLiteral("ghz"), QStringLiteral("GHz")},
        {QStringLiteral("mhz"), QStringLiteral("MHz")},
        {QStringLiteral("mips"), QStringLiteral("MIPS")},
        {QStringLiteral("cores"), QStringLiteral("cores")},
        {QStringLiteral("ms"), QStringLiteral("ms")},
        {QStringLiteral("pct"), QStringLiteral("%")},
    };
    const qsizetype cut = resource.lastIndexOf(QLatin1Char('_'));
    if (cut <= 0)
        return resource;
    const auto unit = kUnits.constFind(resource.mid(cut + 1).toLower());
    if (unit == kUnits.constEnd())
        return resource;
    QString name = resource.left(cut);
    name.replace(QLatin1Char('_'), QLatin1Char(' '));
    return QStringLiteral("%1 (%2)").arg(name, *unit);
}

void plotHostResources(QCustomPlot* plot, const QJsonObject& allocationJson) {
    plot->clearPlottables();
    plot->clearItems();
    plot->plotLayout()->clear(); // also takes the default axis rect and legend
    plot->setAutoAddPlottableToLegend(false);

    // Resources in the order of the hosts' documents (alphabetical), each with its hosts.
    QStringList resources;
    QMap<QString, QList<HostUse>> hostsOf;
    for (const QJsonValue& h : allocationJson.value(QStringLiteral("hosts")).toArray()) {
        const QJsonObject host = h.toObject();
        const QJsonObject uses = host.value(QStringLiteral("resources")).toObject();
        for (auto it = uses.begin(); it != uses.end(); ++it) {
            if (!resources.contains(it.key()))
                resources.append(it.key());
            hostsOf[it.key()].append(
                HostUse{host.value(QStringLiteral("host")).toString(),
                        it.value().toObject().value(QStringLiteral("capacity")).toDouble()});
        }
    }
    const QJsonArray allocations = allocationJson.value(QStringLiteral("allocations")).toArray();
    if (resources.isEmpty()) {
        auto* empty = new QCPTextElement(plot, QObject::tr("No host offers resources."));
        plot->plotLayout()->addElement(0, 0, empty);
        plot->replot();
        return;
    }

    auto* charts = new QCPLayoutGrid;
    plot->plotLayout()->addElement(0, 0, charts);
    const int columns = resources.size() <= 3 ? static_cast<int>(resources.size())
                                              : static_cast<int>((resources.size() + 1) / 2);
    // In the layout before anything is added to it: a legend takes only its own plot's plottables.
    auto* legend = new QCPLegend;
    plot->plotLayout()->addElement(1, 0, legend);
    legend->setLayer(QStringLiteral("legend"));
    legend->setBorderPen(Qt::NoPen);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setWrap(6);
    plot->plotLayout()->setRowStretchFactor(1, 0.001);
    QCPGraph* capacityKey = nullptr;
    for (int r = 0; r < resources.size(); ++r) {
        const QString& resource = resources[r];
        const QList<HostUse>& hosts = hostsOf[resource];
        auto* rect = new QCPAxisRect(plot);
        charts->addElement(r / columns, r % columns, rect);
        QCPAxis* keys = rect->axis(QCPAxis::atBottom);
        QCPAxis* values = rect->axis(QCPAxis::atLeft);
        values->setLabel(resourceAxisLabel(resource));
        values->grid()->setSubGridVisible(false);
        keys->grid()->setVisible(false);

        QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
        double top = 0;
        for (int i = 0; i < hosts.size(); ++i) {
            ticker->addTick(i, hosts[i].host);
            top = std::max(top, hosts[i].capacity);
        }
        keys->setTicker(ticker);
        keys->setTickLabelRotation(hosts.size() > 3 ? -30 : 0);
        keys->setRange(-0.6, hosts.size() - 0.4);

        // Stack the applications on each host in allocation order.
        QCPBars* below = nullptr;
        QVector<double> stacked(hosts.size(), 0.0);
        for (int a = 0; a < allocations.size(); ++a) {
            const QJsonObject allocation = allocations[a].toObject();
            const QJsonValue amount = allocation.value(QStringLiteral("amounts")).toObject().value(resource);
            const QString host = allocation.value(QStringLiteral("host")).toString();
            const auto at =
                std::find_if(hosts.begin(), hosts.end(), [&](const HostUse& u) { return u.host == host; });
            if (amount.isUndefined() || at == hosts.end())
                continue;
            const int key = static_cast<int>(at - hosts.begin());
            auto* bars = new QCPBars(keys, values);
            const QString application = allocation.value(QStringLiteral("application")).toString();
            bars->setName(application);
            bars->setProperty("host", host);
            bars->setProperty("resource", resource);
            bars->setWidth(kBarWidth);
            const QColor colour = applicationColour(a);
            bars->setPen(QPen(colour.darker(130), 1));
            bars->setBrush(colour);
            bars->setSelectable(QCP::stNone);
            bars->addData(key, amount.toDouble());
            if (below != nullptr)
                bars->moveAbove(below);
            below = bars;
            stacked[key] += amount.toDouble();
            top = std::max(top, stacked[key]);
            // Each application once in the legend, from the first chart that shows it.
            bool listed = false;
            for (int i = 0; i < legend->itemCount(); ++i) {
                auto* item = qobject_cast<QCPPlottableLegendItem*>(legend->item(i));
                listed = listed || (item != nullptr && item->plottable()->name() == application);
            }
            if (!listed)
                bars->addToLegend(legend);
        }

        const QPen capacityPen(QColor(0xb7, 0x1c, 0x1c), 2, Qt::DashLine);
        for (int i = 0; i < hosts.size(); ++i) {
            auto* line = new QCPItemLine(plot);
            line->setClipAxisRect(rect);
            line->start->setAxes(keys, values);
            line->end->setAxes(keys, values);
            line->start->setCoords(i - kCapacityHalfWidth, hosts[i].capacity);
            line->end->setCoords(i + kCapacityHalfWidth, hosts[i].capacity);
            line->setPen(capacityPen);
            line->setSelectable(false);
            line->setProperty("host", hosts[i].host);
            line->setProperty("resource", resource);
        }
        if (capacityKey == nullptr) {
            // A graph without data, only to give the capacity lines a legend entry.
            capacityKey = new QCPGraph(keys, values);
            capacityKey->setName(QObject::tr("capacity"));
            capacityKey->setPen(capacityPen);
            capacityKey->setSelectable(QCP::stNone);
        }
        values->setRange(0, top > 0 ? top * kHeadroom : 1);
    }

    if (capacityKey != nullptr)
        capacityKey->addToLegend(legend);
    plot->replot();
}

} // namespace iiot::ui
