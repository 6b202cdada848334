// The chapter builders of the report, one file each (report_topology.cpp, report_inventory.cpp,
// report_coverage.cpp, report_<kind>.cpp for stored results). Each returns a complete chapter; a
// result chapter is empty (no blocks) when the project holds no result of its kind.
#pragma once

#include "model/project.h"
#include "model/type_library.h"
#include "report_model.h"

namespace iiot::ui {

ReportChapter topologyChapter(const model::Project& project);
ReportChapter inventoryChapter(const model::Project& project, const model::TypeLibrary& types);
ReportChapter linksChapter(const model::Project& project, const model::TypeLibrary& types);
ReportChapter coverageChapter(const model::Project& project, const model::TypeLibrary& types);
ReportChapter allocationChapter(const model::Project& project);
ReportChapter slicingChapter(const model::Project& project);
ReportChapter offloadingChapter(const model::Project& project);
ReportChapter simulationChapter(const model::Project& project);

} // namespace iiot::ui
