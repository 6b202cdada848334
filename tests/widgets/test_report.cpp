// The engineering report of every example, read back by external tools: poppler finds every chapter
// title and the element count in the PDF's text and renders every page; python3's html.parser reads
// the HTML without a tag out of place and finds the same chapters in the same order. An empty
// project still gives a valid report, and the hash in the title block is the file's SHA-256.

#include "test_report_support.h"

#include "widgets/report_sections.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace iiot;

namespace {

// The chapters a report of a project without stored results has, in order.
QStringList designChapters() {
    return {ui::reportSectionTitle(ui::ReportSection::Topology),
            ui::reportSectionTitle(ui::ReportSection::Inventory),
            ui::reportSectionTitle(ui::ReportSection::Links),
            ui::reportSectionTitle(ui::ReportSection::Coverage)};
}

QStringList resultChapters() {
    return {ui::reportSectionTitle(ui::ReportSection::Allocation),
            ui::reportSectionTitle(ui::ReportSection::Slicing),
            ui::reportSectionTitle(ui::ReportSection::Offloading),
            ui::reportSectionTitle(ui::ReportSection::Simulation)};
}

} // namespace

class TestReport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        if (!test::haveTools())
            QSKIP("poppler-utils (pdftotext, pdfinfo, pdftoppm) or python3 missing");
    }

    void examples_data() {
        QTest::addColumn<QString>("file");
        const QStringList files =
            QDir(QStringLiteral(IIOT_EXAMPLES_DIR)).entryList({QStringLiteral("*.yaml")}, QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString& f : files)
            QTest::newRow(qPrintable(f)) << f;
    }

    void examples() {
        QFETCH(QString, file);
        QTemporaryDir dir;
        ui::ReportInput input;
        input.project = test::loadExample(file);
        input.sourcePath = QStringLiteral(IIOT_EXAMPLES_DIR "/%1").arg(file);
        input.toolVersion = QStringLiteral("0.0-test");
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        const QString html = dir.filePath(QStringLiteral("report.html"));
        QCOMPARE(test::writeReportOf(input, pdf), QString());
        QCOMPARE(test::writeReportOf(input, html), QString());

        const QString text = test::pdfText(pdf);
        for (const QString& title : designChapters())
            QVERIFY2(text.contains(title), qPrintable(title));
        for (const QString& title : resultChapters())
            QVERIFY2(!text.contains(title), qPrintable(title + " without stored results"));
        const QString count = QStringLiteral("%1 elements").arg(input.project.elements.size());
        QVERIFY2(text.contains(count), qPrintable(count));
        QVERIFY(text.contains(QString::fromStdString(input.project.name).simplified()));

        // The hash printed is the file's own SHA-256, worked out here from the bytes on disk.
        QFile source(input.sourcePath);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(source.readAll(), QCryptographicHash::Sha256).toHex());
        QVERIFY2(text.contains(sha), qPrintable(sha));

        const int pages = test::pdfPages(pdf);
        QVERIFY(pages > 0);
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
        QCOMPARE(test::renderedPages(pdf, dir.path()), pages);

        const test::HtmlCheck check = test::checkHtml(html);
        QVERIFY2(check.ran, qPrintable(check.errors.join('\n')));
        QVERIFY2(check.errors.isEmpty(), qPrintable(check.errors.join('\n')));
        QCOMPARE(check.chapters, designChapters());
        QFile page(html);
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QString body = QString::fromUtf8(page.readAll());
        QVERIFY(body.contains(count));
        QVERIFY(body.contains(sha));
        // Figures are embedded vector drawings: the topology and the two coverage charts at least.
        QVERIFY(body.count(QStringLiteral("data:image/svg+xml;base64,")) >= 3);
    }

    void emptyProject() {
        QTemporaryDir dir;
        ui::ReportInput input; // never saved: the hash is that of the serialisation
        const QString pdf = dir.filePath(QStringLiteral("empty.pdf"));
        const QString html = dir.filePath(QStringLiteral("empty.html"));
        QCOMPARE(test::writeReportOf(input, pdf), QString());
        QCOMPARE(test::writeReportOf(input, html), QString());
        const QString text = test::pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("0 elements")));
        QVERIFY(text.contains(QStringLiteral("SHA-256 of the YAML serialisation")));
        for (const QString& title : designChapters())
            QVERIFY2(text.contains(title), qPrintable(title));
        QVERIFY(test::pdfPages(pdf) > 0);
        QCOMPARE(test::renderedPages(pdf, dir.path()), test::pdfPages(pdf));
        const test::HtmlCheck check = test::checkHtml(html);
        QVERIFY2(check.errors.isEmpty(), qPrintable(check.errors.join('\n')));
        QCOMPARE(check.chapters, designChapters());
    }

    void chosenChaptersOnly() {
        QTemporaryDir dir;
        ui::ReportInput input;
        input.project = test::loadExample(QStringLiteral("smart-factory.yaml"));
        input.sections = {ui::ReportSection::Links};
        const QString html = dir.filePath(QStringLiteral("links.html"));
        QCOMPARE(test::writeReportOf(input, html), QString());
        QCOMPARE(test::checkHtml(html).chapters,
                 QStringList{ui::reportSectionTitle(ui::ReportSection::Links)});
    }

    void unwritableOrUnknownTarget() {
        ui::ReportInput input;
        const ui::Report report = ui::buildReport(input);
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("no/such/dir/report.pdf"));
        QVERIFY(ui::writeReport(report, missing).contains(QStringLiteral("cannot write")));
        QVERIFY(!QFile::exists(missing));
        QVERIFY(ui::writeReport(report, dir.filePath(QStringLiteral("report.docx")))
                    .contains(QStringLiteral("unknown")));
    }
};

QTEST_MAIN(TestReport)
#include "test_report.moc"
