// Helpers of the export and import tests: the example projects, and running an external checker
// (the TOSCA validator, Python with networkx or zipfile) on a file.
#pragma once

#include "model/project_io.h"

#include <QDir>
#include <QProcess>
#include <QStringList>
#include <QtTest>

#include <string>

namespace iiot::test {

inline QStringList exampleFiles() {
    QStringList out;
    const QDir dir(IIOT_EXAMPLES_DIR);
    for (const auto& name : dir.entryList({"*.yaml"}, QDir::Files, QDir::Name))
        out << dir.filePath(name);
    return out;
}

inline model::Project loadExample(const QString& path) {
    auto r = model::loadProject(path.toStdString());
    if (!r.ok())
        qFatal("example %s does not load", qPrintable(path));
    return std::move(*r.project);
}

struct ToolRun {
    int status = -1; // -1: did not start or crashed
    QString output;  // standard output and error together
};

inline ToolRun runTool(const QString& program, const QStringList& args, int timeoutMs = 120000) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return {};
    p.waitForFinished(timeoutMs);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll())};
}

// True when `python3 -c "import MODULE"` works.
inline bool pythonHas(const char* module) {
    return runTool("python3", {"-c", QString("import ") + module}).status == 0;
}

} // namespace iiot::test
