// Every file the window writes besides the project (PDF and HTML report, PNG and PDF chart, window
// screenshot) goes through the atomic helper: a write that runs out of space (a file-size limit,
// as a full disk would) fails with a message naming the file and leaves the previous file
// byte-identical, with no temporary file left beside it.
#include "test_report_support.h"

#include "widgets/atomic_write.h"
#include "widgets/main_window.h"
#include "widgets/report_builder.h"
#include "widgets/simulation_chart_export.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <qcustomplot.h>

#include <csignal>
#include <functional>
#include <sys/resource.h>

using namespace iiot;

namespace {

using Writer = std::function<QString(const QString& path)>;

QByteArray bytesOf(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Lowers this process's file-size limit for one call; SIGXFSZ is ignored so the write fails with
// EFBIG instead of ending the test.
QString underFileSizeLimit(rlim_t bytes, const std::function<QString()>& write) {
    struct rlimit saved {};
    ::getrlimit(RLIMIT_FSIZE, &saved);
    auto* previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit limited = saved;
    limited.rlim_cur = bytes;
    ::setrlimit(RLIMIT_FSIZE, &limited);
    const QString error = write();
    ::setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);
    return error;
}

QCustomPlot* samplePlot() {
    auto* plot = new QCustomPlot;
    plot->addGraph();
    for (int i = 0; i < 50; ++i)
        plot->graph(0)->addData(i, i * i);
    plot->xAxis->setLabel(QStringLiteral("devices"));
    plot->yAxis->setLabel(QStringLiteral("success rate"));
    plot->rescaleAxes();
    return plot;
}

} // namespace

class TestWindowFileWrites : public QObject {
    Q_OBJECT

private slots:
    void failedWriteKeepsThePreviousFile_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<Writer>("writer");
        static ui::Report report = [] {
            ui::ReportInput input;
            input.project = test::loadExample(QStringLiteral("smart-factory.yaml"));
            input.toolVersion = QStringLiteral("0.0-test");
            return ui::buildReport(input);
        }();
        QTest::newRow("report pdf") << QStringLiteral("report.pdf")
                                    << Writer([](const QString& p) { return ui::writeReport(report, p); });
        QTest::newRow("report html") << QStringLiteral("report.html")
                                     << Writer([](const QString& p) { return ui::writeReport(report, p); });
        const auto chart = [](const QString& p) {
            std::unique_ptr<QCustomPlot> plot(samplePlot());
            QString error;
            return ui::exportChart(plot.get(), p, &error) ? QString() : error;
        };
        QTest::newRow("chart png") << QStringLiteral("chart.png") << Writer(chart);
        QTest::newRow("chart pdf") << QStringLiteral("chart.pdf") << Writer(chart);
        QTest::newRow("screenshot") << QStringLiteral("shot.png") << Writer([](const QString& p) {
            ui::MainWindow window;
            window.resize(900, 600);
            return window.saveScreenshot(p) ? QString() : QStringLiteral("%1: not written").arg(p);
        });
    }

    void failedWriteKeepsThePreviousFile() {
        QFETCH(QString, file);
        QFETCH(Writer, writer);
        QTemporaryDir dir;
        const QString path = dir.filePath(file);

        // A good write first: the file is complete, larger than the limit used below.
        QVERIFY2(writer(path).isEmpty(), qPrintable(path));
        const QByteArray previous = bytesOf(path);
        QVERIFY(previous.size() > 4096);

        // The same write again with room for only 4 KiB: it fails and names the file.
        const QString error = underFileSizeLimit(4096, [&] { return writer(path); });
        QVERIFY2(!error.isEmpty(), "a write past the file-size limit reported success");
        QVERIFY2(error.contains(path), qPrintable(error));
        QCOMPARE(bytesOf(path), previous);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{file});

        // With room again, the write succeeds.
        QVERIFY(writer(path).isEmpty());
    }

    void writeIntoAMissingDirectoryFails() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("absent/report.html"));
        const QString error = ui::writeBytesAtomically(path, QByteArrayLiteral("<html></html>"));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestWindowFileWrites)
#include "test_window_file_writes.moc"
