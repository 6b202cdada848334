#include "coverage_matrix.h"

#include "coverage_format.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace iiot::ui {

namespace {

constexpr int kMargin = 4;
constexpr int kTopHeader = 22;
constexpr int kLegend = 18; // the line under the cells explaining the marks
constexpr int kMinCellWidth = 74;
constexpr int kMinCellHeight = 42;
const QColor kInk(0x1f, 0x29, 0x33);
const QColor kMuted(0x61, 0x6e, 0x7c);
const QColor kTargetColour(0x25, 0x63, 0xeb);

model::FrameworkLayer layerAt(int i) {
    return static_cast<model::FrameworkLayer>(i);
}
model::FrameworkLevel levelAt(int i) {
    return static_cast<model::FrameworkLevel>(i);
}

QFont sizedFont(const QFont& base, int pixels, bool bold = false) {
    QFont f = base;
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
}

} // namespace

CoverageMatrix::CoverageMatrix(QWidget* parent) : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setMouseTracking(false);
}

void CoverageMatrix::setResult(const solvers::CoverageResult* result) {
    layers_ = result ? result->layers : std::vector<solvers::LayerCoverage>{};
    cells_ = result ? result->cells : std::vector<solvers::CoverageCell>{};
    update();
}

const solvers::CoverageCell* CoverageMatrix::cell(model::FrameworkLayer layer,
                                                  model::FrameworkLevel level) const {
    for (const auto& c : cells_)
        if (c.layer == layer && c.level == level)
            return &c;
    return nullptr;
}

const solvers::LayerCoverage* CoverageMatrix::layerCoverage(model::FrameworkLayer layer) const {
    for (const auto& l : layers_)
        if (l.layer == layer)
            return &l;
    return nullptr;
}

std::optional<double> CoverageMatrix::cellScore(model::FrameworkLayer layer,
                                                model::FrameworkLevel level) const {
    const auto* c = cell(layer, level);
    return c ? c->score : std::nullopt;
}

QString CoverageMatrix::cellText(model::FrameworkLayer layer, model::FrameworkLevel level) const {
    const auto* c = cell(layer, level);
    if (!c)
        return {};
    return c->score ? formatScore(*c->score) : tr("n/a");
}

bool CoverageMatrix::isReachedCell(model::FrameworkLayer layer, model::FrameworkLevel level) const {
    const auto* l = layerCoverage(layer);
    return l && l->reached && *l->reached == level;
}

bool CoverageMatrix::isTargetCell(model::FrameworkLayer layer, model::FrameworkLevel level) const {
    const auto* l = layerCoverage(layer);
    return l && l->target == level;
}

QSize CoverageMatrix::sizeHint() const {
    return {kMargin * 2 + 130 + 3 * 84, kTopHeader + 4 * 50 + kLegend + kMargin * 2};
}

QSize CoverageMatrix::minimumSizeHint() const {
    return {kMargin * 2 + 118 + 3 * kMinCellWidth, kTopHeader + 4 * kMinCellHeight + kLegend + kMargin * 2};
}

QRect CoverageMatrix::headerRect(model::FrameworkLayer layer) const {
    const QRect first = cellRect(layer, model::FrameworkLevel::Integration);
    return {kMargin, first.top(), first.left() - kMargin - 2, first.height()};
}

QRect CoverageMatrix::cellRect(model::FrameworkLayer layer, model::FrameworkLevel level) const {
    const int headerWidth = std::clamp(width() * 30 / 100, 118, 170);
    const int cellWidth = (width() - 2 * kMargin - headerWidth) / kFrameworkLevelCount;
    const int cellHeight =
        std::max(kMinCellHeight, (height() - 2 * kMargin - kTopHeader - kLegend) / kFrameworkLayerCount);
    const int x = kMargin + headerWidth + static_cast<int>(level) * cellWidth;
    const int y = kMargin + kTopHeader + static_cast<int>(layer) * cellHeight;
    return {x, y, cellWidth - 2, cellHeight - 2}; // 2 px of gap between cells
}

std::pair<int, int> CoverageMatrix::cellAt(QPoint pos) const {
    for (int layer = 0; layer < kFrameworkLayerCount; ++layer)
        for (int level = 0; level < kFrameworkLevelCount; ++level)
            if (cellRect(layerAt(layer), levelAt(level)).contains(pos))
                return {layer, level};
    return {-1, -1};
}

