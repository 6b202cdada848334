#include "file_controller.h"

#include "autosave.h"
#include "document.h"
#include "file_change_watcher.h"
#include "recent_files.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <exception>

namespace iiot::ui {

namespace {

const QString kProjectSuffix = QStringLiteral("iiotw");
const QString kYamlSuffix = QStringLiteral("yaml");
constexpr int kMaxListedProblems = 5;

QString openFilter() {
    return FileController::tr("IIoT Workbench projects (*.iiotw *.yaml *.yml);;Project files (*.iiotw);;"
                              "YAML interchange (*.yaml *.yml);;All files (*)");
}

QString yamlFilter() {
    return FileController::tr("YAML interchange (*.yaml *.yml)");
}

model::FileFormat formatOf(const QString& path) {
    return model::formatFromPath(path.toStdString());
}

QString absolute(const QString& path) {
    return path.isEmpty() ? path : QFileInfo(path).absoluteFilePath();
}

// The errors that stopped a load, as a message that names the file, the place and what to do
// (FORMAT.md section 6); the full list goes to the Problems panel when a project was loaded.
QString describeFailure(const model::Diagnostics& diagnostics) {
    QStringList lines;
    int errors = 0;
    for (const model::Diagnostic& d : diagnostics) {
        if (d.severity != model::Severity::Error)
            continue;
        if (++errors <= kMaxListedProblems)
            lines.append(QString::fromStdString(d.format()));
    }
    if (errors > kMaxListedProblems)
        lines.append(FileController::tr("\u2026 and %1 more").arg(errors - kMaxListedProblems));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

FileController::FileController(Document* document, UserPrompts* prompts, QObject* parent)
    : QObject(parent), document_(document), prompts_(prompts), recent_(new RecentFiles(this)),
      autosave_(new Autosave(document, this)), watcher_(new FileChangeWatcher(this)) {
    connect(document_, &Document::projectReset, this, &FileController::projectReset);
    // The title follows every edit: a command may rename the project.
    connect(document_->undoStack(), &QUndoStack::indexChanged, this,
            [this] { emit titleChanged(windowTitle()); });
    connect(document_->undoStack(), &QUndoStack::cleanChanged, this,
            [this] { emit titleChanged(windowTitle()); });
    connect(watcher_, &FileChangeWatcher::changedOnDisk, this, &FileController::fileChangedOnDisk);
    connect(watcher_, &FileChangeWatcher::removedFromDisk, this, &FileController::fileRemovedFromDisk);
    connect(autosave_, &Autosave::failed, this, &FileController::statusMessage);
    path_ = absolute(document_->filePath());
    autosave_->setDocumentPath(path_);
    watcher_->watch(path_);
}

FileController::~FileController() = default;

bool FileController::isDirty() const {
    return !document_->undoStack()->isClean();
}

QString FileController::displayName() const {
    if (document_->hasProject() && !document_->project().name.empty())
        return QString::fromStdString(document_->project().name);
    if (!path_.isEmpty())
        return QFileInfo(path_).fileName();
    return tr("Untitled");
}

QString FileController::windowTitle() const {
    // "[*]" in a name would be taken for the modified marker; doubled, Qt shows it as written.
    QString name = displayName();
    name.replace(QStringLiteral("[*]"), QStringLiteral("[*][*]"));
    return tr("%1[*] \u2014 IIoT Workbench").arg(name);
}

void FileController::newProject() {
    if (!maybeSave())
        return;
    model::Project project; // the format id is set by the model's default
    project.name = tr("Untitled").toStdString();
    document_->reset(std::move(project));
}

bool FileController::open() {
    const QString path = prompts_->askOpenPath(tr("Open Project"), startDir(), openFilter());
    return !path.isEmpty() && openFile(path);
}

bool FileController::openFile(const QString& path) {
    // Read before asking about unsaved changes: a file that cannot be loaded leaves everything as it was.
    std::optional<model::LoadResult> result = read(path, tr("Open Failed"));
    if (!result || !maybeSave())
        return false;
    const QString file = absolute(path);
    document_->reset(std::move(*result->project), file, std::move(result->diagnostics));
    recent_->add(file);
    emit statusMessage(tr("Opened %1").arg(QDir::toNativeSeparators(file)));
    return true;
}

bool FileController::openRecent(const QString& path) {
    if (!QFileInfo(path).isFile()) {
        recent_->remove(path);
        prompts_->showError(tr("Open Recent"),
                            tr("%1 no longer exists. It was removed from the recent files.")
                                .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    return openFile(path);
}

bool FileController::save() {
    // A project opened from YAML saves back to YAML: the format follows the file's extension.
    if (path_.isEmpty() || formatOf(path_) == model::FileFormat::Unknown)
        return saveAs();
    return saveTo(path_);
}

bool FileController::saveAs() {
    const QString filter = tr("Project files (*.iiotw);;YAML interchange (*.yaml *.yml)");
    QString path =
        prompts_->askSavePath(tr("Save Project As"), suggestedPath(kProjectSuffix), filter, kProjectSuffix);
    if (path.isEmpty())
        return false;
    if (formatOf(path) == model::FileFormat::Unknown)
        path += QLatin1Char('.') + kProjectSuffix;
    return saveTo(path);
}

bool FileController::saveTo(const QString& path) {
    if (!refuseWithoutProject(tr("Save Failed")))
        return false;
    const std::string error = model::saveProject(document_->project(), path.toStdString());
    if (!error.empty()) {
        // The undo stack keeps its index: the document stays dirty and nothing is lost.
        prompts_->showError(tr("Save Failed"),
                            tr("The project was not saved; any previous file is unchanged.\n\n%1")
                                .arg(QString::fromStdString(error)));
        return false;
    }
    const QString file = absolute(path);
    path_ = file;
    // The new path's autosave name holds nothing yet; the old name's files go with this call.
    autosave_->setDocumentPath(file);
    autosave_->discard();
    watcher_->watch(file); // takes what we just wrote as known: our own save is no external change
    document_->undoStack()->setClean();
    recent_->add(file);
    emit titleChanged(windowTitle());
    emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(file)));
    return true;
}

bool FileController::importYaml() {
    const QString path = prompts_->askOpenPath(tr("Import YAML"), startDir(), yamlFilter());
    if (path.isEmpty())
        return false;
    std::optional<model::LoadResult> result = read(path, tr("Import Failed"));
    if (!result || !maybeSave())
        return false;
    // An import becomes a new, untitled project: Save asks where to put the project file.
    document_->reset(std::move(*result->project), {}, std::move(result->diagnostics));
    markDirty(); // not saved anywhere yet: closing must ask
    emit statusMessage(tr("Imported %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool FileController::exportYaml() {
    if (!refuseWithoutProject(tr("Export Failed")))
        return false;
    QString path =
        prompts_->askSavePath(tr("Export YAML"), suggestedPath(kYamlSuffix), yamlFilter(), kYamlSuffix);
    if (path.isEmpty())
        return false;
    if (formatOf(path) != model::FileFormat::Yaml)
        path += QLatin1Char('.') + kYamlSuffix;
    const std::string error = model::saveProject(document_->project(), path.toStdString());
    if (!error.empty()) {
        prompts_->showError(tr("Export Failed"), tr("The project was not exported; any previous file is "
                                                    "unchanged.\n\n%1")
                                                     .arg(QString::fromStdString(error)));
        return false;
    }
    // An export is a copy: the document keeps its file and its unsaved state.
    emit statusMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool FileController::maybeSave() {
    if (!isDirty())
        return true;
    switch (prompts_->askSaveChanges(displayName())) {
    case UserPrompts::SaveChoice::Save:
        return save();
    case UserPrompts::SaveChoice::Discard:
        return true;
    case UserPrompts::SaveChoice::Cancel:
        break;
    }
    return false;
}

void FileController::closeCleanly() {
    autosave_->finish();
    // A closed window has nobody to ask about changes on disk.
    watcher_->watch({});
}

bool FileController::offerRecovery() {
    for (const Autosave::Entry& entry : Autosave::leftOvers()) {
        if (!prompts_->askRecover({entry.originalPath, entry.projectName, entry.savedAt})) {
            Autosave::remove(entry);
            continue;
        }
        // Kept on failure: the message names the file, so the work can still be rescued by hand.
        std::optional<model::LoadResult> result = read(entry.dataPath, tr("Recovery Failed"));
        if (!result)
            continue;
        // Problems are shown against the user's file, not the recovery copy.
        for (model::Diagnostic& d : result->diagnostics)
            if (!entry.originalPath.isEmpty())
                d.file = entry.originalPath.toStdString();
        document_->reset(std::move(*result->project), entry.originalPath, std::move(result->diagnostics));
        markDirty(); // the recovered edits were never saved to the original file
        // This session takes the work over: write its own recovery file before dropping the old one,
        // so a second crash right now loses nothing either.
        const bool taken = autosave_->writeNow().isEmpty();
        if (taken && QFileInfo(autosave_->recoveryFilePath()) != QFileInfo(entry.dataPath))
            Autosave::remove(entry);
        emit statusMessage(
            tr("Recovered unsaved changes from %1").arg(entry.savedAt.toLocalTime().toString(Qt::ISODate)));
        return true;
    }
    return false;
}

std::optional<model::LoadResult> FileController::read(const QString& path, const QString& failureTitle) {
    model::LoadResult result;
    try {
        result = model::loadProject(path.toStdString());
    } catch (const std::exception& e) {
        // Bad input comes back as diagnostics; a throw is a defect, and must not take the user's
        // open work down with it.
        prompts_->showError(failureTitle,
                            tr("Internal error while reading %1: %2")
                                .arg(QDir::toNativeSeparators(path), QString::fromUtf8(e.what())));
        return std::nullopt;
    }
    if (!result.project) {
        prompts_->showError(failureTitle,
                            tr("%1 could not be loaded.\n\n%2")
                                .arg(QDir::toNativeSeparators(path), describeFailure(result.diagnostics)));
        return std::nullopt;
    }
    return result;
}

void FileController::projectReset() {
    // The previous project is gone from memory, and with it any reason to keep its recovery files.
    autosave_->discard();
    path_ = absolute(document_->filePath());
    autosave_->setDocumentPath(path_);
    watcher_->watch(path_);
    emit titleChanged(windowTitle());
}

void FileController::fileChangedOnDisk(const QString& path) {
    // A modal prompt runs an event loop: a second change meanwhile must not stack a second prompt.
    if (path != path_ || askingReload_)
        return;
    askingReload_ = true;
    const bool reload = prompts_->askReload(path, isDirty());
    askingReload_ = false;
    if (reload) {
        if (std::optional<model::LoadResult> result = read(path, tr("Reload Failed"))) {
            document_->reset(std::move(*result->project), path, std::move(result->diagnostics));
            emit statusMessage(tr("Reloaded %1").arg(QDir::toNativeSeparators(path)));
            return;
        }
    }
    // What is shown now differs from the file on disk: Save must be possible and closing must ask.
    markDirty();
}

void FileController::fileRemovedFromDisk(const QString& path) {
    if (path != path_)
        return;
    markDirty();
    emit statusMessage(tr("%1 was deleted or moved by another program; save to write it again")
                           .arg(QDir::toNativeSeparators(path)));
}

bool FileController::refuseWithoutProject(const QString& title) {
    if (document_->hasProject())
        return true;
    // After a failed load the document is an empty stand-in: writing it would replace the user's
    // damaged (but perhaps repairable) file with nothing.
    prompts_->showError(
        title,
        tr("There is no project to save: %1 could not be loaded.").arg(QDir::toNativeSeparators(path_)));
    return false;
}

void FileController::markDirty() {
    // No undo step leads back to a saved state any more, so undoing cannot make it look clean.
    document_->undoStack()->resetClean();
}

QString FileController::startDir() const {
    if (!path_.isEmpty())
        return QFileInfo(path_).absolutePath();
    const QStringList recent = recent_->paths();
    if (!recent.isEmpty())
        return QFileInfo(recent.front()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QString FileController::suggestedPath(const QString& suffix) const {
    QString base = path_.isEmpty() ? displayName() : QFileInfo(path_).completeBaseName();
    // A project name is free text; a file name must not contain a folder separator.
    base.replace(QLatin1Char('/'), QLatin1Char('-'));
    return QDir(startDir()).filePath(base + QLatin1Char('.') + suffix);
}

} // namespace iiot::ui
