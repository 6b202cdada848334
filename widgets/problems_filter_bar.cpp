#include "problems_filter_bar.h"

#include "problems_panel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QStyle>
#include <QToolButton>

namespace iiot::ui {

ProblemsFilterBar::ProblemsFilterBar(ProblemsPanel* panel, QWidget* parent) : QWidget(parent), panel_(panel) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(4);
    const QStyle* style = QApplication::style();
    const std::array<QStyle::StandardPixmap, 3> icons{
        QStyle::SP_MessageBoxCritical, QStyle::SP_MessageBoxWarning, QStyle::SP_MessageBoxInformation};
    for (std::size_t i = 0; i < buttons_.size(); ++i) {
        auto* button = new QToolButton(this);
        button->setCheckable(true);
        button->setChecked(true);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setIcon(style->standardIcon(icons[i]));
        button->setIconSize(QSize(14, 14));
        const auto severity = static_cast<model::Severity>(i);
        connect(button, &QToolButton::toggled, panel_,
                [this, severity](bool on) { panel_->setSeverityShown(severity, on); });
        layout->addWidget(button);
        buttons_[i] = button;
    }
    layout->addStretch();
    connect(panel_, &ProblemsPanel::countsChanged, this, &ProblemsFilterBar::updateTexts);
    updateTexts();
}

void ProblemsFilterBar::updateTexts() {
    button(model::Severity::Error)->setText(tr("Errors (%1)").arg(panel_->errorCount()));
    button(model::Severity::Warning)->setText(tr("Warnings (%1)").arg(panel_->warningCount()));
    button(model::Severity::Info)->setText(tr("Notes (%1)").arg(panel_->infoCount()));
    for (std::size_t i = 0; i < buttons_.size(); ++i)
        buttons_[i]->setToolTip(buttons_[i]->isChecked() ? tr("Click to hide these rows")
                                                         : tr("Click to show these rows"));
}

} // namespace iiot::ui