void CoverageMatrix::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    const QFont base = font();

    painter.setFont(sizedFont(base, 11, true));
    painter.setPen(kInk);
    for (int level = 0; level < kFrameworkLevelCount; ++level) {
        const QRect c = cellRect(model::FrameworkLayer::Device, levelAt(level));
        painter.drawText(QRect(c.left(), kMargin, c.width(), kTopHeader - 2), Qt::AlignCenter,
                         frameworkLevelShortName(levelAt(level)));
    }

    for (int layerIndex = 0; layerIndex < kFrameworkLayerCount; ++layerIndex) {
        const auto layer = layerAt(layerIndex);
        const QRect header = headerRect(layer);
        const auto* coverage = layerCoverage(layer);
        painter.setPen(kInk);
        painter.setFont(sizedFont(base, 12, true));
        const QRect upper(header.left(), header.top(), header.width(), header.height() / 2);
        const QRect lower(header.left(), header.center().y(), header.width(), header.height() / 2);
        painter.drawText(upper, Qt::AlignLeft | Qt::AlignBottom, frameworkLayerName(layer));
        if (coverage) {
            painter.setPen(kMuted);
            painter.setFont(sizedFont(base, 10));
            const QString detail = tr("score %1 / 3").arg(formatScore(coverage->score));
            painter.drawText(lower.adjusted(0, 2, 0, 0), Qt::AlignLeft | Qt::AlignTop, detail);
        }

        for (int levelIndex = 0; levelIndex < kFrameworkLevelCount; ++levelIndex) {
            const auto level = levelAt(levelIndex);
            const QRect r = cellRect(layer, level);
            const auto* c = cell(layer, level);
            const bool scored = c && c->score;
            painter.setPen(Qt::NoPen);
            painter.setBrush(scored ? heatColour(*c->score) : QColor(0xee, 0xf0, 0xf3));
            painter.drawRoundedRect(r, 3, 3);
            if (!c)
                continue;

            const bool reached = isReachedCell(layer, level);
            const bool target = isTargetCell(layer, level);
            const QRect scoreBox = r.adjusted(0, 0, 0, -(r.height() * 2) / 5);
            painter.setPen(scored ? kInk : kMuted);
            painter.setFont(sizedFont(base, scored ? 15 : 12, scored));
            painter.drawText(scoreBox.adjusted(0, 4, 0, 0), Qt::AlignCenter, cellText(layer, level));

            QStringList marks;
            if (reached)
                marks << QStringLiteral("\u2713 ") + tr("reached");
            if (target)
                marks << QStringLiteral("\u25ce ") + tr("target");
            if (!marks.isEmpty()) {
                painter.setFont(sizedFont(base, 10, true));
                // Symbols alone when the words do not fit; the legend below says what they mean.
                if (painter.fontMetrics().horizontalAdvance(marks.join(QStringLiteral("  "))) > r.width() - 4)
                    for (QString& mark : marks)
                        mark = mark.left(1);
                painter.setPen(kInk);
                painter.drawText(r.adjusted(2, scoreBox.height(), -2, -2), Qt::AlignHCenter | Qt::AlignTop,
                                 marks.join(QStringLiteral("  ")));
            }
            if (reached) {
                painter.setBrush(Qt::NoBrush);
                painter.setPen(QPen(kInk, 2.5));
                painter.drawRoundedRect(QRectF(r).adjusted(1.25, 1.25, -1.25, -1.25), 3, 3);
            }
            if (target) {
                painter.setBrush(Qt::NoBrush);
                painter.setPen(QPen(kTargetColour, 2, Qt::DashLine));
                const qreal inset = reached ? 4.5 : 1.5;
                painter.drawRoundedRect(QRectF(r).adjusted(inset, inset, -inset, -inset), 3, 3);
            }
        }
    }
    const QRect last = cellRect(model::FrameworkLayer::Trust, model::FrameworkLevel::Integration);
    painter.setPen(kMuted);
    painter.setFont(sizedFont(base, 10));
    painter.drawText(QRect(last.left(), last.bottom() + 4, width() - last.left() - kMargin, kLegend - 4),
                     Qt::AlignLeft | Qt::AlignVCenter, tr("\u2713 level reached   \u25ce target level"));
    if (cells_.empty()) {
        painter.setPen(kMuted);
        painter.setFont(sizedFont(base, 12));
        painter.drawText(rect(), Qt::AlignCenter, tr("No coverage yet"));
    }
}

void CoverageMatrix::mousePressEvent(QMouseEvent* event) {
    const auto [layer, level] = cellAt(event->position().toPoint());
    if (layer >= 0 && event->button() == Qt::LeftButton) {
        emit cellClicked(layerAt(layer), levelAt(level));
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

QString CoverageMatrix::cellToolTip(model::FrameworkLayer layer, model::FrameworkLevel level) const {
    const auto* c = cell(layer, level);
    if (!c)
        return {};
    QString tip = QStringLiteral("<b>%1 \u00d7 %2</b>: %3")
                      .arg(frameworkLayerName(layer), frameworkLevelName(level), cellText(layer, level));
    if (c->capabilities.empty())
        return tip + QStringLiteral("<br>") + tr("No capability of the framework sits here.");
    const auto& catalogue = model::CapabilityCatalogue::builtin();
    tip += QStringLiteral("<table>");
    for (const auto& rating : c->capabilities) {
        const auto* info = catalogue.find(rating.id);
        tip += QStringLiteral("<tr><td>%1</td><td align=right>&nbsp;%2</td><td>&nbsp;%3</td></tr>")
                   .arg(info ? QString::fromStdString(info->label).toHtmlEscaped()
                             : QString::fromStdString(rating.id),
                        formatScore(rating.rating), ratingBand(rating.rating));
    }
    tip += QStringLiteral("</table>");
    if (isReachedCell(layer, level))
        tip += tr("The layer reached this level (every level up to it scores at least 0.80).");
    if (isTargetCell(layer, level))
        tip += QStringLiteral("<br>") + tr("This is the layer's target level.");
    return tip;
}

bool CoverageMatrix::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const auto [layer, level] = cellAt(help->pos());
        if (layer >= 0)
            QToolTip::showText(help->globalPos(), cellToolTip(layerAt(layer), levelAt(level)), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace iiot::ui
