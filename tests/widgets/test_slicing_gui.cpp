// Run ▸ Slice Network on the [S3] testbed: the dialog passes method, seed and node cost function to
// the engine on a worker thread and stores exactly the engine's document; the Slicing panel lists
// every service and the rejected ones with their reasons; the canvas shows one walk per admitted
// service through the walk's elements in order and the VNF badges on the hosts the document names;
// a hidden layer hides its part; the panel's row choice emphasises a walk; closing the dock,
// undoing the run or opening another project clears the canvas; Cancel stores nothing.
#include "engine_gui_support.h"

#include "model/type_library.h"
#include "solvers/slicing.h"
#include "widgets/element_item.h"
#include "widgets/results_dock.h"
#include "widgets/slice_badge_item.h"
#include "widgets/slice_legend_item.h"
#include "widgets/slice_overlay.h"
#include "widgets/slice_path_item.h"
#include "widgets/slicing_dialog.h"
#include "widgets/slicing_result_panel.h"
#include "widgets/topology_scene.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QtTest>

#include <cmath>

using namespace iiot;

namespace {

// Opens the dialog from the Run menu, sets method, seed and cost function, presses Run; the
// stored id or 0.
long long runFromMenu(ui::MainWindow& window, const QString& method, int seed, const QString& costFunction) {
    QAction* slice = test::runMenuAction(window, "sliceAction");
    if (slice == nullptr || !slice->isEnabled())
        return 0;
    slice->trigger();
    ui::SlicingDialog* dialog = window.slicingDialog();
    if (!dialog->isVisible() || !dialog->setMethod(method))
        return 0;
    dialog->setSeed(static_cast<std::uint64_t>(seed));
    const int function = dialog->costFunctionCombo()->findData(costFunction);
    if (function < 0)
        return 0;
    dialog->costFunctionCombo()->setCurrentIndex(function);
    QSignalSpy stored(dialog, &ui::SlicingDialog::resultStored);
    QTest::mouseClick(dialog->runButton(), Qt::LeftButton);
    if (!stored.wait(60000))
        return 0;
    return stored.at(0).at(0).toLongLong();
}

QStringList strings(const QJsonValue& v) {
    QStringList out;
    for (const QJsonValue& item : v.toArray())
        out << item.toString();
    return out;
}

const model::Service* serviceOf(const model::Project& p, const QString& id) {
    for (const model::Service& s : p.services)
        if (QString::fromStdString(s.id) == id)
            return &s;
    return nullptr;
}

// Squared distance from a point to the infinite line through a hop: zero when the hop lies on
// the segment between the two element centres shifted sideways.
double crossTrack(const QLineF& hop, QPointF a, QPointF b) {
    const QPointF d = b - a;
    const double length = std::hypot(d.x(), d.y());
    auto distance = [&](QPointF p) {
        return std::abs(d.x() * (p.y() - a.y()) - d.y() * (p.x() - a.x())) / length;
    };
    return std::abs(distance(hop.p1()) - distance(hop.p2()));
}

} // namespace

class TestSlicingGui : public QObject {
    Q_OBJECT

private slots:
    void runIsStoredListedAndDrawn() {
        ui::MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.openProject(test::examplePath("slicing-testbed.yaml")));
        const model::Project project = window.document()->project();

        const long long id = runFromMenu(window, QStringLiteral("stnra"), 7, QStringLiteral("step"));
        QVERIFY(id != 0);
        const model::StoredResult* stored = window.document()->result(id);
        QVERIFY(stored != nullptr);
        QCOMPARE(stored->kind, std::string("slice"));
        QCOMPARE(stored->method, std::string("stnra"));
        QCOMPARE(stored->parameters, std::string("{\"cost_function\":\"step\",\"seed\":7}"));

