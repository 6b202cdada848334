// The Results dock: lists every stored run, opens allocate/offload results in their panels and
// announces the other kinds, deletes with Delete as undoable steps, follows undo and new projects.
#include "engine_gui_support.h"

#include "widgets/allocation_panel.h"
#include "widgets/command_store_result.h"
#include "widgets/element_item.h"
#include "widgets/offloading_panel.h"
#include "widgets/results_dock.h"
#include "widgets/topology_scene.h"

#include <QAction>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTreeWidget>
#include <QtTest>

using namespace iiot;

namespace {

model::StoredResult storedResult(const std::string& kind, const std::string& method,
                                 const std::string& parameters, const std::string& json) {
    model::StoredResult r;
    r.kind = kind;
    r.method = method;
    r.parameters = parameters;
    r.created = "2026-03-01T12:00:00Z";
    r.json = json;
    return r;
}

long long store(ui::Document* document, model::StoredResult result) {
    auto* command = new ui::StoreResultCommand(document, std::move(result));
    document->undoStack()->push(command);
    return command->resultId();
}

// A two-application allocation on one host, written by hand.
const char* kAllocation = R"({"method":"greedy","admitted":1,"rejected":1,"admission_rate":0.5,
 "satisfaction":0.4,"active_hosts":1,"optimal":false,"solve_ms":0.01,"admitted_priority":8,
 "weighted_satisfaction":4,
 "allocations":[{"application":"control","host":"edge","amounts":{"memory_gb":3},"priority":8,"satisfaction":0.5}],
 "rejections":[{"application":"vision","reason":"no host has 40 memory_gb left"}],
 "hosts":[{"host":"edge","active":true,"applications":1,"resources":{"memory_gb":{"capacity":4,"used":3,"utilisation":0.75}}}]})";

const char* kOffload =
    R"({"method":"rscm","seed":4,"total_delay_ms":3,"average_delay_ms":1.5,"reliability":0.5,
 "satisfaction":0.25,"modes":{"local":1,"edge":1,"cloud":0},
 "tasks":[{"element":"s1","application":"a","mode":"local","host":"s1","delay_ms":1,"met":true,"max_latency_ms":2,
 "data_kb":1,"instructions_mi":1,"upload_ms":0,"wait_ms":0,"priority":0},
 {"element":"s2","application":"a","mode":"edge","host":"e1","delay_ms":2,"met":false,"max_latency_ms":1,
 "data_kb":1,"instructions_mi":1,"upload_ms":0.5,"wait_ms":0.25,"priority":0.3}]})";

QTreeWidgetItem* rowOf(ui::ResultsDock* dock, long long id) {
    for (int i = 0; i < dock->list()->topLevelItemCount(); ++i)
        if (dock->list()->topLevelItem(i)->text(ui::ResultsDock::IdColumn) == QString::number(id))
            return dock->list()->topLevelItem(i);
    return nullptr;
}

void doubleClick(QTreeWidget* list, QTreeWidgetItem* item) {
    const QRect rect = list->visualItemRect(item);
    // A user's double-click is a click, then a second press the platform reports as a double
    // click; the view only activates a row its first press landed on.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, rect.center());
}

} // namespace

