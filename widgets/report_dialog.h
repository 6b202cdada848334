// File > Export Report: which chapters go into the report. One check box per chapter; a result
// chapter whose kind has no stored result is shown unticked and disabled, saying so.
#pragma once

#include "model/project.h"
#include "report_sections.h"

#include <QDialog>
#include <QList>
#include <QMap>

class QCheckBox;
class QDialogButtonBox;

namespace iiot::ui {

class ReportDialog : public QDialog {
    Q_OBJECT

public:
    explicit ReportDialog(const model::Project& project, QWidget* parent = nullptr);

    QList<ReportSection> sections() const;
    QCheckBox* checkBox(ReportSection section) const { return boxes_.value(section); }
    QDialogButtonBox* buttons() const { return buttons_; }

private:
    QMap<ReportSection, QCheckBox*> boxes_;
    QDialogButtonBox* buttons_;
};

} // namespace iiot::ui
