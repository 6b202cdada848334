// A small design for the live-analysis tests whose coverage is worked out by hand (MODELS.md
// section 2; declared levels 0..3 are worth 0, 0.5, 0.8, 1.0):
//
//   s1 (sensor) --l1-- gw1 (gateway) --l2-- sw1 (switch) --l3-- edge1 (edge server)
//
// Device layer = {s1, gw1}; edge-computing scope = {gw1}. Declared:
//   capability                 s1   gw1  rating (mean over the scope)
//   device.access-management   3    1    (1.0 + 0.5) / 2 = 0.75
//   device.data-processing     2    3    (0.8 + 1.0) / 2 = 0.90 (both reach edge1)
//   device.monitoring          1    3    (0.5 + 1.0) / 2 = 0.75
//   device.control             0    0    0
//   device.identification      2    0    (0.8 + 0.0) / 2 = 0.40
//   device.edge-computing      -    2    0.8
// Device x integration cell = (0.75 + 0.9 + 0.75 + 0 + 0.4 + 0.8) / 6 = 3.6 / 6 = 0.60; the device
// layer has no other level, so it reaches none and its fractional score is 0.60.
// The network + service subgraph is sw1 --l3-- edge1: l3 is a bridge, one `spof` warning naming
// l3, sw1 and edge1. Protocol lists are empty, so there is no protocol check to fail.
#pragma once

#include "model/project.h"

#include <map>
#include <string>
#include <vector>

namespace iiot::test {

inline model::Project analysisProject() {
    const auto element = [](std::string id, std::string kind, std::map<std::string, int> caps) {
        model::Element e;
        e.id = std::move(id);
        e.kind = std::move(kind);
        e.interfaces = std::vector<std::string>{"ethernet"};
        e.protocols = std::vector<std::string>{};
        e.capabilities = std::move(caps);
        return e;
    };
    const auto link = [](std::string id, std::string from, std::string to) {
        model::Link l;
        l.id = std::move(id);
        l.from = std::move(from);
        l.to = std::move(to);
        l.medium = "ethernet";
        return l;
    };
    model::Project p;
    p.name = "Analysis test";
    p.elements = {element("s1", "sensor",
                          {{"device.access-management", 3},
                           {"device.data-processing", 2},
                           {"device.monitoring", 1},
                           {"device.control", 0},
                           {"device.identification", 2}}),
                  element("gw1", "gateway",
                          {{"device.access-management", 1},
                           {"device.data-processing", 3},
                           {"device.monitoring", 3},
                           {"device.control", 0},
                           {"device.identification", 0},
                           {"device.edge-computing", 2}}),
                  element("sw1", "switch", {}), element("edge1", "edge-server", {})};
    p.elements[0].position = model::Position{100, 500};
    p.elements[1].position = model::Position{300, 500};
    p.elements[2].position = model::Position{300, 300};
    p.elements[3].position = model::Position{300, 100};
    p.links = {link("l1", "s1", "gw1"), link("l2", "gw1", "sw1"), link("l3", "sw1", "edge1")};
    return p;
}

} // namespace iiot::test
