// Notices when another program changes the open project file. QFileSystemWatcher alone is not
// enough: it reports our own saves too, loses the file when an editor (or our atomic save)
// replaces it by a rename, and fires several times for one write. So this remembers a hash of the
// content it last knew (our own save included), re-arms after renames, and waits for the file to
// settle before comparing.
#pragma once

#include <QByteArray>
#include <QFileSystemWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

namespace iiot::ui {

class FileChangeWatcher : public QObject {
    Q_OBJECT

public:
    static constexpr int kDefaultSettleMs = 250;

    explicit FileChangeWatcher(QObject* parent = nullptr);

    // Watches `path` (nothing when empty) and takes its present content as known: call it after
    // opening, reloading and after our own saves.
    void watch(const QString& path);
    const QString& path() const { return path_; }
    void setSettleInterval(int milliseconds) { settle_.setInterval(milliseconds); }

signals:
    // The content differs from what we last knew. Reported once per new content.
    void changedOnDisk(const QString& path);
    // The file disappeared (deleted or renamed away) and has not come back.
    void removedFromDisk(const QString& path);

private slots:
    void check();

private:
    void arm();

    QFileSystemWatcher watcher_;
    QTimer settle_;
    QString path_;
    QByteArray knownHash_; // empty when the file did not exist
};

} // namespace iiot::ui