        // The same run made directly: every host's cost function replaced by `step`.
        model::Project input = project;
        for (model::Element& e : input.elements)
            if (e.vnf)
                e.vnf->cost_function = model::CostFunction::Step;
        solvers::SlicingParameters parameters;
        parameters.seed = 7;
        const solvers::SlicingResult direct = solvers::runSlicing(input, model::TypeLibrary::builtin(),
                                                                  solvers::SlicingMethod::Stnra, parameters);
        QVERIFY2(direct.ok(), direct.error.c_str());
        QCOMPARE(test::withoutTimings(stored->json), test::withoutTimings(solvers::slicingJson(direct)));
        // The step function changes costs: the run really used it.
        const solvers::SlicingResult linear = solvers::runSlicing(project, model::TypeLibrary::builtin(),
                                                                  solvers::SlicingMethod::Stnra, parameters);
        QVERIFY(test::withoutTimings(solvers::slicingJson(linear)) != test::withoutTimings(stored->json));

        const QJsonObject json = test::withoutTimings(stored->json);
        const QJsonArray services = json.value("services").toArray();
        QCOMPARE(services.size(), static_cast<qsizetype>(project.services.size()));
        QStringList admitted, rejected;
        for (const QJsonValue& v : services)
            (v.toObject().value("admitted").toBool() ? admitted : rejected)
                << v.toObject().value("id").toString();
        QVERIFY(!admitted.isEmpty());

        // The panel: one row per service in the document's order, with its numbers; the
        // rejected list is the document's rejected set with its reasons.
        ui::SlicingResultPanel* panel = window.slicingPanel();
        QVERIFY(window.slicingDock()->isVisible());
        QCOMPARE(panel->resultId(), id);
        QTableWidget* table = panel->table();
        QCOMPARE(table->rowCount(), static_cast<int>(services.size()));
        for (int row = 0; row < table->rowCount(); ++row) {
            const QJsonObject s = services[row].toObject();
            QCOMPARE(table->item(row, ui::SlicingResultPanel::ServiceColumn)->text(),
                     s.value("id").toString());
            QCOMPARE(table->item(row, ui::SlicingResultPanel::AdmittedColumn)->text(),
                     s.value("admitted").toBool() ? QStringLiteral("yes") : QStringLiteral("no"));
            const model::Service* service = serviceOf(project, s.value("id").toString());
            QVERIFY(service != nullptr);
            QCOMPARE(table->item(row, ui::SlicingResultPanel::BoundColumn)->data(Qt::UserRole).toDouble(),
                     service->max_delay_ms);
            if (!s.value("admitted").toBool())
                continue;
            QCOMPARE(table->item(row, ui::SlicingResultPanel::CostColumn)->data(Qt::UserRole).toDouble(),
                     s.value("cost").toDouble());
            QCOMPARE(table->item(row, ui::SlicingResultPanel::DelayColumn)->data(Qt::UserRole).toDouble(),
                     s.value("delay_ms").toDouble());
            QVERIFY(s.value("delay_ms").toDouble() <= service->max_delay_ms);
            // "vnf@host" per chain entry, in chain order.
            QStringList placed;
            const QStringList hosts = strings(s.value("placement"));
            for (std::size_t j = 0; j < service->chain->size(); ++j)
                placed << QStringLiteral("%1@%2").arg(QString::fromStdString((*service->chain)[j]), hosts[j]);
            QCOMPARE(table->item(row, ui::SlicingResultPanel::PlacementColumn)->text(), placed.join(", "));
            QCOMPARE(table->item(row, ui::SlicingResultPanel::PathColumn)->text(),
                     strings(s.value("path")).join(QStringLiteral(" \u2192 ")));
        }
        QTableWidget* rejectedTable = panel->rejectedTable();
        QCOMPARE(rejectedTable->rowCount(), static_cast<int>(rejected.size()));
        for (int row = 0; row < rejectedTable->rowCount(); ++row) {
            const QString sid =
                rejectedTable->item(row, ui::SlicingResultPanel::RejectedServiceColumn)->text();
            QCOMPARE(sid, rejected[row]);
            for (const QJsonValue& v : services)
                if (v.toObject().value("id").toString() == sid)
                    QCOMPARE(rejectedTable->item(row, ui::SlicingResultPanel::ReasonColumn)->text(),
                             v.toObject().value("reason").toString());
        }

