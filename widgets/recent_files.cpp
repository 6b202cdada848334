#include "recent_files.h"

#include <QFileInfo>
#include <QSettings>

namespace iiot::ui {

namespace {
const QString kKey = QStringLiteral("recentFiles");

// One spelling per file, so reopening "./a.iiotw" and "/home/me/a.iiotw" is one entry.
QString normalised(const QString& path) {
    return QFileInfo(path).absoluteFilePath();
}
} // namespace

RecentFiles::RecentFiles(QObject* parent) : QObject(parent) {}

QStringList RecentFiles::paths() const {
    // Read every time rather than cached: another window or instance may have changed the list.
    return QSettings().value(kKey).toStringList();
}

void RecentFiles::add(const QString& path) {
    if (path.isEmpty())
        return;
    const QString entry = normalised(path);
    QStringList list = paths();
    list.removeAll(entry);
    list.prepend(entry);
    while (list.size() > kMaxEntries)
        list.removeLast();
    store(list);
}

void RecentFiles::remove(const QString& path) {
    QStringList list = paths();
    if (list.removeAll(normalised(path)) > 0)
        store(list);
}

void RecentFiles::clear() {
    store({});
}

void RecentFiles::store(const QStringList& list) {
    QSettings settings;
    if (list.isEmpty())
        settings.remove(kKey);
    else
        settings.setValue(kKey, list);
    emit changed();
}

} // namespace iiot::ui
