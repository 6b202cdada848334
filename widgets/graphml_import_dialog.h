// File > Import GraphML: a GraphML file (the workbench's own export or an Internet Topology Zoo
// style file) and an optional kind-mapping file (YAML, see model/graphml_import.h). Import reads
// both; errors (with line and column) are listed and the dialog stays open; a successful import
// closes it and the caller opens the project as a new, untitled document with the warnings listed.
#pragma once

#include "model/diagnostic.h"
#include "model/project.h"

#include <QDialog>

#include <optional>
#include <utility>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace iiot::ui {

class GraphmlImportDialog : public QDialog {
    Q_OBJECT

public:
    explicit GraphmlImportDialog(QWidget* parent = nullptr);

    QLineEdit* graphmlEdit() const { return graphml_; }
    QLineEdit* mappingEdit() const { return mapping_; }
    QPushButton* importButton() const { return import_; }
    QListWidget* problemList() const { return problems_; }

    // Reads the files and imports; true when a project came out (warnings allowed).
    bool runImport();
    // The imported project (after runImport() returned true) and every problem found.
    std::optional<model::Project> takeProject() { return std::exchange(project_, std::nullopt); }
    const model::Diagnostics& diagnostics() const { return diagnostics_; }

private:
    void browse(QLineEdit* edit, const QString& title, const QString& filter);
    void listProblems();

    QLineEdit* graphml_;
    QLineEdit* mapping_;
    QPushButton* import_;
    QListWidget* problems_;
    std::optional<model::Project> project_;
    model::Diagnostics diagnostics_;
};

} // namespace iiot::ui
