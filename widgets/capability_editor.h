// Capability levels of the selected elements (MODELS.md section 2): one row per catalogue capability,
// grouped by framework layer, with a 0..3 level, the kind default beside it, rows outside the
// elements' scope disabled and a "mixed" state when several elements disagree. The editor never
// changes the model: it reports the user's edits and the document turns them into undo commands.
#pragma once

#include "model/capability_catalogue.h"
#include "model/project.h"
#include "model/type_library.h"

#include <QWidget>

#include <string>
#include <vector>

class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;

namespace iiot::ui {

class CapabilityEditor : public QWidget {
    Q_OBJECT

public:
    static constexpr int kMaxLevel = 3;
    // level() of a row whose elements differ, and of an unknown capability.
    static constexpr int kMixed = -1;
    static constexpr int kNoRow = -2;

    explicit CapabilityEditor(QWidget* parent = nullptr);

    // Shows the effective levels of `elements` (own map when present, else the kind defaults).
    // Only ids and levels are kept: the pointers need not outlive the call. Calling it again after
    // an edit updates the rows in place, so the focused selector keeps its focus.
    void setElements(const std::vector<const model::Element*>& elements, const model::TypeLibrary& types,
                     const model::CapabilityCatalogue& catalogue);
    void clear();

    // "none", "basic", "advanced", "full" for 0..3.
    static QString levelName(int level);

    // Row state, by capability id; for the lead's glue code and the tests.
    QStringList capabilityIds() const;
    int level(const QString& capabilityId) const;
    bool isMixed(const QString& capabilityId) const { return level(capabilityId) == kMixed; }
    bool isApplicable(const QString& capabilityId) const;
    // The kind default shown beside the level: a level name, or "varies" when the kinds disagree.
    QString defaultText(const QString& capabilityId) const;
    // Ids of the shown elements whose kind is in the capability's scope: the ones an edit of that
    // row should change (rating an out-of-scope element has no meaning in the coverage score).
    std::vector<std::string> elementsInScope(const QString& capabilityId) const;
    QComboBox* levelBox(const QString& capabilityId) const;
    QLabel* rowLabel(const QString& capabilityId) const;
    QPushButton* resetButton() const { return reset_; }

signals:
    // The user chose `level` for the capability; with several elements it is meant for all of them.
    void levelChanged(const QString& capabilityId, int level);
    // The user asked to drop the elements' own maps so the kind defaults apply again.
    void resetToDefaults();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Row {
        QString id;
        model::FrameworkLayer layer = model::FrameworkLayer::Device;
        QLabel* label = nullptr;
        QComboBox* box = nullptr;
        QLabel* defaults = nullptr;
        QString baseToolTip; // id, description and framework level; scope notes are appended
        int level = kNoRow;
        std::vector<std::string> inScope;
    };

    void buildRows(const model::CapabilityCatalogue& catalogue);
    bool rowsMatch(const model::CapabilityCatalogue& catalogue) const;
    const Row* row(const QString& capabilityId) const;

    QLabel* title_ = nullptr;
    QLabel* source_ = nullptr;
    QScrollArea* scroll_ = nullptr;
    QPushButton* reset_ = nullptr;
    std::vector<Row> rows_;
    bool updating_ = false; // set while rows are refreshed, so only user choices are reported
};

} // namespace iiot::ui
