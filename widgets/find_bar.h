// Find (Ctrl+F): a bar with a search field that matches elements by id, name or kind as the user
// types, shows how many match, and jumps to a match (selects it and centres the canvas on it)
// with Enter or Find Next (F3), back with Find Previous (Shift+F3). Esc closes it.
#pragma once

#include "model/project.h"
#include "model/type_library.h"

#include <QStringList>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QToolButton;

namespace iiot::ui {

class Document;

class FindBar : public QWidget {
    Q_OBJECT

public:
    explicit FindBar(Document* document, QWidget* parent = nullptr);

    // Element ids matching `text` (case-insensitive) in id, name, kind id or kind label: exact
    // matches first, then those starting with the text, then the rest, each in project order.
    static QStringList findElements(const model::Project& project, const model::TypeLibrary& types,
                                    const QString& text);

    QAction* findAction() const { return find_; }
    QAction* findNextAction() const { return next_; }
    QAction* findPreviousAction() const { return previous_; }
    QLineEdit* searchField() const { return edit_; }
    const QStringList& matches();
    // The index of the match last jumped to, -1 before the first jump.
    int currentMatch() const { return current_; }
    // "2 of 5", "5 matches", "No match".
    QString summary() const;

public slots:
    // Shows the bar and puts the cursor in the search field with its text selected.
    void activate();
    void findNext();
    void findPrevious();
    void close();

signals:
    void elementFound(const QString& id);
    void closed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void search();
    void step(int direction);
    void updateSummary();

    Document* document_;
    QLineEdit* edit_;
    QLabel* count_;
    QAction* find_;
    QAction* next_;
    QAction* previous_;
    QStringList matches_;
    int current_ = -1;
    bool stale_ = false; // the project changed since the matches were computed
};

} // namespace iiot::ui
