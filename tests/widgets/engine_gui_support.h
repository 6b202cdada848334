// Shared by the engine GUI tests (allocation, offloading, Results dock): a window with an example
// loaded, the Run menu's actions, and result documents compared without their timings.
#pragma once

#include "widgets/document.h"
#include "widgets/main_window.h"

#include <QAction>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QString>

#include <string>

namespace iiot::test {

inline QString examplePath(const char* name) {
    return QStringLiteral(IIOT_EXAMPLES_DIR "/") + QLatin1String(name);
}

// The action of the window's Run menu with this object name (null when there is none).
inline QAction* runMenuAction(ui::MainWindow& window, const char* objectName) {
    auto* run = window.findChild<QMenu*>(QStringLiteral("runMenu"));
    if (run == nullptr)
        return nullptr;
    for (QAction* action : run->actions())
        if (action->objectName() == QLatin1String(objectName))
            return action;
    return nullptr;
}

// The document as JSON with the wall-clock fields taken out (MODELS.md section 0: results are
// identical apart from timings).
inline QJsonObject withoutTimings(const std::string& json) {
    QJsonObject object = QJsonDocument::fromJson(QByteArray::fromStdString(json)).object();
    object.remove(QStringLiteral("solve_ms"));
    return object;
}

} // namespace iiot::test
