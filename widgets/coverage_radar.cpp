#include "coverage_radar.h"

#include "coverage_format.h"

#include <QFontMetrics>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace iiot::ui {

namespace {

constexpr int kSpokes = 4;
constexpr double kLabelRadius = 3.3; // labels sit just outside the outer ring and its dots
constexpr int kLabelGap = 6;         // pixels between the label and the plot's edge

// Spoke i points up for i = 0 and turns clockwise.
QPointF spoke(int i, double radius) {
    const double angle = std::numbers::pi / 2 - i * 2 * std::numbers::pi / kSpokes;
    return {radius * std::cos(angle), radius * std::sin(angle)};
}

Qt::Alignment labelAlignment(int i) {
    switch (i) {
    case 0:
        return Qt::AlignHCenter | Qt::AlignBottom;
    case 1:
        return Qt::AlignLeft | Qt::AlignVCenter;
    case 2:
        return Qt::AlignHCenter | Qt::AlignTop;
    default:
        return Qt::AlignRight | Qt::AlignVCenter;
    }
}

QCPCurve* addCurve(QCustomPlot* plot, const QPen& pen, const QBrush& brush, const QString& name) {
    auto* curve = new QCPCurve(plot->xAxis, plot->yAxis);
    curve->setPen(pen);
    curve->setBrush(brush);
    curve->setName(name);
    curve->setSelectable(QCP::stNone);
    return curve;
}

} // namespace

CoverageRadar::CoverageRadar(QWidget* parent) : QCustomPlot(parent) {
    for (QCPAxis* axis : {xAxis, yAxis, xAxis2, yAxis2}) {
        axis->setVisible(false);
        axis->grid()->setVisible(false);
    }
    axisRect()->setAutoMargins(QCP::msNone);
    axisRect()->setMargins(QMargins(2, 2, 2, 2));
    setBackground(palette().base());
    setInteractions({}); // a summary, not a chart to explore

    QFont small = font();
    small.setPixelSize(10);
    // Rings at the three levels and the spokes: grey scaffolding, left out of the legend.
    const QPen ringPen(QColor(0xcb, 0xd2, 0xd9), 1);
    for (int ring = 1; ring <= 3; ++ring) {
        QCPCurve* curve = addCurve(this, ringPen, Qt::NoBrush, {});
        setPolygon(curve, {double(ring), double(ring), double(ring), double(ring)});
        curve->removeFromLegend();
        auto* mark = new QCPItemText(this);
        mark->position->setCoords(0.08, ring);
        mark->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
        mark->setFont(small);
        mark->setColor(QColor(0x7b, 0x87, 0x94));
        mark->setText(QString::number(ring));
    }
    for (int i = 0; i < kSpokes; ++i) {
        auto* line = new QCPItemLine(this);
        line->start->setCoords(0, 0);
        const QPointF end = spoke(i, kMaxScore);
        line->end->setCoords(end.x(), end.y());
        line->setPen(ringPen);
    }

    targetCurve_ = addCurve(this, QPen(QColor(0xdc, 0x26, 0x26), 2, Qt::DashLine), Qt::NoBrush, tr("Target"));
    achievedCurve_ =
        addCurve(this, QPen(QColor(0x25, 0x63, 0xeb), 2), QColor(0x25, 0x63, 0xeb, 60), tr("Achieved"));
    achievedCurve_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 6));

    QFont labelFont = font();
    labelFont.setPixelSize(11);
    for (int i = 0; i < kSpokes; ++i) {
        auto* label = new QCPItemText(this);
        const QPointF at = spoke(i, kLabelRadius);
        label->position->setCoords(at.x(), at.y());
        label->setPositionAlignment(labelAlignment(i));
        label->setTextAlignment(Qt::AlignCenter);
        label->setFont(labelFont);
        label->setColor(QColor(0x1f, 0x29, 0x33));
        labels_[static_cast<std::size_t>(i)] = label;
    }

    legend->setVisible(true);
    QFont legendFont = font();
    legendFont.setPixelSize(10);
    legend->setFont(legendFont);
    legend->setBorderPen(Qt::NoPen);
    legend->setBrush(QColor(255, 255, 255, 200));
    legend->setIconSize(18, 8);
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);

    setResult(nullptr);
}

QString CoverageRadar::spokeLabel(model::FrameworkLayer layer) const {
    return labels_[static_cast<std::size_t>(layer)]->text();
}

void CoverageRadar::setResult(const solvers::CoverageResult* result) {
    achieved_ = {};
    target_ = {kMaxScore, kMaxScore, kMaxScore, kMaxScore};
    if (result) {
        for (const auto& layer : result->layers) {
            const auto i = static_cast<std::size_t>(layer.layer);
            achieved_[i] = layer.score;
            target_[i] = static_cast<double>(layer.target) + 1; // integration = 1 ... fusion = 3
        }
    }
    setPolygon(achievedCurve_, achieved_);
    setPolygon(targetCurve_, target_);
    achievedCurve_->setVisible(result != nullptr);
    targetCurve_->setVisible(result != nullptr);
    for (int i = 0; i < kSpokes; ++i) {
        const auto layer = static_cast<model::FrameworkLayer>(i);
        const auto k = static_cast<std::size_t>(i);
        QString text = frameworkLayerName(layer);
        if (result)
            text += QStringLiteral("\n%1 / %2")
                        .arg(formatScore(achieved_[k]), QString::number(target_[k], 'f', 0));
        labels_[k]->setText(text);
    }
    fitRanges();
    replot(rpQueuedReplot);
}

void CoverageRadar::setPolygon(QCPCurve* curve, const std::array<double, 4>& radii) {
    QVector<double> t, x, y;
    for (int i = 0; i <= kSpokes; ++i) {
        const QPointF p = spoke(i % kSpokes, radii[static_cast<std::size_t>(i % kSpokes)]);
        t << i;
        x << p.x();
        y << p.y();
    }
    curve->setData(t, x, y, true);
}

void CoverageRadar::fitRanges() {
    // One unit is as many pixels across as up, and the labels keep room outside the outer ring.
    // The axis rect fills the widget but for its fixed margins (no axes, title or auto margins);
    // computed here because QCustomPlot lays it out only when it replots.
    const QRect area = rect().marginsRemoved(axisRect()->margins());
    if (area.width() <= 0 || area.height() <= 0)
        return;
    int sideRoom = 0, endRoom = 0;
    for (int i = 0; i < kSpokes; ++i) {
        const QCPItemText* label = labels_[static_cast<std::size_t>(i)];
        const QSize size = QFontMetrics(label->font()).size(0, label->text());
        if (i % 2 == 0)
            endRoom = std::max(endRoom, size.height() + kLabelGap);
        else
            sideRoom = std::max(sideRoom, size.width() + kLabelGap);
    }
    const double unitX = (area.width() / 2.0 - sideRoom) / kLabelRadius;
    const double unitY = (area.height() / 2.0 - endRoom) / kLabelRadius;
    const double unit = std::max(1.0, std::min(unitX, unitY));
    const double halfWidth = area.width() / 2.0 / unit, halfHeight = area.height() / 2.0 / unit;
    xAxis->setRange(-halfWidth, halfWidth);
    yAxis->setRange(-halfHeight, halfHeight);
}

void CoverageRadar::resizeEvent(QResizeEvent* event) {
    QCustomPlot::resizeEvent(event);
    fitRanges();
    replot(rpQueuedReplot);
}

} // namespace iiot::ui
