// GraphML export of the topology: one node per element, one undirected edge per link, every
// attribute declared by a typed <key> so that graph tools (networkx, yEd, Gephi) read it without
// guessing. Node keys carry position, zone (id, name, type), kind and layer, compute, VNF, power,
// radio, capacity (capacity.*), capability levels (capability.*) and free properties (property.*);
// edge keys carry the medium, the effective bandwidth and latency and free properties (property.*).
// importGraphml reads all of
// them back, so export -> import -> export gives the same file.
#pragma once

#include "project.h"
#include "type_library.h"

#include <string>

namespace iiot::model {

std::string writeGraphml(const Project& project, const TypeLibrary& types);

// The XML text of a string: &, <, >, " and ' escaped, tab, newline and carriage return written as
// character references (they survive attribute normalisation), other control characters, which
// XML 1.0 cannot carry at all, dropped.
std::string xmlEscape(const std::string& text);

} // namespace iiot::model
