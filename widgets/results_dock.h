// The Results dock: every engine run stored in the project (kind, method, parameters, when), newest
// last. Activating a row (double-click, Enter, Open) emits resultActivated(id) for whoever shows
// that kind; Delete removes the selected results as one undo step. It follows the document: results
// stored, removed, undone, or a whole new project.
#pragma once

#include <QDockWidget>

class QAction;
class QTreeWidget;

namespace iiot::ui {

class Document;

class ResultsDock : public QDockWidget {
    Q_OBJECT

public:
    enum Column { IdColumn, KindColumn, MethodColumn, ParametersColumn, CreatedColumn };

    explicit ResultsDock(Document* document, QWidget* parent = nullptr);

    QTreeWidget* list() const { return list_; }
    QAction* openAction() const { return open_; }
    QAction* deleteAction() const { return delete_; }
    // The id of the current row, 0 when there is none.
    long long currentId() const;
    // Makes the result's row current; false when it is not listed.
    bool selectResult(long long id);
    // "seed 1, mu1 0.7": the parameters object as one line.
    static QString parametersText(const std::string& parametersJson);

public slots:
    void openCurrent();
    void deleteSelected();

signals:
    void resultActivated(long long id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rebuild();
    void updateActions();

    Document* document_;
    QTreeWidget* list_;
    QAction* open_;
    QAction* delete_;
};

} // namespace iiot::ui
