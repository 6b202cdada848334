// File > Export Report and File > Import GraphML in the window: the chapters unticked in the
// dialog are absent from the written report, result chapters are offered only when results are
// stored, and an imported GraphML file opens as a new untitled project with one element per node;
// a malformed file keeps the dialog open with its problem at a line and column.

#include "test_file_support.h"
#include "test_report_support.h"

#include "widgets/document.h"
#include "widgets/graphml_import_dialog.h"
#include "widgets/main_window.h"
#include "widgets/report_dialog.h"
#include "widgets/report_exporter.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QXmlStreamReader>
#include <QtTest>

#include <functional>

using namespace iiot;

namespace {

// Counts the GraphML file's <node> elements with Qt's own XML reader.
int graphmlNodes(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    QXmlStreamReader xml(&file);
    int nodes = 0;
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("node"))
            ++nodes;
    return xml.hasError() ? -1 : nodes;
}

// Runs `drive` on the GraphML dialog once it is up (exec() blocks the caller).
void whenImportDialogOpens(std::function<void(ui::GraphmlImportDialog*)> drive) {
    QTimer::singleShot(0, qApp, [drive] {
        auto* dialog = qobject_cast<ui::GraphmlImportDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            qWarning("the GraphML import dialog is not open");
            if (QWidget* other = QApplication::activeModalWidget())
                other->close();
            return;
        }
        drive(dialog);
    });
}

// Clicks the box where its indicator is drawn: the middle of a box the layout stretched wide is
// past its text, where a click does nothing, as it would for a user.
void clickIndicator(QCheckBox* box) {
    QStyleOptionButton option;
    option.initFrom(box);
    const QRect indicator = box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box);
    QTest::mouseClick(box, Qt::LeftButton, {}, indicator.center());
}

} // namespace

