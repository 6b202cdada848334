// iiot-workbench --report PROJECT -o OUT.pdf|OUT.html, headless on the offscreen platform: a PDF
// and an HTML report of an example with every chapter title and the element count, and the exit
// statuses of iiot-cli for an invalid project (1), a usage error (2) and a file that cannot be read
// or written (3).

#include "test_report_support.h"

#include "widgets/report_sections.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace iiot;

namespace {

// The workbench is built next to iiot-cli.
QString workbench() {
    return QFileInfo(QStringLiteral(IIOT_CLI_PATH)).dir().filePath(QStringLiteral("iiot-workbench"));
}

test::ToolRun report(const QStringList& arguments) {
    return test::runTool(workbench(), arguments);
}

} // namespace

class TestReportCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY2(QFileInfo(workbench()).isExecutable(), qPrintable(workbench()));
        if (!test::haveTools())
            QSKIP("poppler-utils (pdftotext, pdfinfo, pdftoppm) or python3 missing");
    }

    void pdfAndHtml() {
        QTemporaryDir dir;
        const QString project = QStringLiteral(IIOT_EXAMPLES_DIR "/smart-factory.yaml");
        const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
        const QString html = dir.filePath(QStringLiteral("r.html"));
        test::ToolRun run = report({QStringLiteral("--report"), project, QStringLiteral("-o"), pdf});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = report({QStringLiteral("--report"), project, QStringLiteral("--output"), html});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        const model::Project loaded = test::loadExample(QStringLiteral("smart-factory.yaml"));
        const QString count = QStringLiteral("%1 elements").arg(loaded.elements.size());
        const QString text = test::pdfText(pdf);
        QVERIFY(text.contains(count));
        QVERIFY(QRegularExpression(QStringLiteral("Tool version: IIoT Workbench \\d+\\.\\d+"))
                    .match(text)
                    .hasMatch());
        const QStringList chapters{ui::reportSectionTitle(ui::ReportSection::Topology),
                                   ui::reportSectionTitle(ui::ReportSection::Inventory),
                                   ui::reportSectionTitle(ui::ReportSection::Links),
                                   ui::reportSectionTitle(ui::ReportSection::Coverage)};
        for (const QString& title : chapters)
            QVERIFY2(text.contains(title), qPrintable(title));
        QVERIFY(test::pdfPages(pdf) > 0);
        const test::HtmlCheck check = test::checkHtml(html);
        QVERIFY2(check.errors.isEmpty(), qPrintable(check.errors.join('\n')));
        QCOMPARE(check.chapters, chapters);
        QVERIFY(test::htmlText(html).contains(count));
    }

    void exitStatuses() {
        QTemporaryDir dir;
        const QString good = QStringLiteral(IIOT_EXAMPLES_DIR "/smart-factory.yaml");
        const QString out = dir.filePath(QStringLiteral("r.pdf"));

        // 1: the project has errors; they are printed as FILE:LINE:COLUMN.
        const QString bad = dir.filePath(QStringLiteral("bad.yaml"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("format: iiot-workbench/1\nname: Bad\nelements:\n  - {id: a, kind: no-such-kind}\n");
        file.close();
        test::ToolRun run = report({QStringLiteral("--report"), bad, QStringLiteral("-o"), out});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(QRegularExpression(QStringLiteral("bad\\.yaml:4:\\d+: error")).match(run.err).hasMatch(),
                 qPrintable(run.err));
        QVERIFY(!QFile::exists(out));

        // 2: usage errors.
        QCOMPARE(report({QStringLiteral("--report"), good}).exitCode, 2);
        QCOMPARE(report({QStringLiteral("--report"), good, QStringLiteral("-o"),
                         dir.filePath(QStringLiteral("r.txt"))})
                     .exitCode,
                 2);
        QCOMPARE(report({QStringLiteral("-o"), out}).exitCode, 2);
        QCOMPARE(report({QStringLiteral("--report"), good, QStringLiteral("-o"), out, good}).exitCode, 2);

        // 3: the project cannot be read, or the report cannot be written.
        QCOMPARE(report({QStringLiteral("--report"), dir.filePath(QStringLiteral("missing.yaml")),
                         QStringLiteral("-o"), out})
                     .exitCode,
                 3);
        QCOMPARE(report({QStringLiteral("--report"), good, QStringLiteral("-o"),
                         dir.filePath(QStringLiteral("no/dir/r.pdf"))})
                     .exitCode,
                 3);
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_MAIN(TestReportCli)
#include "test_report_cli.moc"
