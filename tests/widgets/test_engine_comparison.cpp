// Run ▸ Compare Slicing / Offloading Methods: every method runs with the same seed off the GUI
// thread; each method's stored document equals a direct engine run; the chart has one axis rect
// per metric and in each one bar per method whose height is the metric read from that method's
// document (shares in percent); the table says the same; one undo step takes all the results
// back; Cancel stores nothing.
#include "engine_gui_support.h"

#include "model/type_library.h"
#include "solvers/offloading.h"
#include "solvers/slicing.h"
#include "widgets/engine_comparison.h"
#include "widgets/engine_comparison_charts.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QtTest>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

using namespace iiot;

namespace {

// Each method's bars, per metric, read off the chart: metric field -> method -> height.
QMap<QString, QMap<QString, double>> barsOf(QCustomPlot* plot, int& rects) {
    QMap<QString, QMap<QString, double>> out;
    rects = static_cast<int>(plot->axisRects().size());
    for (QCPAxisRect* rect : plot->axisRects())
        for (QCPAbstractPlottable* plottable : rect->plottables()) {
            auto* bars = qobject_cast<QCPBars*>(plottable);
            if (bars == nullptr || bars->data()->size() != 1)
                continue;
            // Small metrics are drawn in units of a power of ten, named on the value axis.
            const double factor = bars->property("displayFactor").toDouble();
            if (factor != 1.0 && !rect->axis(QCPAxis::atLeft)->label().contains(QChar(0x00d7)))
                continue; // an unexplained scale: the metric goes missing and the check fails
            out[bars->property("metric").toString()][bars->name()] =
                bars->data()->begin()->mainValue() / factor;
        }
    return out;
}

// Checks the chart against the documents: one bar per method and metric, value x scale.
void checkChart(QCustomPlot* plot, const QList<QJsonObject>& documents,
                const QVector<ui::ComparisonMetric>& metrics) {
    int rects = 0;
    const auto bars = barsOf(plot, rects);
    QCOMPARE(rects, static_cast<int>(metrics.size()));
    QCOMPARE(bars.size(), metrics.size());
    for (const ui::ComparisonMetric& metric : metrics) {
        QCOMPARE(bars.value(metric.field).size(), documents.size());
        for (const QJsonObject& document : documents) {
            const QString method = document.value("method").toString();
            QVERIFY2(bars.value(metric.field).contains(method), qPrintable(method));
            const double expected = document.value(metric.field).toDouble() * metric.scale;
            QVERIFY2(std::abs(bars.value(metric.field).value(method) - expected) <=
                         1e-12 * std::max(1.0, std::abs(expected)),
                     qPrintable(QStringLiteral("%1 %2").arg(method, metric.field)));
        }
    }
}

} // namespace

