// Human-readable numbers for tooltips, tables and the status bar.
#pragma once

#include <QString>

namespace iiot::ui {

// A plain number without trailing zeros or exponent noise: 0.1152 -> "0.1152", 1e-09 -> "1e-09".
QString formatNumber(double value);
// Bandwidth given in Mbps, shown in the unit that keeps it readable: "5.5 kbps", "100 Mbps", "10 Gbps".
QString formatBandwidth(double mbps);
// One-way latency in milliseconds: "0.05 ms", "500 ms".
QString formatLatency(double ms);

} // namespace iiot::ui
