// Helpers shared by the undo tests: the serialised project, and the round trip every edit must
// pass (undo gives the text before it byte for byte, redo the text after it).
#pragma once

#include "widgets/document.h"

#include "model/yaml_writer.h"

#include <QSignalSpy>
#include <QUndoCommand>
#include <QtTest>
#include <string>

namespace iiot::test {

inline std::string yaml(const ui::Document& doc) {
    return model::writeProjectYaml(doc.project());
}

// Pushes the command, then checks that undo restores the text before it byte for byte and that
// redo gives the text right after it. Leaves the edit applied.
inline void roundTrip(ui::Document& doc, QUndoCommand* command) {
    const std::string before = yaml(doc);
    const int steps = doc.undoStack()->count();
    doc.undoStack()->push(command);
    QCOMPARE(doc.undoStack()->count(), steps + 1);
    const std::string after = yaml(doc);
    QVERIFY(after != before);
    doc.undoStack()->undo();
    QCOMPARE(yaml(doc), before);
    doc.undoStack()->redo();
    QCOMPARE(yaml(doc), after);
}

// The id list carried by one emission of a Document notification.
inline QStringList ids(const QSignalSpy& spy, int call = 0) {
    return spy.at(call).at(0).toStringList();
}

// The link keys carried by one emission of a link notification.
inline QStringList keys(const QSignalSpy& spy, int call = 0) {
    return ids(spy, call);
}

} // namespace iiot::test