        // The canvas: a fresh run is shown at once, one walk per admitted service.
        QVERIFY(panel->showOnCanvasBox()->isChecked());
        ui::SliceOverlay* overlay = window.sliceOverlay();
        ui::TopologyScene* scene = window.scene();
        QVERIFY(overlay->isShown());
        QCOMPARE(overlay->pathItems().size(), admitted.size());
        QSet<QPair<QString, QString>> expectedBadges;
        for (const QJsonValue& v : services) {
            const QJsonObject s = v.toObject();
            if (!s.value("admitted").toBool())
                continue;
            ui::SlicePathItem* item = nullptr;
            for (ui::SlicePathItem* candidate : overlay->pathItems())
                if (candidate->serviceId() == s.value("id").toString())
                    item = candidate;
            QVERIFY(item != nullptr);
            const QStringList path = strings(s.value("path"));
            QCOMPARE(item->elementIds(), path);
            QCOMPARE(item->vertices().size(), path.size());
            QCOMPARE(item->hops().size(), path.size() - 1);
            for (qsizetype k = 0; k < path.size(); ++k)
                QCOMPARE(item->vertices()[k], scene->elementItem(path[k])->centre());
            // Each hop runs alongside the segment between its two elements, the same way, within
            // the spread of parallel links and services.
            for (qsizetype k = 0; k + 1 < path.size(); ++k) {
                const QLineF hop = item->hops()[k];
                const QPointF a = item->vertices()[k], b = item->vertices()[k + 1];
                QVERIFY(crossTrack(hop, a, b) < 1e-6);
                QVERIFY(QLineF(hop.p1(), a).length() < 20);
                QVERIFY(QLineF(hop.p2(), b).length() < 20);
                QVERIFY(item->isHopShown(static_cast<int>(k)));
            }
            for (const QString& host : strings(s.value("placement")))
                expectedBadges.insert({host, s.value("id").toString()});
        }
        QSet<QPair<QString, QString>> badges;
        for (ui::SliceBadgeItem* badge : overlay->badgeItems()) {
            badges.insert({badge->hostId(), badge->serviceId()});
            // The badge names the chain entries placed on that host, in chain order.
            const QJsonObject s = [&] {
                for (const QJsonValue& v : services)
                    if (v.toObject().value("id").toString() == badge->serviceId())
                        return v.toObject();
                return QJsonObject();
            }();
            const model::Service* service = serviceOf(project, badge->serviceId());
            const QStringList hosts = strings(s.value("placement"));
            QStringList names;
            for (qsizetype j = 0; j < hosts.size(); ++j)
                if (hosts[j] == badge->hostId())
                    names << QString::fromStdString((*service->chain)[static_cast<std::size_t>(j)]);
            QCOMPARE(badge->vnfNames(), names);
        }
        QCOMPARE(badges, expectedBadges);
        QCOMPARE(overlay->legend()->entries().size(), services.size());

        // Choosing a row emphasises that walk.
        QVERIFY(panel->selectService(admitted.front()));
        QCOMPARE(overlay->highlightedService(), admitted.front());
        for (ui::SlicePathItem* item : overlay->pathItems())
            QCOMPARE(item->emphasis(), item->serviceId() == admitted.front()
                                           ? ui::SlicePathItem::Emphasis::Highlighted
                                           : ui::SlicePathItem::Emphasis::Dimmed);

