// The most recently opened or saved project files, newest first, remembered in QSettings so the
// File > Open Recent menu survives restarts.
#pragma once

#include <QObject>
#include <QStringList>

namespace iiot::ui {

class RecentFiles : public QObject {
    Q_OBJECT

public:
    static constexpr int kMaxEntries = 10;

    explicit RecentFiles(QObject* parent = nullptr);

    // Newest first, absolute paths.
    QStringList paths() const;
    // Moves `path` to the front (adding it if new) and drops the oldest beyond kMaxEntries.
    void add(const QString& path);
    void remove(const QString& path);
    void clear();

signals:
    void changed();

private:
    void store(const QStringList& paths);
};

} // namespace iiot::ui
