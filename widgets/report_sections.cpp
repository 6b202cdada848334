#include "report_sections.h"

#include <QCoreApplication>

namespace iiot::ui {

const QList<ReportSection>& allReportSections() {
    static const QList<ReportSection> sections{ReportSection::Topology,   ReportSection::Inventory,
                                               ReportSection::Links,      ReportSection::Coverage,
                                               ReportSection::Allocation, ReportSection::Slicing,
                                               ReportSection::Offloading, ReportSection::Simulation};
    return sections;
}

QString reportSectionTitle(ReportSection section) {
    const char* title = "";
    switch (section) {
    case ReportSection::Topology:
        title = "Topology";
        break;
    case ReportSection::Inventory:
        title = "Element inventory";
        break;
    case ReportSection::Links:
        title = "Links";
        break;
    case ReportSection::Coverage:
        title = "Capability coverage";
        break;
    case ReportSection::Allocation:
        title = "Allocation results";
        break;
    case ReportSection::Slicing:
        title = "Slicing results";
        break;
    case ReportSection::Offloading:
        title = "Offloading results";
        break;
    case ReportSection::Simulation:
        title = "Simulation results";
        break;
    }
    return QCoreApplication::translate("iiot::ui::Report", title);
}

QString reportSectionResultKind(ReportSection section) {
    switch (section) {
    case ReportSection::Allocation:
        return QStringLiteral("allocate");
    case ReportSection::Slicing:
        return QStringLiteral("slice");
    case ReportSection::Offloading:
        return QStringLiteral("offload");
    case ReportSection::Simulation:
        return QStringLiteral("simulate");
    default:
        return {};
    }
}

} // namespace iiot::ui
