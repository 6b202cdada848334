// The Edit menu's actions for one document and its canvas: Undo, Redo, Delete and Select All,
// with the platform's standard shortcuts, plus the undo history view. The window decides where
// the actions go (menu, toolbar, context menu); this class only keeps them working.
#pragma once

#include <QList>
#include <QObject>

class QAction;
class QUndoView;
class QWidget;

namespace iiot::ui {

class Document;
class TopologyScene;

class EditActions : public QObject {
    Q_OBJECT

public:
    EditActions(Document* document, TopologyScene* scene, QObject* parent = nullptr);

    QAction* undoAction() const { return undo_; }
    QAction* redoAction() const { return redo_; }
    QAction* deleteAction() const { return delete_; }
    QAction* selectAllAction() const { return selectAll_; }
    // In menu order: Undo, Redo, a separator, Delete, Select All.
    QList<QAction*> actions() const;

    // The undo history for a dock: clicking an entry undoes or redoes up to it.
    static QUndoView* createUndoView(Document* document, QWidget* parent = nullptr);

public slots:
    // Deletes the selected elements (with their links) and the selected links as one undo step.
    void deleteSelection();
    void selectAll();

private:
    void updateEnabled();

    Document* document_;
    TopologyScene* scene_;
    QAction* undo_;
    QAction* redo_;
    QAction* separator_;
    QAction* delete_;
    QAction* selectAll_;
};

} // namespace iiot::ui
