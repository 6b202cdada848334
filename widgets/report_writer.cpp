#include "report_writer.h"

#include "report_html_writer.h"
#include "report_pdf_writer.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

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
    case ReportFormat::Html: {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(reportHtml(report)) < 0 || !file.commit())
            return QStringLiteral("%1: cannot write: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    case ReportFormat::Unknown:
        break;
    }
    return QStringLiteral("%1: unknown report format (use .pdf, .html or .htm)")
        .arg(QDir::toNativeSeparators(path));
}

} // namespace iiot::ui
