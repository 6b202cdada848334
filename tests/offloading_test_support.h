// The hand-worked computing-mode selection instance shared by the offloading tests, and the
// formulas of MODELS.md section 5 written out independently of the engine.
//
//   d1, d2, d3 (500 MIPS each) --wifi--> ap --e1 (1000 Mbps, 0.5 ms)--> es (1 core, 2000 MIPS)
//                                          \--n1 (20 Mbps, 5 ms)------> cl (8000 MIPS)
// Wifi links w1 (100 Mbps), w2 (50 Mbps), w3 (20 Mbps), 1 ms each, share ap's channel of
// capacity max(100, 50, 20) = 100 Mbps. d3 has a radio (P = 0.5 W, g = 1e-6) and w3 has
// channel_mhz 10 and noise_w 1e-9, so d3 uploads at the Shannon rate.
//
// Tasks in order (application order, one per generating element):
//   a@d1: 62.5 kB (0.5 Mb), 200 MI, Tmax 150     b@d2: 125 kB (1 Mb), 120 MI, Tmax 200
//   c@d3: 250 kB (2 Mb), 20 MI, Tmax 45          d@d1: 12.5 kB, 25 MI, Tmax 100, not offloadable
#pragma once

#include "model/project.h"
#include "yaml_test_support.h"

#include <cmath>
#include <stdexcept>
#include <string>

namespace iiot::test {

inline const char* kHandOffloadYaml = R"(format: iiot-workbench/1
name: Hand-worked offloading
elements:
  - {id: d1, kind: industrial-pc, interfaces: [wifi], compute: {cores: 1, mips_per_core: 500}}
  - {id: d2, kind: industrial-pc, interfaces: [wifi], compute: {cores: 1, mips_per_core: 500}}
  - {id: d3, kind: industrial-pc, interfaces: [wifi], compute: {cores: 1, mips_per_core: 500},
     radio: {tx_power_w: 0.5, channel_gain: 1.0e-6}}
  - {id: ap, kind: access-point, interfaces: [wifi, ethernet, fibre]}
  - {id: es, kind: edge-server, interfaces: [ethernet], compute: {cores: 1, mips_per_core: 2000}}
  - {id: cl, kind: cloud, compute: {cores: 1, mips_per_core: 8000}}
links:
  - {id: w1, from: d1, to: ap, medium: wifi, bandwidth_mbps: 100, latency_ms: 1}
  - {id: w2, from: d2, to: ap, medium: wifi, bandwidth_mbps: 50, latency_ms: 1}
  - {id: w3, from: d3, to: ap, medium: wifi, bandwidth_mbps: 20, latency_ms: 1, channel_mhz: 10, noise_w: 1.0e-9}
  - {id: e1, from: ap, to: es, medium: ethernet, bandwidth_mbps: 1000, latency_ms: 0.5}
  - {id: n1, from: ap, to: cl, medium: fibre, bandwidth_mbps: 20, latency_ms: 5}
applications:
  - {id: a, generated_by: {elements: [d1]}, arrival: {type: once}, data_kb: 62.5, instructions_mi: 200, max_latency_ms: 150}
  - {id: b, generated_by: {elements: [d2]}, arrival: {type: once}, data_kb: 125, instructions_mi: 120, max_latency_ms: 200}
  - {id: c, generated_by: {elements: [d3]}, arrival: {type: once}, data_kb: 250, instructions_mi: 20, max_latency_ms: 45}
  - {id: d, generated_by: {elements: [d1]}, arrival: {type: once}, data_kb: 12.5, instructions_mi: 25, max_latency_ms: 100,
     offloadable: false}
)";

inline model::Project handOffloadProject() {
    auto r = readYaml(kHandOffloadYaml);
    if (!r.ok())
        throw std::runtime_error("hand-worked offloading project does not load: " +
                                 (r.diagnostics.empty() ? std::string() : r.diagnostics.front().message));
    return *r.project;
}

namespace hand {

// Task data in bits, instructions in MI, deadlines in ms (see the table above).
inline constexpr double kBits[] = {0.5e6, 1e6, 2e6, 0.1e6};
inline constexpr double kMi[] = {200, 120, 20, 25};
inline constexpr double kTmax[] = {150, 200, 45, 100};
inline constexpr double kLocalMips = 500, kEdgeMips = 2000, kCloudMips = 8000;
inline constexpr double kChannelBps = 100e6, kUplinkBps = 1000e6, kWanBps = 20e6;
inline constexpr double kWifiMs = 1, kUplinkMs = 0.5, kWanMs = 5;

// theta B log2(1 + P g / (theta N)) with theta = 1/K: d3's rate on w3.
inline double shannonBps(int k) {
    const double theta = 1.0 / k, b = 10e6, signal = 0.5 * 1e-6, noise = 1e-9;
    return theta * b * std::log2(1.0 + signal / (theta * noise));
}

inline double ms(double bits, double bps) {
    return bits / bps * 1000.0;
}
inline double runMs(double mi, double mips) {
    return mi / mips * 1000.0;
}

} // namespace hand

} // namespace iiot::test
