// A document, its canvas and an inspector on it, for the inspector tests.
#pragma once

#include "sample_project.h"
#include "undo_test_support.h"
#include "widgets/document.h"
#include "widgets/element_item.h"
#include "widgets/inspector.h"
#include "widgets/link_item.h"
#include "widgets/topology_scene.h"

#include <QStringList>
#include <QtTest>

namespace iiot::test {

// The sample project with a subsystem, an application hosted on the PLC and a service from it,
// so that edits meet every kind of reference.
inline model::Project inspectorProject() {
    model::Project p = sampleProject();
    p.subsystems.push_back({"SCAS", std::string("Assembly line"), 8});
    model::Application app;
    app.id = "monitoring";
    app.hosts = std::vector<std::string>{"plc1", "edge1"};
    app.generated_by = model::GeneratedBy{std::nullopt, std::vector<std::string>{"s1", "plc1"}};
    p.applications.push_back(app);
    model::Service service;
    service.id = "ro-1";
    service.source = "plc1";
    service.destination = "edge1";
    service.bandwidth_mbps = 0.8;
    service.max_delay_ms = 5;
    p.services.push_back(service);
    return p;
}

struct InspectorFixture {
    ui::Document doc;
    ui::TopologyScene scene{&doc};
    ui::Inspector inspector{&doc, &scene};

    explicit InspectorFixture(model::Project project = inspectorProject()) { doc.reset(std::move(project)); }

    void select(const QStringList& elements, const QStringList& links = {}) {
        scene.clearSelection();
        for (const QString& id : elements)
            scene.elementItem(id)->setSelected(true);
        for (const QString& key : links)
            scene.linkItem(key)->setSelected(true);
        inspector.refresh();
    }
    const model::Element& element(const char* id) const { return *doc.element(std::string(id)); }
};

// Enters a value that must be accepted as one new undo step: undo gives the text before byte for
// byte, redo the text after.
inline void enterAndRoundTrip(InspectorFixture& f, const QString& key, const QString& text) {
    const std::string before = yaml(f.doc);
    const int steps = f.doc.undoStack()->count();
    QVERIFY2(f.inspector.enter(key, text), qPrintable(f.inspector.problem()));
    QCOMPARE(f.doc.undoStack()->count(), steps + 1);
    const std::string after = yaml(f.doc);
    QVERIFY(after != before);
    f.doc.undoStack()->undo();
    QCOMPARE(yaml(f.doc), before);
    f.doc.undoStack()->redo();
    QCOMPARE(yaml(f.doc), after);
    f.inspector.refresh();
}

// Enters a value that must be refused with `reason`: nothing changes and the field shows the model.
inline void refused(InspectorFixture& f, const QString& key, const QString& text, const QString& reason) {
    const std::string before = yaml(f.doc);
    const int steps = f.doc.undoStack()->count();
    const QString shown = f.inspector.fieldText(key);
    QVERIFY(!f.inspector.enter(key, text));
    QCOMPARE(f.inspector.problem(), reason);
    QCOMPARE(yaml(f.doc), before);
    QCOMPARE(f.doc.undoStack()->count(), steps);
    QCOMPARE(f.inspector.fieldText(key), shown);
}

} // namespace iiot::test
