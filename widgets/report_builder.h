// Builds the engineering report of a project (DESIGN.md section 1, issue 7): the title block with
// the project file's SHA-256, the topology figures drawn by the canvas, the inventory and link
// tables, the capability coverage, and a chapter per kind of stored result with the parameters and
// seeds of every run. Runs on the GUI thread: the figures are drawn by scenes and widgets.
#pragma once

#include "model/project.h"
#include "report_model.h"
#include "report_sections.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace iiot::ui {

struct ReportInput {
    model::Project project;
    // The file the project was read from; empty for a project never saved.
    QString sourcePath;
    // The project differs from its file: the hash is then that of its YAML serialisation.
    bool unsaved = false;
    QString toolVersion;
    QDateTime date = QDateTime::currentDateTimeUtc();
    QList<ReportSection> sections = allReportSections();
};

Report buildReport(const ReportInput& input);

// The title block's hash: SHA-256 (hex) of the file, or of the YAML serialisation when the project is
// unsaved or its file cannot be read. `ofFile` says which one it is.
QString reportProjectHash(const ReportInput& input, bool* ofFile = nullptr);

} // namespace iiot::ui
