// Values after defaults: what an element or link actually has once the type library fills in
// what the project leaves out. Engines read these, never the raw optionals.
#pragma once

#include "project.h"
#include "type_library.h"

#include <map>
#include <string>
#include <vector>

namespace iiot::model {

// The element's interfaces, or its kind's defaults when it declares none (empty for unknown kinds).
const std::vector<std::string>& effectiveInterfaces(const Element& e, const TypeLibrary& types);
const std::vector<std::string>& effectiveProtocols(const Element& e, const TypeLibrary& types);
const std::map<std::string, int>& effectiveCapabilities(const Element& e, const TypeLibrary& types);

double effectiveBandwidthMbps(const Link& l, const TypeLibrary& types);
double effectiveLatencyMs(const Link& l, const TypeLibrary& types);
bool isWireless(const Link& l, const TypeLibrary& types);

// Scenario policies of the simulation (FORMAT.md section 1).
const std::vector<std::string>& scenarioPolicies();

} // namespace iiot::model
