// The main window: title, counts, the property table following the selection, problems listed
// (and never a crash) when loading fails, the default example, and screenshots.

#include "sample_project.h"
#include "widgets/document.h"
#include "widgets/element_item.h"
#include "widgets/link_item.h"
#include "widgets/main_window.h"
#include "widgets/problems_panel.h"
#include "widgets/property_table.h"
#include "widgets/topology_scene.h"
#include "widgets/topology_view.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace iiot;

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void titleAndCounts() {
        ui::MainWindow window;
        window.document()->reset(test::sampleProject(), "/tmp/line.yaml");
        QCOMPARE(window.windowTitle(), QString::fromUtf8("Test line[*] \u2014 IIoT Workbench"));
        QCOMPARE(window.countsText(), QString::fromUtf8("7 elements \u00b7 5 links \u00b7 2 zones"));
        QVERIFY(!window.document()->isModified());
        QCOMPARE(window.document()->undoStack()->undoLimit(), ui::Document::kUndoLimit);
    }

    void selectionFillsThePropertyTable() {
        ui::MainWindow window;
        window.document()->reset(test::sampleProject());
        ui::PropertyTable* table = window.propertyTable();
        QCOMPARE(table->value("id"), QString());

        window.scene()->elementItem("plc1")->setSelected(true);
        QCOMPARE(table->value("id"), QString("plc1"));
        QCOMPARE(table->columnSpan(0, 0), 1); // the "No selection" note no longer covers the first row
        QCOMPARE(table->value("kind"), QString("plc (PLC)"));
        QCOMPARE(table->value("layer"), QString("device"));
        QCOMPARE(table->value("name"), QString("Line PLC"));
        QCOMPARE(table->value("zone"), QString("cell"));
        QCOMPARE(table->value("interfaces"), QString("profinet, ethernet"));
        QCOMPARE(table->value("compute.cores"), QString("4"));
        QCOMPARE(table->value("compute.mips_per_core"), QString("1000"));
        QCOMPARE(table->value("position"), QString("automatic layout"));
        // Absent fields show the kind's defaults, marked as such.
        QCOMPARE(table->value("capabilities.device.control"), QString("2 (default)"));

        window.scene()->clearSelection();
        window.scene()->elementItem("s1")->setSelected(true);
        QCOMPARE(table->value("id"), QString("s1"));
        QCOMPARE(table->value("name"), QString("s1")); // the name defaults to the id
        QVERIFY(table->value("interfaces").endsWith("(default)"));

        window.scene()->clearSelection();
        window.scene()->linkItem("l2")->setSelected(true);
        QCOMPARE(table->value("medium"), QString("wifi (Wi-Fi)"));
        QCOMPARE(table->value("wireless"), QString("yes"));
        QCOMPARE(table->value("bandwidth_mbps"), QString("80 (default)"));

        window.scene()->elementItem("sw1")->setSelected(true);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QString("2 items selected"));
        window.scene()->clearSelection();
        QCOMPARE(table->item(0, 0)->text(), QString("No selection"));
    }

    void failedLoadListsProblems() {
        ui::MainWindow window;
        window.show();
        QVERIFY(!window.openProject("/nonexistent/dir/broken.yaml"));
        QVERIFY(window.problemsPanel()->topLevelItemCount() >= 1);
        QVERIFY(window.problemsPanel()->errorCount() >= 1);
        QCOMPARE(window.windowTitle(), QString::fromUtf8("broken.yaml[*] \u2014 IIoT Workbench"));
        QVERIFY(window.scene()->elementItems().isEmpty());

        // A file that is not a project at all.
        QTemporaryDir dir;
        const QString garbage = dir.filePath("garbage.yaml");
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("format: [unterminated\n\x01\x02 : :");
        file.close();
        QVERIFY(!window.openProject(garbage));
        QVERIFY(window.problemsPanel()->errorCount() >= 1);
        QCoreApplication::processEvents(); // the pending fit runs on an empty canvas
    }

    void activatingAProblemSelectsItsElement() {
        ui::MainWindow window;
        model::Diagnostic problem;
        problem.severity = model::Severity::Warning;
        problem.message = "PLC without redundancy";
        problem.element = "plc1";
        window.document()->reset(test::sampleProject(), {}, {problem});
        ui::ProblemsPanel* panel = window.problemsPanel();
        QCOMPARE(panel->topLevelItemCount(), 1);
        QCOMPARE(panel->summary(), QString("0 errors, 1 warning"));
        emit panel->itemActivated(panel->topLevelItem(0), 0);
        const QList<QGraphicsItem*> selected = window.scene()->selectedItems();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(qgraphicsitem_cast<ui::ElementItem*>(selected.front())->elementId(), QString("plc1"));
        QCOMPARE(window.propertyTable()->value("id"), QString("plc1"));
    }

    void opensTheDefaultExample() {
        const QString path = QStringLiteral(IIOT_EXAMPLES_DIR "/smart-factory.yaml");
        if (!QFile::exists(path))
            QSKIP("examples/smart-factory.yaml is not there yet");
        ui::MainWindow window;
        QVERIFY2(window.openProject(path), "the example loads without errors");
        const auto& project = window.document()->project();
        QVERIFY(!project.elements.empty());
        QCOMPARE(window.scene()->elementItems().size(), static_cast<qsizetype>(project.elements.size()));
        QCOMPARE(window.scene()->linkItems().size(), static_cast<qsizetype>(project.links.size()));
        QCOMPARE(window.windowTitle(),
                 QString::fromStdString(project.name) + QString::fromUtf8("[*] \u2014 IIoT Workbench"));
    }

    void screenshotIsWritten() {
        ui::MainWindow window;
        window.document()->reset(test::sampleProject());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTemporaryDir dir;
        const QString out = dir.filePath("shot.png");
        QVERIFY(window.saveScreenshot(out));
        const QImage image(out);
        QCOMPARE(image.size(), window.size() * window.devicePixelRatio());
        QVERIFY(!window.saveScreenshot("/nonexistent/dir/shot.png"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
