#include "autosave.h"

#include "atomic_write.h"
#include "document.h"
#include "model/project_io.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <signal.h>

namespace iiot::ui {

namespace {

const QString kDataSuffix = QStringLiteral(".iiotw");
const QString kSidecarSuffix = QStringLiteral(".json");

// The Autosave objects alive in this process: their files belong to a running session, not to a
// crashed one, even though the process id in their sidecars is ours.
QList<const Autosave*>& liveInstances() {
    static QList<const Autosave*> instances;
    return instances;
}

int nextSerial() {
    static std::atomic<int> serial{0};
    return ++serial;
}

// Another running instance of the workbench owns its recovery files; offering them would let two
// windows edit the same work. A recycled process id only delays the offer until that process ends.
bool otherProcessAlive(qint64 pid) {
    if (pid <= 0 || pid == QCoreApplication::applicationPid())
        return false;
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

QString writeSidecar(const QString& path, const QJsonObject& object) {
    return writeBytesAtomically(path, QJsonDocument(object).toJson());
}

} // namespace

Autosave::Autosave(Document* document, QObject* parent)
    : QObject(parent), document_(document), serial_(nextSerial()) {
    timer_.setInterval(kDefaultIntervalMs);
    QUndoStack* stack = document_->undoStack();
    connect(stack, &QUndoStack::cleanChanged, this, &Autosave::cleanChanged);
    connect(stack, &QUndoStack::indexChanged, this, [this] { changedSinceWrite_ = true; });
    connect(&timer_, &QTimer::timeout, this, &Autosave::tick);
    liveInstances().append(this);
    if (!stack->isClean())
        cleanChanged(false);
}

Autosave::~Autosave() {
    liveInstances().removeAll(this);
}

void Autosave::setInterval(int milliseconds) {
    timer_.setInterval(milliseconds);
}

QString Autosave::recoveryDir() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

QString Autosave::baseName() const {
    const qint64 pid = QCoreApplication::applicationPid();
    if (documentPath_.isEmpty())
        return QStringLiteral("untitled-%1-%2").arg(pid).arg(serial_);
    // A hash, not the file name: two projects called "line.iiotw" in different folders must not
    // share a recovery file, and the path may hold characters a file name cannot.
    const QByteArray hash = QCryptographicHash::hash(QFileInfo(documentPath_).absoluteFilePath().toUtf8(),
                                                     QCryptographicHash::Sha1);
    return QStringLiteral("%1-%2").arg(QString::fromLatin1(hash.toHex().left(16))).arg(pid);
}

QString Autosave::recoveryFilePath() const {
    return recoveryDir() + QLatin1Char('/') + baseName() + kDataSuffix;
}

QString Autosave::sidecarFilePath() const {
    return recoveryDir() + QLatin1Char('/') + baseName() + kSidecarSuffix;
}

void Autosave::setDocumentPath(const QString& path) {
    if (path == documentPath_)
        return;
    discard();
    documentPath_ = path;
    // The new name holds nothing yet: the next tick must write even if nothing was edited since.
    changedSinceWrite_ = !document_->undoStack()->isClean();
}

QString Autosave::writeNow() {
    if (!document_->hasProject())
        return {};
    if (!QDir().mkpath(recoveryDir())) {
        const QString message = tr("Autosave failed: cannot create %1").arg(recoveryDir());
        emit failed(message);
        return message;
    }
    const QString data = recoveryFilePath();
    const std::string error = model::saveProject(document_->project(), data.toStdString());
    QString message = QString::fromStdString(error);
    if (message.isEmpty()) {
        // Written after the project, so a sidecar always describes a complete recovery file.
        QJsonObject sidecar;
        sidecar.insert(QStringLiteral("original"), documentPath_);
        sidecar.insert(QStringLiteral("name"), QString::fromStdString(document_->project().name));
        sidecar.insert(QStringLiteral("saved"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        sidecar.insert(QStringLiteral("pid"), QCoreApplication::applicationPid());
        message = writeSidecar(sidecarFilePath(), sidecar);
    }
    if (!message.isEmpty()) {
        message = tr("Autosave failed: %1").arg(message);
        emit failed(message);
        return message;
    }
    changedSinceWrite_ = false;
    emit written(data);
    return {};
}

void Autosave::discard() {
    QFile::remove(sidecarFilePath());
    QFile::remove(recoveryFilePath());
}

void Autosave::finish() {
    timer_.stop();
    disconnect(document_->undoStack(), nullptr, this, nullptr);
    discard();
}

void Autosave::cleanChanged(bool clean) {
    if (clean) {
        timer_.stop();
        return;
    }
    changedSinceWrite_ = true;
    if (!timer_.isActive())
        timer_.start();
}

void Autosave::tick() {
    if (document_->undoStack()->isClean()) {
        timer_.stop();
        return;
    }
    if (changedSinceWrite_)
        writeNow();
}

QList<Autosave::Entry> Autosave::leftOvers() {
    QStringList live;
    for (const Autosave* instance : liveInstances())
        live.append(instance->baseName());

    QList<Entry> entries;
    const QDir dir(recoveryDir());
    const QStringList sidecars = dir.entryList({QStringLiteral("*") + kSidecarSuffix}, QDir::Files);
    for (const QString& name : sidecars) {
        if (live.contains(QFileInfo(name).completeBaseName()))
            continue;
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject sidecar = QJsonDocument::fromJson(file.readAll()).object();
        if (otherProcessAlive(sidecar.value(QStringLiteral("pid")).toInteger()))
            continue;
        Entry entry;
        entry.sidecarPath = dir.filePath(name);
        // Derived from the sidecar's own name rather than read from it: a damaged sidecar must
        // not hide the project it describes, nor point outside the recovery folder.
        entry.dataPath = dir.filePath(QFileInfo(name).completeBaseName() + kDataSuffix);
        entry.originalPath = sidecar.value(QStringLiteral("original")).toString();
        entry.projectName = sidecar.value(QStringLiteral("name")).toString();
        entry.savedAt =
            QDateTime::fromString(sidecar.value(QStringLiteral("saved")).toString(), Qt::ISODateWithMs);
        // Its project was never completely written, or was already removed: nothing to recover.
        if (!QFileInfo(entry.dataPath).isFile()) {
            QFile::remove(entry.sidecarPath);
            continue;
        }
        entries.append(entry);
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry& a, const Entry& b) { return a.savedAt > b.savedAt; });
    return entries;
}

void Autosave::remove(const Entry& entry) {
    QFile::remove(entry.dataPath);
    QFile::remove(entry.sidecarPath);
}

} // namespace iiot::ui
