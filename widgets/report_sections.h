// The chapters a report can have, in report order, with the titles the reader (and the tests that
// look for them in the PDF text) see. The title block is always there; every other chapter can be
// left out in File > Export Report, and the result chapters appear only when such results exist.
#pragma once

#include <QList>
#include <QString>

namespace iiot::ui {

enum class ReportSection {
    Topology,
    Inventory,
    Links,
    Coverage,
    Allocation,
    Slicing,
    Offloading,
    Simulation
};

const QList<ReportSection>& allReportSections();
QString reportSectionTitle(ReportSection section);
// The stored-result kind a result chapter shows ("allocate", ...); empty for the other chapters.
QString reportSectionResultKind(ReportSection section);

} // namespace iiot::ui
