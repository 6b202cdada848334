#include "coverage_panel.h"

#include "capability_list.h"
#include "coverage_matrix.h"
#include "coverage_radar.h"
#include "gap_list.h"

#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace iiot::ui {

CoveragePanel::CoveragePanel(QWidget* parent)
    : QWidget(parent), matrix_(new CoverageMatrix(this)), radar_(new CoverageRadar(this)),
      capabilities_(new CapabilityList(this)), gaps_(new GapList(this)), tabs_(new QTabWidget(this)),
      status_(new QLabel(this)), splitter_(new QSplitter(Qt::Vertical, this)) {
    tabs_->addTab(capabilities_, tr("Capabilities"));
    tabs_->addTab(gaps_, tr("Gaps"));
    tabs_->setDocumentMode(true);

    splitter_->setChildrenCollapsible(false);
    splitter_->addWidget(matrix_);
    splitter_->addWidget(radar_);
    splitter_->addWidget(tabs_);
    splitter_->setStretchFactor(0, 2);
    splitter_->setStretchFactor(1, 2);
    splitter_->setStretchFactor(2, 3);

    status_->setContentsMargins(4, 0, 4, 0);
    QPalette muted = status_->palette();
    muted.setColor(QPalette::WindowText, QColor(0x61, 0x6e, 0x7c));
    status_->setPalette(muted);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addWidget(splitter_, 1);
    layout->addWidget(status_);

    connect(capabilities_, &CapabilityList::evidenceRequested, this,
            [this](const QString&, const QStringList& ids) { emit elementsRequested(ids); });
    connect(gaps_, &GapList::capabilityActivated, this,
            [this](const QString& id) { emit elementsRequested(capabilities_->evidence(id)); });
    // A cell leads to its first capability in the list (and that one's evidence).
    connect(matrix_, &CoverageMatrix::cellClicked, this,
            [this](model::FrameworkLayer layer, model::FrameworkLevel level) {
                if (!result_)
                    return;
                for (const auto& cell : result_->coverage.cells)
                    if (cell.layer == layer && cell.level == level && !cell.capabilities.empty()) {
                        tabs_->setCurrentWidget(capabilities_);
                        capabilities_->showCapability(QString::fromStdString(cell.capabilities.front().id));
                    }
            });
    setResult(nullptr);
}

void CoveragePanel::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    const auto wanted = width() > height() * 3 / 2 ? Qt::Horizontal : Qt::Vertical;
    if (splitter_->orientation() != wanted) {
        splitter_->setOrientation(wanted);
        // Equal-ish shares for the new direction; the stretch factors divide what is left.
        const int total = wanted == Qt::Horizontal ? splitter_->width() : splitter_->height();
        splitter_->setSizes({total * 3 / 10, total * 25 / 100, total * 45 / 100});
    }
}

void CoveragePanel::setResult(std::shared_ptr<const AnalysisResult> result) {
    result_ = result && result->hasProject ? std::move(result) : nullptr;
    const solvers::CoverageResult* coverage = result_ ? &result_->coverage : nullptr;
    matrix_->setResult(coverage);
    radar_->setResult(coverage);
    capabilities_->setResult(coverage);
    gaps_->setResult(coverage);
    tabs_->setTabText(tabs_->indexOf(gaps_),
                      coverage ? tr("Gaps (%1)").arg(coverage->gaps.size()) : tr("Gaps"));
    pending_ = false;
    updateStatus();
}

void CoveragePanel::setPending(bool pending) {
    if (pending == pending_)
        return;
    pending_ = pending;
    updateStatus();
}

void CoveragePanel::updateStatus() {
    if (!result_) {
        status_->setText(pending_ ? tr("Analysing\u2026") : tr("No project analysed"));
        return;
    }
    const auto count = result_->coverage.findings.size();
    const QString findings = count == 1 ? tr("1 finding") : tr("%1 findings").arg(count);
    status_->setText(pending_ ? tr("Updating\u2026 (showing the previous analysis)")
                              : tr("Up to date \u00b7 %1 \u00b7 analysed in %2 ms")
                                    .arg(findings, QString::number(result_->elapsedMs, 'f',
                                                                   result_->elapsedMs < 10 ? 1 : 0)));
}

} // namespace iiot::ui
