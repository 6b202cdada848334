// The report as an A4 PDF: text, tables and vector figures laid out by a paginated QTextDocument
// (tables break between rows and repeat their header row), margins, and a footer with the project
// and "Page n of N" on every page.
#pragma once

#include "report_model.h"

#include <QString>

namespace iiot::ui {

// Writes the whole file or nothing (the previous file stays); returns an error message or "".
QString writeReportPdf(const Report& report, const QString& path);

} // namespace iiot::ui
