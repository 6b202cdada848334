#include "report_exporter.h"

#include "document.h"
#include "report_builder.h"
#include "report_dialog.h"
#include "report_writer.h"
#include "user_prompts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProgressDialog>

namespace iiot::ui {

ReportExporter::ReportExporter(Document* document, UserPrompts* prompts, QWidget* parent)
    : QObject(parent), document_(document), prompts_(prompts), parent_(parent) {}

bool ReportExporter::exportReport() {
    if (!document_->hasProject()) {
        prompts_->showError(tr("Export Report"),
                            tr("There is no project to report on: it could not be loaded."));
        return false;
    }
    ReportDialog dialog(document_->project(), parent_);
    const bool go = driver_ ? driver_(dialog) : dialog.exec() == QDialog::Accepted;
    if (!go)
        return false;
    const QString base = document_->filePath().isEmpty()
                             ? QDir::home().filePath(QStringLiteral("report.pdf"))
                             : QFileInfo(document_->filePath())
                                   .dir()
                                   .filePath(QFileInfo(document_->filePath()).completeBaseName() +
                                             QStringLiteral("-report.pdf"));
    QString path =
        prompts_->askSavePath(tr("Export Report"), base, tr("PDF report (*.pdf);;HTML report (*.html *.htm)"),
                              QStringLiteral("pdf"));
    if (path.isEmpty())
        return false;
    if (reportFormatFromPath(path) == ReportFormat::Unknown)
        path += QStringLiteral(".pdf");
    const QString error = writeTo(path, dialog.sections());
    if (!error.isEmpty()) {
        prompts_->showError(tr("Export Report"), tr("The report was not written.\n\n%1").arg(error));
        return false;
    }
    emit statusMessage(tr("Report written to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

QString ReportExporter::writeTo(const QString& path, const QList<ReportSection>& sections) {
    ReportInput input;
    input.project = document_->project();
    input.sourcePath = document_->filePath();
    input.unsaved = document_->isDirty();
    input.toolVersion = QCoreApplication::applicationVersion();
    input.sections = sections;

    // Two steps the user waits for: building (figures, coverage) and laying out the pages.
    QProgressDialog progress(tr("Writing the report\u2026"), QString(), 0, 2, parent_);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    progress.setValue(0);
    const Report report = buildReport(input);
    progress.setValue(1);
    const QString error = writeReport(report, path);
    progress.setValue(2);
    QGuiApplication::restoreOverrideCursor();
    return error;
}

} // namespace iiot::ui
