// Runs iiot-cli as a separate process for the end-to-end tests.
#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace iiot::test {

struct CliRun {
    int status = -1; // exit status; -1 when the program crashed or did not finish
    QString out, err;
};

inline CliRun cli(const QStringList& args) {
    QProcess p;
    p.start(IIOT_CLI_PATH, args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

// The JSON object a --json run printed; an empty object (and a warning saying why) otherwise.
inline QJsonObject parseJsonObject(const QString& text) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("%s", qPrintable(error.errorString()));
    return doc.object();
}

} // namespace iiot::test