        // Hiding the service-support layer (the monitoring server) hides exactly the hops that
        // touch it and the badges on it.
        scene->setLayerHidden(model::ElementLayer::Service, true);
        int hidden = 0, shown = 0;
        for (ui::SlicePathItem* item : overlay->pathItems())
            for (int k = 0; k + 1 < item->elementIds().size(); ++k) {
                const bool visible = scene->elementItem(item->elementIds()[k])->isVisible() &&
                                     scene->elementItem(item->elementIds()[k + 1])->isVisible();
                QCOMPARE(item->isHopShown(k), visible);
                (visible ? shown : hidden) += 1;
            }
        QVERIFY(hidden > 0 && shown > 0);
        for (ui::SliceBadgeItem* badge : overlay->badgeItems())
            QCOMPARE(badge->isVisible(), scene->elementItem(badge->hostId())->isVisible());
        scene->setLayerHidden(model::ElementLayer::Service, false);

        // Unticking the box, or closing the dock, takes the drawing away.
        panel->showOnCanvasBox()->setChecked(false);
        QVERIFY(!overlay->isShown());
        QVERIFY(overlay->pathItems().isEmpty());
        panel->showOnCanvasBox()->setChecked(true);
        QCOMPARE(overlay->pathItems().size(), admitted.size());
        window.slicingDock()->close();
        QVERIFY(!overlay->isShown());
        QVERIFY(!panel->showOnCanvasBox()->isChecked());

        // Reopened from the Results dock, the panel shows the same; undo takes the result back.
        emit window.resultsDock()->resultActivated(id);
        QVERIFY(window.slicingDock()->isVisible());
        QCOMPARE(panel->table()->rowCount(), static_cast<int>(services.size()));
        panel->showOnCanvasBox()->setChecked(true);
        window.document()->undoStack()->undo();
        QVERIFY(window.document()->result(id) == nullptr);
        QCOMPARE(panel->resultId(), 0);
        QCOMPARE(panel->table()->rowCount(), 0);
        QVERIFY(!overlay->isShown());
    }

    void anotherProjectClearsTheCanvas() {
        ui::MainWindow window;
        window.show();
        QVERIFY(window.openProject(test::examplePath("slicing-testbed.yaml")));
        QVERIFY(runFromMenu(window, QStringLiteral("ffpa"), 1, QString()) != 0);
        QVERIFY(window.sliceOverlay()->isShown());
        QVERIFY(window.openProject(test::examplePath("slicing-testbed.yaml")));
        QVERIFY(!window.sliceOverlay()->isShown());
        QCOMPARE(window.slicingPanel()->table()->rowCount(), 0);
        QVERIFY(window.scene()->overlayRect().isNull());
    }

    // Cancel pressed while the run is going: whatever the engine computed is dropped, the dialog
    // stays, nothing is stored and there is no undo step.
    void cancelledRunStoresNothing() {
        ui::MainWindow window;
        window.show();
        QVERIFY(window.openProject(test::examplePath("slicing-testbed.yaml")));
        test::runMenuAction(window, "sliceAction")->trigger();
        ui::SlicingDialog* dialog = window.slicingDialog();
        QVERIFY(dialog->setMethod(QStringLiteral("dnso")));
        QVERIFY(dialog->populationSpin()->isEnabled());
        QVERIFY(!dialog->timeLimitSpin()->isEnabled());
        QSignalSpy cancelled(dialog, &ui::EngineRunDialog::runCancelled);
        QSignalSpy stored(dialog, &ui::SlicingDialog::resultStored);
        QTest::mouseClick(dialog->runButton(), Qt::LeftButton);
        QVERIFY(dialog->isRunning());
        QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
        QVERIFY(cancelled.wait(60000));
        QVERIFY(dialog->isVisible());
        QCOMPARE(stored.count(), 0);
        QVERIFY(window.document()->project().results.empty());
        QCOMPARE(window.document()->undoStack()->count(), 0);
    }
};

QTEST_MAIN(TestSlicingGui)
#include "test_slicing_gui.moc"
