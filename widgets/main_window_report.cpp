// File menu entries beyond the project formats: Export Report (PDF/HTML) and Import GraphML.
#include "main_window.h"

#include "dialog_prompts.h"
#include "document.h"
#include "file_controller.h"
#include "graphml_import_dialog.h"
#include "report_exporter.h"

#include <QAction>
#include <QDir>
#include <QLineEdit>
#include <QMenu>
#include <QStatusBar>

namespace iiot::ui {

void MainWindow::createReportTools(QMenu* file) {
    reportExporter_ = new ReportExporter(document_, prompts_.get(), this);
    connect(reportExporter_, &ReportExporter::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 5000); });
    QAction* importAction = file->addAction(tr("Import &GraphML\u2026"), this, [this] { importGraphml(); });
    importAction->setObjectName(QStringLiteral("importGraphmlAction"));
    QAction* report =
        file->addAction(tr("Export &Report\u2026"), reportExporter_, &ReportExporter::exportReport);
    report->setObjectName(QStringLiteral("exportReportAction"));
}

bool MainWindow::importGraphml() {
    GraphmlImportDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    std::optional<model::Project> project = dialog.takeProject();
    if (!project || !fileController_->maybeSave())
        return false;
    const QString source = dialog.graphmlEdit()->text();
    // A new, untitled document: Save asks where to put it; its warnings go to the Problems panel.
    document_->reset(std::move(*project), {}, dialog.diagnostics());
    document_->undoStack()->resetClean();
    statusBar()->showMessage(tr("Imported %1").arg(QDir::toNativeSeparators(source)), 5000);
    return true;
}

} // namespace iiot::ui
