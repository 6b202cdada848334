#include "file_change_watcher.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace iiot::ui {

namespace {
QByteArray contentHash(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}
} // namespace

FileChangeWatcher::FileChangeWatcher(QObject* parent) : QObject(parent) {
    settle_.setSingleShot(true);
    settle_.setInterval(kDefaultSettleMs);
    connect(&settle_, &QTimer::timeout, this, &FileChangeWatcher::check);
    // Both restart the settle timer: a burst of notifications for one write becomes one check.
    connect(&watcher_, &QFileSystemWatcher::fileChanged, &settle_, qOverload<>(&QTimer::start));
    // The folder is watched too, so a file replaced by a rename (or deleted and written anew) is
    // found again.
    connect(&watcher_, &QFileSystemWatcher::directoryChanged, &settle_, qOverload<>(&QTimer::start));
}

void FileChangeWatcher::watch(const QString& path) {
    settle_.stop();
    if (!watcher_.files().isEmpty())
        watcher_.removePaths(watcher_.files());
    if (!watcher_.directories().isEmpty())
        watcher_.removePaths(watcher_.directories());
    path_ = path;
    knownHash_ = path.isEmpty() ? QByteArray() : contentHash(path);
    arm();
}

void FileChangeWatcher::arm() {
    if (path_.isEmpty())
        return;
    const QFileInfo info(path_);
    // Re-added every time: after a rename over the file, a watch that is still listed may sit on
    // the replaced file and would never fire again.
    if (watcher_.files().contains(path_))
        watcher_.removePath(path_);
    if (info.exists())
        watcher_.addPath(path_);
    const QString dir = info.absolutePath();
    if (QFileInfo(dir).isDir() && !watcher_.directories().contains(dir))
        watcher_.addPath(dir);
}

void FileChangeWatcher::check() {
    if (path_.isEmpty())
        return;
    arm();
    const QString path = path_;
    if (!QFileInfo::exists(path)) {
        if (!knownHash_.isEmpty()) {
            knownHash_.clear();
            emit removedFromDisk(path);
        }
        return;
    }
    const QByteArray hash = contentHash(path);
    if (hash == knownHash_)
        return;
    knownHash_ = hash;
    emit changedOnDisk(path);
}

} // namespace iiot::ui
