// The open project: owns the model, where it came from, the problems found when loading it,
// and the undo stack through which every edit goes (DESIGN.md section 2). Views read the model
// from here and listen for the change notifications; they never own or write it.
//
// The edit functions take an EditKey that only DocumentCommand can make, so the compiler
// enforces that the model changes through undo commands and nothing else.
#pragma once

#include "model/diagnostic.h"
#include "model/project.h"
#include "model/type_library.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUndoStack>

#include <cstddef>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace iiot::ui {

class DocumentCommand;

class Document : public QObject {
    Q_OBJECT

public:
    static constexpr int kUndoLimit = 500;

    // Proof of being an undo command; see DocumentCommand::key().
    class EditKey {
        friend class DocumentCommand;
        EditKey() = default;
    };

    // An element or link together with its index in the project's list: removal records where
    // each one was, so that undo puts it back there and the file is written byte for byte as before.
    struct IndexedElement {
        std::size_t index = 0;
        model::Element element;
    };
    struct IndexedLink {
        std::size_t index = 0;
        model::Link link;
    };
    struct PositionChange {
        std::string id;
        std::optional<model::Position> position; // absent: back to the automatic layout
    };

    explicit Document(QObject* parent = nullptr);
    ~Document() override;

    // Reads a .yaml or .iiotw file. Always replaces the current project (with an empty one when the
    // file could not be read) so that its problems can be shown; returns true when there were no errors.
    bool load(const QString& path);
    // Adopts a project built in memory (tests, imports, a new project).
    void reset(model::Project project, const QString& path = {}, model::Diagnostics diagnostics = {});

    const model::Project& project() const { return project_; }
    // False when loading failed so badly that there is no project to show.
    bool hasProject() const { return hasProject_; }
    const QString& filePath() const { return filePath_; }
    const model::Diagnostics& diagnostics() const { return diagnostics_; }
    const model::TypeLibrary& types() const;
    // The project's name, else the file's name, else "Untitled".
    QString displayName() const;

    // Lookups by element id and by link key (see linkKey); null or -1 when there is none.
    const model::Element* element(const std::string& id) const;
    const model::Element* element(const QString& id) const { return element(id.toStdString()); }
    int elementIndex(const std::string& id) const;
    const model::Link* link(const QString& key) const;
    int linkIndex(const QString& key) const;
    // The key a link is known by: its id, or "#N" (1-based position) for a link without one.
    static QString linkKey(const model::Link& link, std::size_t index);
    // Ids not in use yet: "<prefix>1", "<prefix>2", ... (for new elements and links).
    std::string freshElementId(const std::string& prefix) const;
    std::string freshLinkId() const;

    QUndoStack* undoStack() { return &undoStack_; }
    // The undo stack's clean index is the one dirty flag.
    bool isDirty() const { return !undoStack_.isClean(); }
    bool isModified() const { return isDirty(); }

    // --- Edits, for undo commands only. Each emits its notification once the model is consistent.
    // Inserts at the recorded indices, in ascending order of index.
    void insertElements(EditKey, std::vector<IndexedElement> elements);
    // Removes the elements with these ids (not their links); returns them in ascending index order.
    std::vector<IndexedElement> takeElements(EditKey, const std::vector<std::string>& ids);
    // Replaces elements by id; an element's id itself must not change.
    void replaceElements(EditKey, const std::vector<model::Element>& elements);
    void setPositions(EditKey, const std::vector<PositionChange>& changes);
    void insertLinks(EditKey, std::vector<IndexedLink> links);
    std::vector<IndexedLink> takeLinks(EditKey, const QStringList& keys);
    // Replaces the link filed under `key`; its id must not change.
    void replaceLink(EditKey, const QString& key, const model::Link& link);
    // Gives an element a new id and makes every reference to it (links, applications' elements and
    // hosts, services) follow. Views see the element removed under its old id and added under the
    // new one, then its links changed.
    void renameElement(EditKey, const std::string& from, const std::string& to);
    // Zones: inserted at a recorded index, taken out by id, replaced by id (the id must not change).
    // Membership is the elements' `zone` field, changed with replaceElements.
    struct IndexedZone {
        std::size_t index = 0;
        model::Zone zone;
    };
    void insertZone(EditKey, IndexedZone zone);
    std::optional<IndexedZone> takeZone(EditKey, const std::string& id);
    void replaceZone(EditKey, const model::Zone& zone);
    const model::Zone* zone(const std::string& id) const;
    // Stored results (allocation, slicing, offloading, simulation runs): appended when a run ends,
    // taken out by id. Their ids are given here (the largest in use + 1), so a result keeps its id
    // through undo and redo and in the project file.
    void insertResult(EditKey, std::size_t index, model::StoredResult result);
    std::optional<std::pair<std::size_t, model::StoredResult>> takeResult(EditKey, long long id);
    const model::StoredResult* result(long long id) const;
    long long freshResultId() const;

signals:
    // The whole project was replaced: views rebuild from scratch.
    void projectReset();
    void elementsAdded(const QStringList& ids);
    void elementsRemoved(const QStringList& ids);
    // Any field may have changed, the position included.
    void elementsChanged(const QStringList& ids);
    // Only positions changed (the frequent case during a drag, so views can skip the rest).
    void elementsMoved(const QStringList& ids);
    // Link keys as linkKey() gives them, taken when the notification is sent.
    void linksAdded(const QStringList& keys);
    void linksRemoved(const QStringList& keys);
    void linksChanged(const QStringList& keys);
    // Zones added, removed or renamed (not membership: that is elementsChanged).
    void zonesChanged(const QStringList& ids);
    // A stored result was added or removed.
    void resultsChanged();
    void dirtyChanged(bool dirty);

private:
    void adopt(model::Project project, bool hasProject, const QString& path, model::Diagnostics diagnostics);
    // The lookup tables are rebuilt on first use after elements or links were inserted or removed.
    void forgetIndexes();
    const std::unordered_map<std::string, std::size_t>& elementIndexes() const;
    const std::unordered_map<std::string, std::size_t>& linkIndexes() const;

    model::Project project_;
    bool hasProject_ = false;
    QString filePath_;
    model::Diagnostics diagnostics_;
    QUndoStack undoStack_;
    mutable std::optional<std::unordered_map<std::string, std::size_t>> elementIndex_;
    mutable std::optional<std::unordered_map<std::string, std::size_t>> linkIndex_;
};

} // namespace iiot::ui
