#include "effective_values.h"

namespace iiot::model {

namespace {
const std::vector<std::string> kNoStrings;
const std::map<std::string, int> kNoCapabilities;
} // namespace

const std::vector<std::string>& effectiveInterfaces(const Element& e, const TypeLibrary& types) {
    if (e.interfaces)
        return *e.interfaces;
    const auto* k = types.kind(e.kind);
    return k ? k->interfaces : kNoStrings;
}

const std::vector<std::string>& effectiveProtocols(const Element& e, const TypeLibrary& types) {
    if (e.protocols)
        return *e.protocols;
    const auto* k = types.kind(e.kind);
    return k ? k->protocols : kNoStrings;
}

const std::map<std::string, int>& effectiveCapabilities(const Element& e, const TypeLibrary& types) {
    if (e.capabilities)
        return *e.capabilities;
    const auto* k = types.kind(e.kind);
    return k ? k->capabilities : kNoCapabilities;
}

double effectiveBandwidthMbps(const Link& l, const TypeLibrary& types) {
    if (l.bandwidth_mbps)
        return *l.bandwidth_mbps;
    const auto* m = types.medium(l.medium);
    return m ? m->bandwidth_mbps : 0;
}

double effectiveLatencyMs(const Link& l, const TypeLibrary& types) {
    if (l.latency_ms)
        return *l.latency_ms;
    const auto* m = types.medium(l.medium);
    return m ? m->latency_ms : 0;
}

bool isWireless(const Link& l, const TypeLibrary& types) {
    const auto* m = types.medium(l.medium);
    return m && m->wireless;
}

const std::vector<std::string>& scenarioPolicies() {
    static const std::vector<std::string> policies = {"local",      "edge-only",   "cloud-only",
                                                      "edge-cloud", "round-robin", "cms-astp"};
    return policies;
}

} // namespace iiot::model
