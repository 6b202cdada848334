#include "report_command.h"

#include "widgets/report_builder.h"
#include "widgets/report_writer.h"

#include "model/project_io.h"

#include <cstdio>

namespace iiot::ui {

namespace {

constexpr int kExitOk = 0;
constexpr int kExitInvalid = 1;
constexpr int kExitUsage = 2;
constexpr int kExitFile = 3;

} // namespace

int runReportCommand(const QString& project, const QString& output, const QString& toolVersion) {
    if (output.isEmpty()) {
        std::fprintf(stderr, "iiot-workbench: --report needs -o OUT.pdf or -o OUT.html\n");
        return kExitUsage;
    }
    if (reportFormatFromPath(output) == ReportFormat::Unknown) {
        std::fprintf(stderr, "iiot-workbench: %s: the report is written as .pdf, .html or .htm\n",
                     qPrintable(output));
        return kExitUsage;
    }
    model::LoadResult loaded = model::loadProject(project.toStdString());
    // Problems are listed as FILE:LINE:COLUMN: severity: message, like iiot-cli's.
    for (const model::Diagnostic& d : loaded.diagnostics)
        std::fprintf(stderr, "%s\n", d.format().c_str());
    if (!loaded.ok())
        return loaded.ioError ? kExitFile : kExitInvalid;

    ReportInput input;
    input.project = std::move(*loaded.project);
    input.sourcePath = project;
    input.toolVersion = toolVersion;
    const QString error = writeReport(buildReport(input), output);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "iiot-workbench: %s\n", qPrintable(error));
        return kExitFile;
    }
    return kExitOk;
}

} // namespace iiot::ui
