#include "report_writer.h"

#include "atomic_write.h"
#include "report_html_writer.h"
#include "report_pdf_writer.h"

#include <QDir>
#include <QFileInfo>

namespace iiot::ui {

ReportFormat reportFormatFromPath(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return ReportFormat::Pdf;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return ReportFormat::Html;
    return ReportFormat::Unknown;
}

QString writeReport(const Report& report, const QString& path) {
    switch (reportFormatFromPath(path)) {
    case ReportFormat::Pdf:
        return writeReportPdf(report, path);
    case ReportFormat::Html:
        return writeBytesAtomically(path, reportHtml(report));
    case ReportFormat::Unknown:
        break;
    }
    return QStringLiteral("%1: unknown report format (use .pdf, .html or .htm)")
        .arg(QDir::toNativeSeparators(path));
}

} // namespace iiot::ui
