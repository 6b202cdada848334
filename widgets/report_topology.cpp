// The Topology chapter: the whole canvas, and for a large design one figure per layer band and per
// zone, each drawn by a TopologyScene of a private copy of the project (the user's view state —
// hidden layers, selection, zoom — does not leak into the report).
#include "report_chapters.h"
#include "report_figures.h"

#include "document.h"
#include "topology_scene.h"
#include "zone_item.h"

#include "model/type_library.h"

#include <QMap>

namespace iiot::ui {

namespace {

// Above this many elements the whole-canvas figure gets too small to read on A4.
constexpr std::size_t kLargeDesign = 40;
// A zone gets its own figure from this many members on.
constexpr int kZoneFigureMembers = 3;
constexpr qreal kFigurePadding = 12;

struct Canvas {
    Document document;
    TopologyScene scene{&document};
};

QString layerName(model::ElementLayer layer) {
    switch (layer) {
    case model::ElementLayer::Device:
        return QStringLiteral("Device layer");
    case model::ElementLayer::Network:
        return QStringLiteral("Network layer");
    case model::ElementLayer::Service:
        return QStringLiteral("Service support layer");
    }
    return {};
}

} // namespace

ReportChapter topologyChapter(const model::Project& project) {
    ReportChapter chapter;
    auto canvas = std::make_shared<Canvas>();
    canvas->document.reset(project);
    std::shared_ptr<QGraphicsScene> scene(canvas, &canvas->scene);
    const QRectF all = canvas->scene.itemsBoundingRect().adjusted(-kFigurePadding, -kFigurePadding,
                                                                  kFigurePadding, kFigurePadding);
    chapter.paragraph(
        QStringLiteral("The design as drawn on the canvas: elements in three layer bands (device at the "
                       "bottom, network, service support at the top), zones as named containers, links "
                       "coloured by medium."));
    if (project.elements.empty()) {
        chapter.paragraph(QStringLiteral("The project has no elements yet."));
        return chapter;
    }
    chapter.figure(std::make_shared<SceneFigure>(scene, all),
                   QStringLiteral("Figure: topology (%1 elements, %2 links)")
                       .arg(project.elements.size())
                       .arg(project.links.size()));
    if (project.elements.size() <= kLargeDesign)
        return chapter;

    const model::TypeLibrary& types = model::TypeLibrary::builtin();
    chapter.heading(QStringLiteral("Layers"));
    for (model::ElementLayer layer :
         {model::ElementLayer::Service, model::ElementLayer::Network, model::ElementLayer::Device}) {
        int count = 0;
        for (const model::Element& e : project.elements)
            if (const model::KindInfo* kind = types.kind(e.kind); kind && kind->layer == layer)
                ++count;
        if (count == 0)
            continue;
        const QRectF band = canvas->scene.bandRect(layer);
        chapter.figure(std::make_shared<SceneFigure>(scene, band),
                       QStringLiteral("Figure: %1 (%2 elements)").arg(layerName(layer)).arg(count));
    }

    QMap<QString, int> members;
    for (const model::Element& e : project.elements)
        if (e.zone)
            ++members[QString::fromStdString(*e.zone)];
    bool zoneHeading = false;
    for (const model::Zone& zone : project.zones) {
        const QString id = QString::fromStdString(zone.id);
        ZoneItem* item = canvas->scene.zoneItem(id);
        if (!item || members.value(id) < kZoneFigureMembers)
            continue;
        if (!zoneHeading) {
            chapter.heading(QStringLiteral("Zones"));
            zoneHeading = true;
        }
        const QRectF rect = item->sceneBoundingRect().adjusted(-kFigurePadding, -kFigurePadding,
                                                               kFigurePadding, kFigurePadding);
        chapter.figure(std::make_shared<SceneFigure>(scene, rect),
                       QStringLiteral("Figure: zone %1 (%2 elements)")
                           .arg(ZoneItem::caption(zone, types))
                           .arg(members.value(id)));
    }
    return chapter;
}

} // namespace iiot::ui
