// A document, its canvas and an inspector on it, for the inspector tests.
#pragma once

#include "sample_project.h"
#include "widgets/document.h"
#include "widgets/element_item.h"
#include "widgets/inspector.h"
#include "widgets/link_item.h"
#include "widgets/topology_scene.h"

#include <QStringList>

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

} // namespace iiot::test
