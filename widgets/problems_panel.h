// Problems found when loading and validating the project, one row each; activating a row that
// names an element asks for that element to be shown.
#pragma once

#include "model/diagnostic.h"

#include <QTreeWidget>

namespace iiot::ui {

class ProblemsPanel : public QTreeWidget {
    Q_OBJECT

public:
    explicit ProblemsPanel(QWidget* parent = nullptr);

    void setDiagnostics(const model::Diagnostics& diagnostics);
    int errorCount() const { return errors_; }
    int warningCount() const { return warnings_; }
    // "2 errors, 1 warning" or "No problems".
    QString summary() const;

signals:
    void elementActivated(const QString& elementId);

private:
    int errors_ = 0;
    int warnings_ = 0;
};

} // namespace iiot::ui
