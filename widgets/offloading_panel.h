// A computing-mode selection result: the totals (delay, reliability, satisfaction, modes used) and
// one row per task with its mode, where it ran, its upload, waiting and completion times and
// whether it met its deadline. Built from the result document alone (offloadJson, as stored in
// the project).
#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace iiot::ui {

class OffloadingPanel : public QWidget {
    Q_OBJECT

public:
    enum Column {
        ElementColumn,
        ApplicationColumn,
        ModeColumn,
        DestinationColumn,
        UploadColumn,
        WaitColumn,
        DelayColumn,
        DeadlineColumn,
        MetColumn,
        ColumnCount
    };

    explicit OffloadingPanel(QWidget* parent = nullptr);

    // `caption` says which run it is; an empty document clears the panel.
    void setResult(const QJsonObject& offloadJson, const QString& caption = {}, long long resultId = 0);
    QJsonObject result() const { return result_; }
    // The stored result shown (0: none, or one not stored).
    long long resultId() const { return resultId_; }

    QLabel* summaryLabel() const { return summary_; }
    QTableWidget* table() const { return table_; }

private:
    QLabel* summary_;
    QTableWidget* table_;
    QJsonObject result_;
    long long resultId_ = 0;
};

} // namespace iiot::ui
