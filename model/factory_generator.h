// A synthetic layered factory for scale tests and demonstrations (`iiot-cli generate factory`):
// cells of field devices behind PLCs, gateways and access points, cell switches with redundant
// uplinks to workshop and core switches, a firewall between OT and IT, edge servers, enterprise
// services, a router and a cloud. Only kinds and media of the built-in type library are used, and
// every link's medium is in both endpoints' default interfaces, so the result always validates.
#pragma once

#include "project.h"

#include <cstdint>

namespace iiot::model {

struct FactoryOptions {
    long long elements = 100; // wanted element count; the result is within 2 % (at least 10 elements)
    std::uint64_t seed = 1;
};

// Deterministic: the same options give an identical project. About 1.5 links per element for
// large factories (redundant uplinks and mesh links on top of a spanning tree); every element is
// reachable from every other. Below 24 elements the factory is one cell on a single core switch,
// without database, resolver or IT switch; 10 elements is the smallest factory produced.
Project generateFactory(const FactoryOptions& options);

} // namespace iiot::model
