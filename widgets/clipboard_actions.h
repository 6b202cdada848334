// Cut, Copy, Paste and Duplicate for the canvas, with the platform's standard shortcuts
// (Duplicate: Ctrl+D). Each edit is one undo step; Cut copies and deletes in one step. After a
// paste or duplicate the new elements (and the links among them) are the selection.
#pragma once

#include <QList>
#include <QObject>

class QAction;

namespace iiot::ui {

class Document;
class TopologyScene;

class ClipboardActions : public QObject {
    Q_OBJECT

public:
    ClipboardActions(Document* document, TopologyScene* scene, QObject* parent = nullptr);

    QAction* cutAction() const { return cut_; }
    QAction* copyAction() const { return copy_; }
    QAction* pasteAction() const { return paste_; }
    QAction* duplicateAction() const { return duplicate_; }
    // In menu order: Cut, Copy, Paste, Duplicate.
    QList<QAction*> actions() const { return {cut_, copy_, paste_, duplicate_}; }

public slots:
    void copy();
    void cut();
    // False when the clipboard holds nothing that can be pasted, or a locked layer refuses it.
    bool paste();
    void duplicate();

signals:
    void statusMessage(const QString& message);

private:
    void updateEnabled();

    Document* document_;
    TopologyScene* scene_;
    QAction* cut_;
    QAction* copy_;
    QAction* paste_;
    QAction* duplicate_;
};

} // namespace iiot::ui
