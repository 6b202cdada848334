// The row of toggle buttons above the Problems panel: "Errors (2)", "Warnings (5)", "Notes (1)";
// unchecking one hides that severity's rows.
#pragma once

#include "model/diagnostic.h"

#include <QWidget>

#include <array>

class QToolButton;

namespace iiot::ui {

class ProblemsPanel;

class ProblemsFilterBar : public QWidget {
    Q_OBJECT

public:
    explicit ProblemsFilterBar(ProblemsPanel* panel, QWidget* parent = nullptr);

    QToolButton* button(model::Severity severity) const {
        return buttons_[static_cast<std::size_t>(severity)];
    }

private:
    void updateTexts();

    ProblemsPanel* panel_;
    std::array<QToolButton*, 3> buttons_{};
};

} // namespace iiot::ui
