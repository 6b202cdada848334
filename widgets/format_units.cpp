#include "format_units.h"

namespace iiot::ui {

QString formatNumber(double value) {
    return QString::number(value, 'g', 10);
}

QString formatBandwidth(double mbps) {
    if (mbps >= 1000)
        return QStringLiteral("%1 Gbps").arg(QString::number(mbps / 1000, 'g', 4));
    if (mbps >= 1)
        return QStringLiteral("%1 Mbps").arg(QString::number(mbps, 'g', 4));
    return QStringLiteral("%1 kbps").arg(QString::number(mbps * 1000, 'g', 4));
}

QString formatLatency(double ms) {
    return QStringLiteral("%1 ms").arg(QString::number(ms, 'g', 4));
}

} // namespace iiot::ui