class TestResultsDock : public QObject {
    Q_OBJECT

private slots:
    void listsOpensAndDeletes() {
        ui::MainWindow window;
        window.show();
        QVERIFY(window.openProject(test::examplePath("sdrm-factory.yaml")));
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::ResultsDock* dock = window.resultsDock();
        dock->show();
        dock->raise();
        QCOMPARE(dock->list()->topLevelItemCount(), 0);
        ui::Document* document = window.document();

        const long long allocation = store(document, storedResult("allocate", "greedy", "{}", kAllocation));
        const long long offload =
            store(document, storedResult("offload", "rscm", R"({"mu1":0.7,"mu2":0.3,"seed":4})", kOffload));
        const long long slice = store(document, storedResult("slice", "stnra", R"({"cost":"load"})", "{}"));
        QCOMPARE(dock->list()->topLevelItemCount(), 3);
        QCOMPARE(dock->windowTitle(), QStringLiteral("Results (3)"));
        QTreeWidgetItem* offloadRow = rowOf(dock, offload);
        QVERIFY(offloadRow != nullptr);
        QCOMPARE(offloadRow->text(ui::ResultsDock::KindColumn), QStringLiteral("offload"));
        QCOMPARE(offloadRow->text(ui::ResultsDock::MethodColumn), QStringLiteral("rscm"));
        QCOMPARE(offloadRow->text(ui::ResultsDock::ParametersColumn),
                 QStringLiteral("mu1 0.7, mu2 0.3, seed 4"));
        QCOMPARE(offloadRow->text(ui::ResultsDock::CreatedColumn), QStringLiteral("2026-03-01T12:00:00Z"));

        // Double-click opens allocate and offload results in their panels.
        QSignalSpy activated(dock, &ui::ResultsDock::resultActivated);
        doubleClick(dock->list(), rowOf(dock, allocation));
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.last().at(0).toLongLong(), allocation);
        QCOMPARE(window.allocationPanel()->resultId(), allocation);
        QTableWidget* table = window.allocationPanel()->table();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, ui::AllocationPanel::HostColumn)->text(), QStringLiteral("edge"));
        QCOMPARE(table->item(0, ui::AllocationPanel::FirstResourceColumn)->data(Qt::UserRole).toDouble(),
                 3.0);
        QCOMPARE(table->item(1, window.allocationPanel()->statusColumn())->text(),
                 QStringLiteral("rejected: no host has 40 memory_gb left"));

        doubleClick(dock->list(), rowOf(dock, offload));
        QCOMPARE(window.offloadingPanel()->resultId(), offload);
        QCOMPARE(window.offloadingPanel()->table()->rowCount(), 2);
        QCOMPARE(window.offloadingPanel()->table()->item(1, ui::OffloadingPanel::MetColumn)->text(),
                 QStringLiteral("no"));

        // Other kinds are announced for their own views; the engine panels keep what they show.
        doubleClick(dock->list(), rowOf(dock, slice));
        QCOMPARE(activated.last().at(0).toLongLong(), slice);
        QVERIFY(!window.showStoredResult(slice));
        QCOMPARE(window.allocationPanel()->resultId(), allocation);

        // Delete in the list removes the selected result as one undo step; the panel showing it
        // empties.
        const int steps = document->undoStack()->count();
        dock->list()->setFocus();
        dock->list()->clearSelection();
        dock->list()->setCurrentItem(rowOf(dock, allocation));
        QTest::keyClick(dock->list(), Qt::Key_Delete);
        QVERIFY(document->result(allocation) == nullptr);
        QCOMPARE(dock->list()->topLevelItemCount(), 2);
        QCOMPARE(document->undoStack()->count(), steps + 1);
        QCOMPARE(window.allocationPanel()->resultId(), 0);
        document->undoStack()->undo();
        QVERIFY(document->result(allocation) != nullptr);
        QCOMPARE(dock->list()->topLevelItemCount(), 3);

        // Several selected: removed together, undone together.
        dock->list()->selectAll();
        dock->deleteAction()->trigger();
        QVERIFY(document->project().results.empty());
        QCOMPARE(document->undoStack()->count(), steps + 1);
        document->undoStack()->undo();
        QCOMPARE(document->project().results.size(), std::size_t{3});
        QCOMPARE(document->project().results[1].id, offload); // back in their places

        // A new project empties the list.
        QVERIFY(window.openProject(test::examplePath("fog-cms-feasible.yaml")));
        QCOMPARE(dock->list()->topLevelItemCount(), 0);
        QCOMPARE(window.offloadingPanel()->resultId(), 0);
    }

    void deleteKeyLeavesTheCanvasAlone() {
        ui::MainWindow window;
        window.show();
        QVERIFY(window.openProject(test::examplePath("sdrm-factory.yaml")));
        const std::size_t elements = window.document()->project().elements.size();
        const long long id = store(window.document(), storedResult("allocate", "greedy", "{}", kAllocation));
        // An element selected on the canvas: the window's own Delete would remove it.
        QVERIFY(!window.scene()->elementItems().isEmpty());
        window.scene()->elementItems().begin().value()->setSelected(true);
        ui::ResultsDock* dock = window.resultsDock();
        dock->show();
        dock->raise();
        dock->list()->setCurrentItem(rowOf(dock, id));
        dock->list()->setFocus();
        QTest::keyClick(dock->list(), Qt::Key_Delete);
        QVERIFY(window.document()->project().results.empty());
        QCOMPARE(window.document()->project().elements.size(), elements);
    }

    void parametersAsOneLine() {
        QCOMPARE(ui::ResultsDock::parametersText("{}"), QString());
        QCOMPARE(ui::ResultsDock::parametersText(R"({"time_limit_s":60})"),
                 QStringLiteral("time_limit_s 60"));
        QCOMPARE(ui::ResultsDock::parametersText(R"({"a":true,"b":"x","c":[1,2]})"),
                 QStringLiteral("a yes, b x, c [1,2]"));
    }
};

QTEST_MAIN(TestResultsDock)
#include "test_results_dock.moc"
