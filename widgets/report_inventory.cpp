// The Element inventory and Links chapters: counts by layer, kind and medium, then one row per
// element and per link with the values the engines use (kind defaults resolved).
#include "report_chapters.h"
#include "report_format.h"

#include "model/effective_values.h"

#include <QMap>

#include <array>

namespace iiot::ui {

namespace {

QString layerLabel(model::ElementLayer layer) {
    switch (layer) {
    case model::ElementLayer::Device:
        return QStringLiteral("device");
    case model::ElementLayer::Network:
        return QStringLiteral("network");
    case model::ElementLayer::Service:
        return QStringLiteral("service support");
    }
    return {};
}

QString computeText(const model::Element& e) {
    if (!e.compute)
        return {};
    QStringList parts;
    if (e.compute->cores)
        parts << QStringLiteral("%1 cores").arg(*e.compute->cores);
    if (e.compute->mips_per_core)
        parts << QStringLiteral("%1 MIPS/core").arg(reportNumber(*e.compute->mips_per_core));
    if (e.compute->ram_mb)
        parts << QStringLiteral("%1 MB RAM").arg(reportNumber(*e.compute->ram_mb));
    return parts.join(QStringLiteral(", "));
}

} // namespace

ReportChapter inventoryChapter(const model::Project& project, const model::TypeLibrary& types) {
    ReportChapter chapter;
    std::array<int, 3> byLayer{};
    QMap<QString, int> byKind;
    for (const model::Element& e : project.elements) {
        if (const model::KindInfo* kind = types.kind(e.kind))
            ++byLayer[static_cast<std::size_t>(kind->layer)];
        ++byKind[QString::fromStdString(e.kind)];
    }
    chapter.paragraph(
        QStringLiteral("%1 elements: %2 in the device layer, %3 in the network layer, %4 in the service "
                       "support layer; %5 kinds.")
            .arg(project.elements.size())
            .arg(byLayer[0])
            .arg(byLayer[1])
            .arg(byLayer[2])
            .arg(byKind.size()));
    if (project.elements.empty())
        return chapter;

    ReportTable kinds{{QStringLiteral("Kind"), QStringLiteral("Description"), QStringLiteral("Layer"),
                       QStringLiteral("Count")},
                      {},
                      {3}};
    for (auto it = byKind.begin(); it != byKind.end(); ++it) {
        const model::KindInfo* kind = types.kind(it.key().toStdString());
        kinds.rows.append({it.key(), kind ? reportText(kind->label) : QString(),
                           kind ? layerLabel(kind->layer) : QString(), QString::number(it.value())});
    }
    chapter.table(std::move(kinds), QStringLiteral("Table: elements by kind"));

    ReportTable elements{{QStringLiteral("Id"), QStringLiteral("Name"), QStringLiteral("Kind"),
                          QStringLiteral("Zone"), QStringLiteral("Interfaces"), QStringLiteral("Compute")},
                         {},
                         {}};
    for (const model::Element& e : project.elements)
        elements.rows.append({reportText(e.id), e.name ? reportText(*e.name) : QString(), reportText(e.kind),
                              e.zone ? reportText(*e.zone) : QString(),
                              reportList(model::effectiveInterfaces(e, types)), computeText(e)});
    chapter.table(std::move(elements), QStringLiteral("Table: elements (%1)").arg(project.elements.size()));
    return chapter;
}

ReportChapter linksChapter(const model::Project& project, const model::TypeLibrary& types) {
    ReportChapter chapter;
    QMap<QString, int> byMedium;
    for (const model::Link& l : project.links)
        ++byMedium[QString::fromStdString(l.medium)];
    QStringList media;
    for (auto it = byMedium.begin(); it != byMedium.end(); ++it)
        media << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
    chapter.paragraph(
        QStringLiteral("%1 links%2. Bandwidth per direction and one-way latency as the engines use them "
                       "(the medium's defaults where the link gives none).")
            .arg(project.links.size())
            .arg(media.isEmpty() ? QString() : QStringLiteral(": ") + media.join(QStringLiteral(", "))));
    if (project.links.empty())
        return chapter;
    ReportTable links{{QStringLiteral("Id"), QStringLiteral("From"), QStringLiteral("To"),
                       QStringLiteral("Medium"), QStringLiteral("Bandwidth (Mbit/s)"),
                       QStringLiteral("Latency (ms)"), QStringLiteral("Loss")},
                      {},
                      {4, 5, 6}};
    for (const model::Link& l : project.links)
        links.rows.append({l.id ? reportText(*l.id) : QString(), reportText(l.from), reportText(l.to),
                           reportText(l.medium), reportNumber(model::effectiveBandwidthMbps(l, types), 1),
                           reportNumber(model::effectiveLatencyMs(l, types), 3),
                           l.loss ? reportNumber(*l.loss, 4) : QStringLiteral("0")});
    chapter.table(std::move(links), QStringLiteral("Table: links (%1)").arg(project.links.size()));
    return chapter;
}

} // namespace iiot::ui
