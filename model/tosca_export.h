// TOSCA export (OASIS TOSCA Simple Profile in YAML, `tosca_simple_yaml_1_2`): the topology as a
// service template that orchestrators deploying IoT -> edge -> cloud chains can start from.
//
// - Node types: one per element kind used, derived from three bases of the product —
//   iiot.nodes.ComputeElement (tosca.nodes.Compute: device-layer kinds and edge/fog/cloud hosts),
//   iiot.nodes.ServiceElement (tosca.nodes.SoftwareComponent: databases, brokers, application
//   servers, storage, resolvers) and iiot.nodes.NetworkElement (tosca.nodes.Root with a
//   tosca.capabilities.network.Bindable capability: switches, routers, firewalls, ...).
// - Node templates: one per element with its properties (effective interfaces, protocols and
//   capability levels), compute sizes in the Compute `host` capability.
// - Links: each link is an iiot.nodes.network.Link (tosca.nodes.network.Network) with medium,
//   bandwidth and latency, and two tosca.nodes.network.Port templates that bind to the endpoints
//   (BindsTo) and link to it (LinksTo).
// - Applications: iiot.nodes.Application (tosca.nodes.SoftwareComponent). An application placed by
//   the latest stored allocation result (Project::results, kind allocate) is HostedOn its host;
//   otherwise one with a single host is HostedOn it, one with several candidate hosts depends on
//   each of them through iiot.relationships.CandidateHost.
// - Zones and subsystems: groups (iiot.groups.Zone, iiot.groups.Subsystem) of their elements.
// Template names of links, ports, applications and groups contain '/', which element ids cannot,
// so they never collide with element names.
#pragma once

#include "project.h"
#include "type_library.h"

#include <string>

namespace iiot::model {

inline constexpr const char* kToscaVersion = "tosca_simple_yaml_1_2";
inline constexpr const char* kToscaEntryDefinitions = "Definitions/service-template.yaml";

std::string writeToscaTemplate(const Project& project, const TypeLibrary& types);

// A CSAR (TOSCA Cloud Service Archive): a ZIP with TOSCA-Metadata/TOSCA.meta naming
// kToscaEntryDefinitions, which holds writeToscaTemplate's output. Returns the archive bytes.
std::string writeToscaCsar(const Project& project, const TypeLibrary& types);

} // namespace iiot::model
