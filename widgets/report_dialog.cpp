#include "report_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace iiot::ui {

ReportDialog::ReportDialog(const model::Project& project, QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Export Report"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("The title block (project, date, tool version, file hash) is always included.\n"
                      "Chapters:"),
                   this));
    for (ReportSection section : allReportSections()) {
        auto* box = new QCheckBox(reportSectionTitle(section), this);
        box->setObjectName(QStringLiteral("reportSection%1").arg(static_cast<int>(section)));
        const QString kind = reportSectionResultKind(section);
        const bool available =
            kind.isEmpty() ||
            std::any_of(project.results.begin(), project.results.end(),
                        [&kind](const auto& r) { return QString::fromStdString(r.kind) == kind; });
        box->setChecked(available);
        box->setEnabled(available);
        if (!available)
            box->setText(tr("%1 (no stored results)").arg(box->text()));
        boxes_.insert(section, box);
        layout->addWidget(box);
    }
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("Export\u2026"));
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons_);
}

QList<ReportSection> ReportDialog::sections() const {
    QList<ReportSection> chosen;
    for (ReportSection section : allReportSections())
        if (QCheckBox* box = boxes_.value(section); box && box->isChecked() && box->isEnabled())
            chosen << section;
    return chosen;
}

} // namespace iiot::ui
