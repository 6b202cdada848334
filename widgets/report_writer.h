// Writes a report as PDF or HTML, chosen by the file's extension (.pdf, .html or .htm).
#pragma once

#include "report_model.h"

#include <QString>

namespace iiot::ui {

enum class ReportFormat { Pdf, Html, Unknown };
ReportFormat reportFormatFromPath(const QString& path);

// Returns an error message naming the file, or an empty string. Nothing is left half-written.
QString writeReport(const Report& report, const QString& path);

} // namespace iiot::ui
