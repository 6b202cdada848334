#include "element_focus.h"

#include "element_item.h"
#include "link_item.h"
#include "topology_scene.h"
#include "topology_view.h"

#include <QSignalBlocker>

#include <algorithm>

namespace iiot::ui {

namespace {
constexpr qreal kFrameMargin = 40; // scene pixels around the framed items
}

int focusItems(TopologyScene* scene, TopologyView* view, const QStringList& elementIds,
               const QStringList& linkKeys) {
    QList<QGraphicsItem*> items;
    for (const QString& id : elementIds)
        if (ElementItem* item = scene->elementItem(id))
            items.append(item);
    for (const QString& key : linkKeys)
        if (LinkItem* item = scene->linkItem(key))
            items.append(item);
    {
        // One announcement for the whole selection: listeners read it all each time.
        const QSignalBlocker quiet(scene);
        scene->clearSelection();
        for (QGraphicsItem* item : std::as_const(items))
            item->setSelected(true);
    }
    emit scene->selectionChanged();
    if (items.isEmpty() || !view)
        return 0;

    QRectF frame;
    for (QGraphicsItem* item : std::as_const(items))
        frame |= item->sceneBoundingRect();
    frame.adjust(-kFrameMargin, -kFrameMargin, kFrameMargin, kFrameMargin);
    const QSize port = view->viewport()->size();
    const double zoom = view->zoom();
    if (frame.width() * zoom > port.width() || frame.height() * zoom > port.height()) {
        const double fit = std::min(port.width() / frame.width(), port.height() / frame.height());
        view->setZoom(std::max(TopologyView::kMinZoom, fit));
    }
    view->centerOn(frame.center());
    return static_cast<int>(items.size());
}

} // namespace iiot::ui