class TestReportGui : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateFileTests(); }
    void cleanupTestCase() { test::removeFileTestState(); }

    void untickedChaptersAreAbsent() {
        if (!test::haveTools())
            QSKIP("python3 missing");
        ui::MainWindow window;
        window.document()->reset(test::loadExample(QStringLiteral("smart-factory.yaml")));
        test::ScriptedPrompts prompts;
        window.reportExporter()->setPrompts(&prompts);
        QTemporaryDir dir;
        const QString html = dir.filePath(QStringLiteral("chosen.html"));
        prompts.savePaths << html;
        bool resultsOffered = true;
        window.reportExporter()->setDialogDriver([&resultsOffered](ui::ReportDialog& dialog) {
            dialog.show();
            if (!QTest::qWaitForWindowExposed(&dialog))
                return false;
            // No stored results: their chapters can be neither ticked nor left ticked.
            QCheckBox* allocation = dialog.checkBox(ui::ReportSection::Allocation);
            resultsOffered = allocation->isEnabled() || allocation->isChecked();
            clickIndicator(dialog.checkBox(ui::ReportSection::Links));
            clickIndicator(dialog.checkBox(ui::ReportSection::Coverage));
            return true;
        });
        QAction* action = window.findChild<QAction*>(QStringLiteral("exportReportAction"));
        QVERIFY(action);
        QSignalSpy written(window.reportExporter(), &ui::ReportExporter::statusMessage);
        action->trigger();
        QVERIFY2(prompts.errors.isEmpty(), qPrintable(prompts.errors.join('\n')));
        QVERIFY(prompts.unexpected.isEmpty());
        QCOMPARE(prompts.savePathTitles, QStringList{QStringLiteral("Export Report")});
        QCOMPARE(written.count(), 1);
        QVERIFY(!resultsOffered);
        const test::HtmlCheck check = test::checkHtml(html);
        QVERIFY2(check.errors.isEmpty(), qPrintable(check.errors.join('\n')));
        QCOMPARE(check.chapters, (QStringList{ui::reportSectionTitle(ui::ReportSection::Topology),
                                              ui::reportSectionTitle(ui::ReportSection::Inventory)}));
    }

    void cancelledDialogWritesNothing() {
        ui::MainWindow window;
        window.document()->reset(test::loadExample(QStringLiteral("smart-factory.yaml")));
        test::ScriptedPrompts prompts;
        window.reportExporter()->setPrompts(&prompts);
        window.reportExporter()->setDialogDriver([](ui::ReportDialog&) { return false; });
        QVERIFY(!window.reportExporter()->exportReport());
        QVERIFY(prompts.savePathTitles.isEmpty());
    }

    void resultChaptersOfferedWhenStored() {
        model::Project project;
        project.results.push_back({1, "allocate", "greedy", "{}", "2026-01-01T00:00:00Z", "{}"});
        ui::ReportDialog dialog(project);
        QVERIFY(dialog.checkBox(ui::ReportSection::Allocation)->isEnabled());
        QVERIFY(dialog.checkBox(ui::ReportSection::Allocation)->isChecked());
        QVERIFY(!dialog.checkBox(ui::ReportSection::Slicing)->isEnabled());
        QVERIFY(dialog.sections().contains(ui::ReportSection::Allocation));
        QVERIFY(!dialog.sections().contains(ui::ReportSection::Simulation));
        dialog.checkBox(ui::ReportSection::Topology)->setChecked(false);
        QVERIFY(!dialog.sections().contains(ui::ReportSection::Topology));
    }

    void importGraphmlOpensAnUntitledProject() {
        const QString file = QStringLiteral(IIOT_TEST_DATA_DIR "/topology-zoo-sample.graphml");
        const int nodes = graphmlNodes(file);
        QVERIFY(nodes > 0);
        ui::MainWindow window;
        window.document()->reset(test::loadExample(QStringLiteral("smart-factory.yaml")),
                                 QStringLiteral("x.yaml"));
        QVERIFY(!window.document()->isDirty());
        whenImportDialogOpens([file](ui::GraphmlImportDialog* dialog) {
            dialog->graphmlEdit()->setText(file);
            QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
        });
        QAction* action = window.findChild<QAction*>(QStringLiteral("importGraphmlAction"));
        QVERIFY(action);
        QVERIFY(window.importGraphml());
        QCOMPARE(static_cast<int>(window.document()->project().elements.size()), nodes);
        QVERIFY(window.document()->filePath().isEmpty());
        QVERIFY(window.document()->isDirty()); // never saved: closing must ask
    }

    void malformedGraphmlStaysInTheDialog() {
        QTemporaryDir dir;
        const QString broken = dir.filePath(QStringLiteral("broken.graphml"));
        {
            QFile out(broken);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write("<?xml version=\"1.0\"?>\n<graphml>\n  <graph>\n    <node id=\"a\">\n  "
                      "</graph>\n</graphml>\n");
        }
        ui::MainWindow window;
        window.document()->reset(test::loadExample(QStringLiteral("smart-factory.yaml")));
        QStringList problems;
        bool stayedOpen = false;
        whenImportDialogOpens([&](ui::GraphmlImportDialog* dialog) {
            dialog->graphmlEdit()->setText(broken);
            QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
            stayedOpen = dialog->isVisible();
            for (int i = 0; i < dialog->problemList()->count(); ++i)
                problems << dialog->problemList()->item(i)->text();
            dialog->reject();
        });
        QVERIFY(!window.importGraphml());
        QVERIFY(stayedOpen);
        QVERIFY2(!problems.isEmpty(), "no problem listed");
        QVERIFY2(QRegularExpression(QStringLiteral("broken\\.graphml:\\d+:\\d+: error"))
                     .match(problems.front())
                     .hasMatch(),
                 qPrintable(problems.join('\n')));
        QCOMPARE(window.document()->project().name, std::string("Smart factory")); // unchanged
    }
};

QTEST_MAIN(TestReportGui)
#include "test_report_gui.moc"
