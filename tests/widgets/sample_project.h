// A small project built in code for the GUI tests: two zones across three layers, an unzoned
// element, and links of a wired and a wireless medium.
#pragma once

#include "model/project.h"

#include <string>

namespace iiot::test {

inline model::Element element(std::string id, std::string kind, std::string zone = {}) {
    model::Element e;
    e.id = std::move(id);
    e.kind = std::move(kind);
    if (!zone.empty())
        e.zone = std::move(zone);
    return e;
}

inline model::Link link(std::string id, std::string from, std::string to, std::string medium) {
    model::Link l;
    l.id = std::move(id);
    l.from = std::move(from);
    l.to = std::move(to);
    l.medium = std::move(medium);
    return l;
}

inline model::Project sampleProject() {
    model::Project p;
    p.name = "Test line";
    p.zones = {{"cell", std::string("Cell"), "ot-field"}, {"it", std::string("Office"), "it-enterprise"}};
    p.elements = {element("s1", "sensor", "cell"),
                  element("plc1", "plc", "cell"),
                  element("sw1", "switch", "cell"),
                  element("ap1", "access-point", "cell"),
                  element("edge1", "edge-server", "it"),
                  element("fw1", "firewall", "it"),
                  element("cloud1", "cloud")};
    p.elements[1].name = "Line PLC";
    p.elements[1].interfaces = std::vector<std::string>{"profinet", "ethernet"};
    p.elements[1].compute = model::Compute{4, 1000.0, 512.0, std::nullopt};
    p.links = {link("l1", "plc1", "sw1", "profinet"), link("l2", "s1", "ap1", "wifi"),
               link("l3", "sw1", "fw1", "ethernet"), link("l4", "fw1", "edge1", "fibre"),
               link("l5", "fw1", "cloud1", "internet")};
    return p;
}

} // namespace iiot::test
