// Helpers for the tests of the live analysis inside the main window.
#pragma once

#include "widgets/analysis_runner.h"
#include "widgets/main_window.h"
#include "widgets/topology_scene.h"

#include <QSignalSpy>
#include <QStringList>
#include <QtTest>

#include <algorithm>

namespace iiot::test {

// Waits for the next published analysis; false after five seconds without one.
inline bool waitForAnalysis(ui::MainWindow& window) {
    QSignalSpy spy(window.analysisRunner(), &ui::AnalysisRunner::resultReady);
    return spy.wait(5000);
}

inline QStringList sorted(QStringList list) {
    std::sort(list.begin(), list.end());
    return list;
}

inline QStringList selectedElements(const ui::MainWindow& window) {
    return sorted(window.scene()->selectedElementIds());
}

} // namespace iiot::test
