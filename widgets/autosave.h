// Autosave with crash recovery (DESIGN.md section 4, "never lose work"): while the document has
// unsaved changes, its project is written every few minutes to a recovery file of its own in
// AppDataLocation/recovery/, never over the user's file. A small JSON sidecar records which file
// the project belongs to, when it was written and by which process. The files are removed after a
// good save, a discard or a clean close, so any that are still there at start were left by a
// session that crashed.
#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

namespace iiot::ui {

class Document;

class Autosave : public QObject {
    Q_OBJECT

public:
    static constexpr int kDefaultIntervalMs = 2 * 60 * 1000;

    // A recovery file found on disk.
    struct Entry {
        QString dataPath;     // the recovered project (.iiotw)
        QString sidecarPath;  // its description (.json)
        QString originalPath; // the file the project was opened from; empty when never saved
        QString projectName;
        QDateTime savedAt;
    };

    explicit Autosave(Document* document, QObject* parent = nullptr);
    // Leaves the recovery files: a destructor that runs without closeCleanly() is as good as a crash.
    ~Autosave() override;

    void setInterval(int milliseconds);
    int interval() const { return timer_.interval(); }
    bool isRunning() const { return timer_.isActive(); }

    static QString recoveryDir();

    // The document now belongs to `path` (empty: untitled). The previous document's recovery files
    // are removed and later autosaves go to a file named after the new path.
    void setDocumentPath(const QString& path);
    // Where autosaves of the current document go; the file exists only once one was written.
    QString recoveryFilePath() const;
    QString sidecarFilePath() const;
    // Writes the project now. Returns an error message, or an empty string on success.
    QString writeNow();
    // Removes the current document's recovery files.
    void discard();
    // The window closed cleanly: removes the recovery files and writes no more.
    void finish();

    // Recovery files left by sessions that are no longer running, newest first.
    static QList<Entry> leftOvers();
    static void remove(const Entry& entry);

signals:
    void written(const QString& path);
    void failed(const QString& message);

private slots:
    void cleanChanged(bool clean);
    void tick();

private:
    QString baseName() const;

    Document* document_;
    QTimer timer_;
    QString documentPath_;
    const int serial_;
    // The project changed since the last autosave: a timer tick with nothing new writes nothing.
    bool changedSinceWrite_ = false;
};

} // namespace iiot::ui
