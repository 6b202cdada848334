// iiot-workbench: opens a project (the one given, else the default example) in the main window.
// With --screenshot it renders the window to a PNG once the project is laid out and exits, so
// documentation and checks get real pictures without a display.

#include "report_command.h"
#include "widgets/file_controller.h"
#include "widgets/main_window.h"
#include "widgets/recent_files.h"
#include "widgets/simulation_chart_file.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>

namespace {

// FORMAT.md section 5 exit statuses, shared with iiot-cli.
constexpr int kExitOk = 0;
constexpr int kExitUsage = 2;
constexpr int kExitFile = 3;

} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    // Both name the QSettings file (recent files, window layout) and the recovery folder.
    QApplication::setOrganizationName(QStringLiteral("iiot-workbench"));
    QApplication::setApplicationName(QStringLiteral("iiot-workbench"));
    QApplication::setApplicationVersion(QStringLiteral(IIOT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("IIoT Workbench: design and evaluate factory IIoT infrastructure."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QStringLiteral("Render the window to OUT.png once the project is shown, then exit."),
        QStringLiteral("OUT.png"));
    parser.addOption(screenshot);
    const QCommandLineOption chart(
        QStringLiteral("chart"),
        QStringLiteral("Write a simulation chart (%1) of --chart-input to --chart-output, then exit.")
            .arg(iiot::ui::simulationChartKinds().join(QStringLiteral(", "))),
        QStringLiteral("KIND"));
    const QCommandLineOption chartInput(
        QStringLiteral("chart-input"),
        QStringLiteral("A simulation document: iiot-cli simulate --json output, or a project file whose "
                       "newest stored simulation run is drawn."),
        QStringLiteral("FILE"));
    const QCommandLineOption chartOutput(QStringLiteral("chart-output"),
                                         QStringLiteral("The chart file to write (.png or .pdf)."),
                                         QStringLiteral("OUT"));
    const QCommandLineOption chartRun(
        QStringLiteral("chart-run"),
        QStringLiteral("The run per-run charts show (0-based; default: the last)."), QStringLiteral("N"),
        QStringLiteral("-1"));
    parser.addOptions({chart, chartInput, chartOutput, chartRun});
    const QCommandLineOption report(
        QStringLiteral("report"),
        QStringLiteral("Write the engineering report of PROJECT to the -o file (.pdf or .html), then exit."),
        QStringLiteral("PROJECT"));
    const QCommandLineOption reportOutput(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                          QStringLiteral("The report file to write (with --report)."),
                                          QStringLiteral("OUT"));
    parser.addOptions({report, reportOutput});
    parser.addPositionalArgument(
        QStringLiteral("project"),
        QStringLiteral("Project to open (.yaml, .yml or .iiotw); default: the smart-factory example."),
        QStringLiteral("[PROJECT]"));
    // parse() rather than process(): a usage error exits with 2, as iiot-cli does.
    if (!parser.parse(QApplication::arguments())) {
        std::fprintf(stderr, "iiot-workbench: %s\n", qPrintable(parser.errorText()));
        return kExitUsage;
    }
    if (parser.isSet(help) || parser.isSet(QStringLiteral("help-all")))
        parser.showHelp(kExitOk);
    if (parser.isSet(version))
        parser.showVersion();

    if (parser.isSet(chart)) {
        if (!parser.isSet(chartInput) || !parser.isSet(chartOutput) ||
            !iiot::ui::simulationChartKinds().contains(parser.value(chart))) {
            std::fprintf(stderr,
                         "iiot-workbench: --chart takes one of %s, with --chart-input and --chart-output\n",
                         qPrintable(iiot::ui::simulationChartKinds().join(QStringLiteral(", "))));
            return kExitUsage;
        }
        QString error;
        if (!iiot::ui::writeSimulationChart(parser.value(chart), parser.value(chartInput),
                                            parser.value(chartOutput), parser.value(chartRun).toInt(),
                                            error)) {
            std::fprintf(stderr, "iiot-workbench: %s\n", qPrintable(error));
            return kExitFile;
        }
        return kExitOk;
    }

    if (parser.isSet(report) || parser.isSet(reportOutput)) {
        if (!parser.isSet(report) || !parser.positionalArguments().isEmpty()) {
            std::fprintf(stderr,
                         "iiot-workbench: usage: iiot-workbench --report PROJECT -o OUT.pdf|OUT.html\n");
            return kExitUsage;
        }
        return iiot::ui::runReportCommand(parser.value(report), parser.value(reportOutput),
                                          QStringLiteral(IIOT_VERSION));
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        std::fprintf(stderr, "iiot-workbench: expected at most one project, got %lld\n",
                     static_cast<long long>(positional.size()));
        return kExitUsage;
    }
    const QString project = positional.isEmpty() ? QStringLiteral(IIOT_DEFAULT_EXAMPLE) : positional.front();

    iiot::ui::MainWindow window;
    // A screenshot must not depend on how the user last left the window, nor stop at a question.
    const bool interactive = !parser.isSet(screenshot);
    if (interactive)
        window.restoreWindowSettings();
    // Work recovered from a crashed session takes the place of the project that would have opened.
    if (!interactive || !window.fileController()->offerRecovery()) {
        // Problems are listed in the window; it opens either way.
        const bool loaded = window.openProject(project);
        if (loaded && interactive && !positional.isEmpty())
            window.fileController()->recentFiles()->add(project);
    }
    window.show();

    if (parser.isSet(screenshot)) {
        const QString out = parser.value(screenshot);
        // Two turns of the event loop: the first lays the window out and fits the canvas,
        // the second renders what a user would see.
        QTimer::singleShot(0, &window, [&window, &app, out] {
            QTimer::singleShot(0, &window, [&window, &app, out] {
                if (!window.saveScreenshot(out)) {
                    std::fprintf(stderr, "iiot-workbench: cannot write %s\n", qPrintable(out));
                    app.exit(kExitFile);
                    return;
                }
                app.exit(kExitOk);
            });
        });
    }
    return app.exec();
}