class TestEngineComparison : public QObject {
    Q_OBJECT

private slots:
    void slicingMethodsSideBySide() {
        ui::MainWindow window;
        window.show();
        QVERIFY(window.openProject(test::examplePath("slicing-testbed.yaml")));
        const model::Project project = window.document()->project();
        QAction* compare = test::runMenuAction(window, "compareSlicingAction");
        QVERIFY(compare != nullptr);
        compare->trigger();
        ui::EngineComparison* view = window.slicingComparison();
        QVERIFY(view != nullptr && view->isVisible());
        QCOMPARE(view->methods(), (QStringList{"stnra", "dnso", "ffpa", "exact"}));
        view->seedSpin()->setValue(4);
        QSignalSpy finished(view, &ui::EngineComparison::comparisonFinished);
        QTest::mouseClick(view->runButton(), Qt::LeftButton);
        QVERIFY(view->isRunning());
        QVERIFY(finished.wait(180000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(view->progressBar()->value(), view->progressBar()->maximum());

        // Each method's document is the engine's own for the same seed.
        QCOMPARE(view->results().size(), 4);
        QList<QJsonObject> succeeded;
        for (int k = 0; k < 4; ++k) {
            const QJsonObject& shown = view->results()[k];
            QCOMPARE(shown.value("method").toString(), view->methods()[k]);
            if (shown.contains("error")) {
                QCOMPARE(view->methods()[k], QStringLiteral("exact")); // only the solver may be missing
                continue;
            }
            solvers::SlicingParameters parameters;
            parameters.seed = 4;
            const auto method = *solvers::slicingMethodFromString(view->methods()[k].toStdString());
            const solvers::SlicingResult direct =
                solvers::runSlicing(project, model::TypeLibrary::builtin(), method, parameters);
            QVERIFY2(direct.ok(), direct.error.c_str());
            QJsonObject withoutSolve = shown;
            withoutSolve.remove("solve_ms");
            QCOMPARE(withoutSolve, test::withoutTimings(solvers::slicingJson(direct)));
            succeeded << shown;
        }
        QVERIFY(succeeded.size() >= 3);
        checkChart(view->chart(), succeeded, ui::slicingComparisonMetrics());
        QCOMPARE(ui::slicingComparisonMetrics()[0].field, QStringLiteral("admitted_rate"));
        QCOMPARE(ui::slicingComparisonMetrics()[0].scale, 100.0); // percent on the axis

        // The table: a row per method, the figures of its document.
        QTableWidget* table = view->table();
        QCOMPARE(table->rowCount(), 4);
        for (int row = 0; row < 4; ++row) {
            const QJsonObject& r = view->results()[row];
            if (r.contains("error"))
                continue;
            QCOMPARE(table->item(row, 1)->data(Qt::UserRole).toDouble(),
                     100 * r.value("admitted_rate").toDouble());
            QCOMPARE(table->item(row, 2)->data(Qt::UserRole).toDouble(), r.value("average_cost").toDouble());
        }

        // Every successful method's result is stored, with its parameters, as one undo step.
        QCOMPARE(view->storedIds().size(), succeeded.size());
        for (int k = 0; k < view->storedIds().size(); ++k) {
            const model::StoredResult* stored = window.document()->result(view->storedIds()[k]);
            QVERIFY(stored != nullptr);
            QCOMPARE(stored->kind, std::string("slice"));
            QCOMPARE(QString::fromStdString(stored->method), succeeded[k].value("method").toString());
            QVERIFY(QString::fromStdString(stored->parameters).contains("\"seed\":4"));
            QCOMPARE(QJsonDocument::fromJson(QByteArray::fromStdString(stored->json)).object(), succeeded[k]);
        }
        QCOMPARE(window.document()->undoStack()->count(), 1);
        window.document()->undoStack()->undo();
        QVERIFY(window.document()->project().results.empty());
    }

    void offloadingMethodsSideBySide() {
        ui::MainWindow window;
        window.show();
        QVERIFY(window.openProject(test::examplePath("fog-cms-feasible.yaml")));
        const model::Project project = window.document()->project();
        test::runMenuAction(window, "compareOffloadingAction")->trigger();
        ui::EngineComparison* view = window.offloadingComparison();
        QVERIFY(view != nullptr);
        QCOMPARE(view->methods(), (QStringList{"astp", "ascm", "rstp", "rscm"}));
        view->seedSpin()->setValue(2);
        QSignalSpy finished(view, &ui::EngineComparison::comparisonFinished);
        QVERIFY(view->run());
        QVERIFY(finished.wait(120000));
        QCOMPARE(view->results().size(), 4);
        for (int k = 0; k < 4; ++k) {
            solvers::OffloadParameters parameters;
            parameters.method = *solvers::offloadMethodFromString(view->methods()[k].toStdString());
            parameters.seed = 2;
            const solvers::OffloadOutcome direct =
                solvers::runOffloading(project, model::TypeLibrary::builtin(), parameters);
            QVERIFY2(direct.result.has_value(), direct.error.c_str());
            QCOMPARE(view->results()[k], test::withoutTimings(solvers::offloadJson(*direct.result)));
        }
        checkChart(view->chart(), view->results(), ui::offloadingComparisonMetrics());
        // The example's contract (issue 5): ASTP's total delay is at most ASCM's, and its
        // reliability at least RSCM's; the bars show it.
        int rects = 0;
        const auto bars = barsOf(view->chart(), rects);
        QVERIFY(bars["total_delay_ms"]["astp"] <= bars["total_delay_ms"]["ascm"]);
        QVERIFY(bars["reliability"]["astp"] >= bars["reliability"]["rscm"]);
        QCOMPARE(view->storedIds().size(), 4);
        for (long long id : view->storedIds())
            QCOMPARE(window.document()->result(id)->kind, std::string("offload"));
    }

    void cancelStoresNothing() {
        ui::MainWindow window;
        window.show();
        QVERIFY(window.openProject(test::examplePath("slicing-testbed.yaml")));
        test::runMenuAction(window, "compareSlicingAction")->trigger();
        ui::EngineComparison* view = window.slicingComparison();
        QSignalSpy finished(view, &ui::EngineComparison::comparisonFinished);
        QVERIFY(view->run());
        // Cancelled before the first method's end is even delivered: whatever it computed is dropped.
        QTest::mouseClick(view->cancelButton(), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY(!view->isRunning());
        QVERIFY(view->storedIds().isEmpty());
        QVERIFY(window.document()->project().results.empty());
        QCOMPARE(window.document()->undoStack()->count(), 0);
        QVERIFY(view->statusLabel()->text().contains(QStringLiteral("nothing was stored")));
    }
};

QTEST_MAIN(TestEngineComparison)
#include "test_engine_comparison.moc"
