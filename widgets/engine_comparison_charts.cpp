#include "engine_comparison_charts.h"

#include <qcustomplot.h>

#include <algorithm>
#include <array>
#include <cmath>

namespace iiot::ui {

namespace {

constexpr double kHeadroom = 1.18; // room above the highest bar for its value label

QString valueText(double value) {
    if (value == 0)
        return QStringLiteral("0");
    const double magnitude = std::abs(value);
    if (magnitude >= 1000)
        return QString::number(value, 'f', 0);
    if (magnitude >= 0.01)
        return QString::number(value, 'g', 4);
    return QString::number(value, 'e', 2);
}

// "10⁻²" for -2: the power of ten a small metric is shown in.
QString powerOfTen(int exponent) {
    static const QString digits =
        QStringLiteral("\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079");
    QString text = QStringLiteral("10");
    if (exponent < 0)
        text += QChar(0x207b);
    for (QChar c : QString::number(std::abs(exponent)))
        text += digits.at(c.digitValue());
    return text;
}

// Values all below 0.1 (a variance of 0.02) are drawn in units of a power of ten, so that the
// labels over narrow bars stay short; 0 when the metric is drawn as it is.
int displayExponent(const QList<QJsonObject>& results, const ComparisonMetric& metric) {
    double largest = 0;
    for (const QJsonObject& result : results)
        if (!result.contains(QStringLiteral("error")))
            largest = std::max(largest, std::abs(result.value(metric.field).toDouble() * metric.scale));
    return largest > 0 && largest < 0.1 ? static_cast<int>(std::floor(std::log10(largest))) : 0;
}

} // namespace

const QVector<ComparisonMetric>& slicingComparisonMetrics() {
    static const QVector<ComparisonMetric> metrics{
        {QStringLiteral("admitted_rate"), QObject::tr("Admitted rate"), QObject::tr("admitted services (%)"),
         100},
        {QStringLiteral("average_cost"), QObject::tr("Average cost"),
         QObject::tr("cost per admitted service"), 1},
        {QStringLiteral("average_delay_ms"), QObject::tr("Average delay"), QObject::tr("delay (ms)"), 1},
        {QStringLiteral("cpu_utilization_variance"), QObject::tr("Utilisation variance"),
         QObject::tr("variance of VNF core use (share\u00b2)"), 1},
    };
    return metrics;
}

const QVector<ComparisonMetric>& offloadingComparisonMetrics() {
    static const QVector<ComparisonMetric> metrics{
        {QStringLiteral("total_delay_ms"), QObject::tr("Total delay"), QObject::tr("sum of task delays (ms)"),
         1},
        {QStringLiteral("reliability"), QObject::tr("Reliability"), QObject::tr("tasks on time (%)"), 100},
        {QStringLiteral("satisfaction"), QObject::tr("Satisfaction"),
         QObject::tr("mean satisfaction (0\u20131)"), 1},
    };
    return metrics;
}

QColor comparisonMethodColour(int index) {
    static constexpr std::array<QRgb, 6> kPalette{0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd, 0x8c564b};
    if (index >= 0 && index < static_cast<int>(kPalette.size()))
        return QColor::fromRgb(kPalette[static_cast<std::size_t>(index)]);
    return QColor::fromHsv(static_cast<int>(std::fmod(index * 137.508, 360.0)), 150, 200);
}

void plotMethodComparison(QCustomPlot* plot, const QList<QJsonObject>& results,
                          const QVector<ComparisonMetric>& metrics, const QString& title) {
    plot->clearPlottables();
    plot->clearItems();
    plot->plotLayout()->clear(); // also takes the default axis rect and legend
    plot->setAutoAddPlottableToLegend(false);

    int row = 0;
    if (!title.isEmpty()) {
        QFont font = plot->font();
        font.setBold(true);
        plot->plotLayout()->addElement(row++, 0, new QCPTextElement(plot, title, font));
    }
    if (results.isEmpty()) {
        plot->plotLayout()->addElement(row, 0,
                                       new QCPTextElement(plot, QObject::tr("No results to compare.")));
        plot->replot();
        return;
    }

    auto* charts = new QCPLayoutGrid;
    plot->plotLayout()->addElement(row++, 0, charts);
    auto* legend = new QCPLegend;
    plot->plotLayout()->addElement(row, 0, legend);
    plot->plotLayout()->setRowStretchFactor(row, 0.001);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setLayer(QStringLiteral("legend"));
    legend->setBorderPen(Qt::NoPen);

    const int methods = static_cast<int>(results.size());
    const double width = std::min(0.8 / methods, 0.25);
    for (int m = 0; m < metrics.size(); ++m) {
        const ComparisonMetric& metric = metrics[m];
        auto* rect = new QCPAxisRect(plot);
        charts->addElement(0, m, rect);
        QCPAxis* keys = rect->axis(QCPAxis::atBottom);
        QCPAxis* values = rect->axis(QCPAxis::atLeft);
        QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
        ticker->addTick(1, metric.title);
        keys->setTicker(ticker);
        keys->setRange(1 - 0.5, 1 + 0.5);
        keys->grid()->setVisible(false);
        keys->setTickLength(0, 0);
        keys->setSubTicks(false);
        const int exponent = displayExponent(results, metric);
        const double factor = std::pow(10.0, -exponent);
        values->setLabel(exponent == 0
                             ? metric.axisLabel
                             : QStringLiteral("%1 (\u00d7 %2)").arg(metric.axisLabel, powerOfTen(exponent)));
        values->grid()->setSubGridVisible(false);

        // The methods' bars side by side around the metric's tick, in plot coordinates so that each
        // value label sits over its bar whatever the chart's size.
        double top = 0, bottom = 0;
        QList<QPair<double, double>> placed; // key, value
        for (int k = 0; k < methods; ++k) {
            const QJsonObject& result = results[k];
            if (result.contains(QStringLiteral("error")))
                continue;
            const double value = result.value(metric.field).toDouble() * metric.scale * factor;
            auto* bars = new QCPBars(keys, values);
            bars->setName(result.value(QStringLiteral("method")).toString());
            bars->setProperty("metric", metric.field);
            bars->setProperty("displayFactor", factor);
            const QColor colour = comparisonMethodColour(k);
            bars->setPen(QPen(colour.darker(130)));
            bars->setBrush(colour);
            bars->setWidth(width * 0.9);
            const double key = 1 + (k - (methods - 1) / 2.0) * width;
            bars->addData(key, value);
            if (m == 0)
                bars->addToLegend(legend);
            top = std::max(top, value);
            bottom = std::min(bottom, value);
            placed.append({key, value});
        }
        if (top <= 0 && bottom >= 0)
            top = 1; // all zero: an axis that still has a scale
        values->setRange(bottom * kHeadroom, top * kHeadroom);
        for (const auto& [key, value] : std::as_const(placed)) {
            auto* label = new QCPItemText(plot);
            label->setClipAxisRect(rect);
            label->setClipToAxisRect(true);
            label->position->setAxisRect(rect);
            label->position->setAxes(keys, values);
            label->position->setType(QCPItemPosition::ptPlotCoords);
            label->position->setCoords(key, value);
            label->setPositionAlignment(Qt::AlignHCenter | (value < 0 ? Qt::AlignTop : Qt::AlignBottom));
            label->setText(valueText(value));
            label->setProperty("metric", metric.field);
            QFont font = plot->font();
            font.setPointSizeF(std::max(6.0, font.pointSizeF() - 1.5));
            label->setFont(font);
        }
    }
    plot->replot();
}

void plotSlicingComparison(QCustomPlot* plot, const QList<QJsonObject>& sliceResults) {
    plotMethodComparison(plot, sliceResults, slicingComparisonMetrics(),
                         QObject::tr("Network slicing: methods compared"));
}

void plotOffloadingComparison(QCustomPlot* plot, const QList<QJsonObject>& offloadResults) {
    plotMethodComparison(plot, offloadResults, offloadingComparisonMetrics(),
                         QObject::tr("Computing-mode selection: methods compared"));
}

} // namespace iiot::ui
