// A document shown in a scene and a view at 100 %, for the editing tests: mouse drags through the
// viewport, and selecting elements by id.
#pragma once

#include "sample_project.h"
#include "widgets/document.h"
#include "widgets/element_item.h"
#include "widgets/topology_scene.h"
#include "widgets/topology_view.h"

#include <QtTest>

namespace iiot::test {

struct Canvas {
    ui::Document doc;
    ui::TopologyScene scene{&doc};
    ui::TopologyView view;

    explicit Canvas(model::Project project = sampleProject()) {
        doc.reset(std::move(project));
        view.setScene(&scene);
        view.resize(1000, 700);
        view.show();
        view.centerOn(scene.elementItem("plc1") ? scene.elementItem("plc1")->centre() : QPointF());
    }
    QPoint at(const QString& id) const { return view.mapFromScene(scene.elementItem(id)->centre()); }
    QPoint at(QPointF scenePos) const { return view.mapFromScene(scenePos); }
    QPointF centre(const QString& id) const { return scene.elementItem(id)->centre(); }

    void select(const QStringList& ids) {
        scene.clearSelection();
        for (const QString& id : ids)
            scene.elementItem(id)->setSelected(true);
    }

    // Press on `from`, move through `steps` points, release at the last one.
    void drag(QPoint from, const QList<QPoint>& steps) {
        QWidget* viewport = view.viewport();
        QTest::mousePress(viewport, Qt::LeftButton, {}, from);
        for (QPoint step : steps)
            QTest::mouseMove(viewport, step);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, steps.isEmpty() ? from : steps.back());
    }
};

// The element's zone, "" for none.
inline QString zoneOf(const ui::Document& doc, const char* id) {
    const model::Element* e = doc.element(std::string(id));
    return e && e->zone ? QString::fromStdString(*e->zone) : QString();
}

} // namespace iiot::test
