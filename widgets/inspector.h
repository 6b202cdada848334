// The inspector dock: the selection's fields, editable. One element shows every field of the
// format; several elements show the fields they can share, with "(mixed)" where they differ, and
// an edit applies to all of them as one undo step. Links likewise: one link shows every field, its
// ends included (only elements with an interface for its medium are accepted); several links show
// their common fields. A zone (selected by its caption) shows its id, name and type; a new id
// renames it and its members follow. A selection of elements and links shows the elements (the
// links are named in the title), links take precedence over zones. Entries are parsed with the
// YAML reader's scalar rules and the edited project must pass the validator (see
// newValidationError); a refused entry is reverted and the reason shown above the fields.
// A second tab holds the capability levels (CapabilityEditor), a third the read-only listing of
// effective values (PropertyTable). All changes go through undo commands.
#pragma once

#include "inspector_fields.h"

#include <QStringList>
#include <QWidget>

#include <vector>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTabWidget;
class QTimer;

namespace iiot::ui {

class CapabilityEditor;
class Document;
class PropertyTable;
class TopologyScene;

class Inspector : public QWidget {
    Q_OBJECT

public:
    enum class Mode { Nothing, Elements, Link, Links, Zone };
    static const QString kMixedText; // placeholder of a field whose elements differ

    Inspector(Document* document, TopologyScene* scene, QWidget* parent = nullptr);

    Mode mode() const { return mode_; }
    // Ids of the elements shown (in project order), the keys of the links shown (project order;
    // linkKey() is the first), or the zone shown.
    const QStringList& elementIds() const { return elementIds_; }
    const QString& linkKey() const { return linkKey_; }
    const QStringList& linkKeys() const { return linkKeys_; }
    const QString& zoneId() const { return zoneId_; }

    // The editor of a field of the current mode (QLineEdit or QComboBox); null when hidden or none.
    QWidget* editor(const QString& key) const;
    // The text the field shows (combo: the value, not its label); empty for a mixed field.
    QString fieldText(const QString& key) const;
    bool isMixed(const QString& key) const;
    bool isFieldVisible(const QString& key) const;
    // Enters `text` into the field as the user would and commits it. True when the edit was
    // accepted (or changed nothing); false when refused, with the reason in problem().
    bool enter(const QString& key, const QString& text);
    // The reason the last entry was refused; empty after an accepted one.
    QString problem() const;

    QString title() const;
    QTabWidget* tabs() const { return tabs_; }
    CapabilityEditor* capabilityEditor() const { return capabilities_; }
    PropertyTable* propertyTable() const { return table_; }

public slots:
    // Re-reads the selection and the model now (otherwise it happens once control returns to
    // the event loop, so a drag or a select-all of thousands of elements refreshes only once).
    void refresh();

signals:
    void statusMessage(const QString& message);

private:
    enum class Target { Element, Link, Zone }; // what a row edits
    struct Row {
        QString key;
        Target target = Target::Element;
        int field = 0; // index into elementFields(), linkFields() or zoneFields()
        QLabel* label = nullptr;
        QLineEdit* line = nullptr;
        QComboBox* combo = nullptr;
        bool mixed = false;
        QString shown; // the value shown, to tell a real change from a focus change
    };

    void buildForm(QFormLayout* form, Target target);
    Target currentTarget() const;
    FieldEditor editorKind(const Row& row) const;
    QWidget* editorOf(const Row& row) const;
    void scheduleRefresh();
    void showPage(QWidget* page);
    const Row* row(const QString& key) const;
    void showElements();
    void showLinks();
    void showZone();
    QFormLayout* formOf(Target target) const;
    // Media every shown link's two ends have an interface for, in the first link's order.
    QStringList commonMedia() const;
    void showNothing(const QString& note);
    void setRow(Row& row, const QString& value, bool mixed, const QString& fallback);
    void fillChoices(Row& row, const QString& value, bool mixed);

    // inspector_commit.cpp
    void commit(const QString& key);
    bool commitText(const Row& row, const QString& text);
    bool commitElements(const ElementField& field, const QString& text);
    bool renameElement(const QString& text);
    bool commitLinks(const LinkField& field, const QString& text);
    bool reconnectLink(const LinkField& field, const QString& text);
    bool commitZone(const ZoneField& field, const QString& text);
    bool renameZone(const QString& text);
    void commitLevel(const QString& capabilityId, int level);
    void resetCapabilities();
    bool refuse(const QString& problem);
    void accepted();

    Document* document_;
    TopologyScene* scene_;
    QLabel* title_;
    QLabel* problem_;
    QTabWidget* tabs_;
    QStackedWidget* pages_;
    QWidget* notePage_;
    QLabel* note_;
    QWidget* elementPage_;
    QWidget* linkPage_;
    QWidget* zonePage_;
    QFormLayout* elementForm_ = nullptr;
    QFormLayout* linkForm_ = nullptr;
    QFormLayout* zoneForm_ = nullptr;
    CapabilityEditor* capabilities_;
    PropertyTable* table_;
    QTimer* refreshTimer_;
    std::vector<Row> rows_;
    Mode mode_ = Mode::Nothing;
    QStringList elementIds_;
    QString linkKey_;
    QStringList linkKeys_;
    QString zoneId_;
    bool filling_ = false; // set while editors are filled, so only the user's entries commit
};

} // namespace iiot::ui
