// Helpers for the tests of the live analysis inside the main window.
#pragma once

#include "analysis_test_project.h"
#include "widgets/analysis_runner.h"
#include "widgets/document.h"
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

// A shown main window holding the hand-worked analysis project, analysed once.
struct AnalysedWindow {
    ui::MainWindow window;
    AnalysedWindow() {
        window.document()->reset(analysisProject());
        window.show();
        window.analysisRunner()->flush();
    }
};

inline QStringList sorted(QStringList list) {
    std::sort(list.begin(), list.end());
    return list;
}

inline QStringList selectedElements(const ui::MainWindow& window) {
    return sorted(window.scene()->selectedElementIds());
}

} // namespace iiot::test
