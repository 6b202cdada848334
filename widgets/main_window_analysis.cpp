// MainWindow: the live analysis and what shows it (the Problems panel, the canvas markers and
// the Coverage dock).

#include "main_window.h"

#include "analysis_runner.h"
#include "coverage_panel.h"
#include "document.h"
#include "element_focus.h"
#include "problem_list.h"
#include "problem_markers.h"
#include "problems_filter_bar.h"
#include "problems_panel.h"

#include <QDockWidget>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace iiot::ui {

QWidget* MainWindow::problemsView() {
    auto* view = new QWidget(this);
    auto* layout = new QVBoxLayout(view);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(new ProblemsFilterBar(problems_, view));
    layout->addWidget(problems_, 1);
    connect(problems_, &ProblemsPanel::problemActivated, this,
            [this](const QStringList& elements, const QStringList& links) {
                focusItems(scene_, view_, elements, links);
            });
    connect(problems_, &ProblemsPanel::countsChanged, this, [this] {
        const auto total = problems_->problems().size();
        problemsDock_->setWindowTitle(total == 0 ? tr("Problems") : tr("Problems (%1)").arg(total));
        if (problemsLabel_)
            problemsLabel_->setText(problems_->summary());
    });
    return view;
}

void MainWindow::createAnalysisDocks() {
    analysis_ = new AnalysisRunner(document_, this);
    markers_ = new ProblemMarkers(document_, scene_, this);

    coverage_ = new CoveragePanel(this);
    coverageDock_ = new QDockWidget(tr("Coverage"), this);
    coverageDock_->setObjectName(QStringLiteral("coverageDock"));
    // A scroll area keeps the panel's stacked layout from dictating the window's minimum height.
    auto* scroll = new QScrollArea(coverageDock_);
    scroll->setWidget(coverage_);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    coverageDock_->setWidget(scroll);
    addDockWidget(Qt::BottomDockWidgetArea, coverageDock_);
    splitDockWidget(problemsDock_, coverageDock_, Qt::Horizontal);
    resizeDocks({problemsDock_, coverageDock_}, {520, 920}, Qt::Horizontal);
    resizeDocks({problemsDock_}, {270}, Qt::Vertical);

    connect(analysis_, &AnalysisRunner::analysisScheduled, coverage_,
            [this] { coverage_->setPending(true); });
    connect(analysis_, &AnalysisRunner::resultReady, this, &MainWindow::showAnalysis);
    connect(coverage_, &CoveragePanel::elementsRequested, this,
            [this](const QStringList& ids) { focusItems(scene_, view_, ids); });
}

void MainWindow::showAnalysis() {
    const auto result = analysis_->latest();
    const Problems problems = documentProblems(*document_, result.get());
    problems_->setProblems(problems);
    markers_->setProblems(problems);
    coverage_->setResult(result);
}

} // namespace iiot::ui
