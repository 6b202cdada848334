#include "graphml_import_dialog.h"

#include "model/graphml_import.h"
#include "model/type_library.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace iiot::ui {

namespace {

// The whole file, or an error diagnostic naming it.
std::optional<std::string> readFile(const QString& path, model::Diagnostics& diagnostics) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        model::Diagnostic d;
        d.file = QDir::toNativeSeparators(path).toStdString();
        d.message = "cannot read the file: " + file.errorString().toStdString();
        diagnostics.push_back(std::move(d));
        return std::nullopt;
    }
    return file.readAll().toStdString();
}

} // namespace

GraphmlImportDialog::GraphmlImportDialog(QWidget* parent)
    : QDialog(parent), graphml_(new QLineEdit(this)), mapping_(new QLineEdit(this)),
      import_(new QPushButton(tr("Import"), this)), problems_(new QListWidget(this)) {
    setWindowTitle(tr("Import GraphML"));
    auto* form = new QFormLayout;
    const auto row = [this, form](const QString& label, QLineEdit* edit, const QString& title,
                                  const QString& filter) {
        auto* line = new QHBoxLayout;
        line->addWidget(edit);
        auto* browse = new QPushButton(tr("Browse\u2026"), this);
        connect(browse, &QPushButton::clicked, this,
                [this, edit, title, filter] { this->browse(edit, title, filter); });
        line->addWidget(browse);
        form->addRow(label, line);
    };
    row(tr("GraphML file:"), graphml_, tr("GraphML File"), tr("GraphML (*.graphml *.xml);;All files (*)"));
    mapping_->setPlaceholderText(tr("optional: YAML {attribute, default, values}"));
    row(tr("Kind mapping:"), mapping_, tr("Kind Mapping"), tr("YAML (*.yaml *.yml);;All files (*)"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Problems:"), this));
    problems_->setMinimumHeight(120);
    layout->addWidget(problems_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    // Import runs first; the dialog closes only when a project came out.
    buttons->addButton(import_, QDialogButtonBox::ActionRole);
    import_->setDefault(true);
    connect(import_, &QPushButton::clicked, this, [this] {
        if (runImport())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 320);
}

void GraphmlImportDialog::browse(QLineEdit* edit, const QString& title, const QString& filter) {
    const QString start = edit->text().isEmpty() ? QDir::homePath() : QFileInfo(edit->text()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, title, start, filter);
    if (!path.isEmpty())
        edit->setText(path);
}

bool GraphmlImportDialog::runImport() {
    project_.reset();
    diagnostics_.clear();
    const QString graphmlPath = graphml_->text().trimmed();
    const QString mappingPath = mapping_->text().trimmed();
    if (graphmlPath.isEmpty()) {
        model::Diagnostic d;
        d.message = tr("choose the GraphML file to import").toStdString();
        diagnostics_.push_back(std::move(d));
        listProblems();
        return false;
    }
    const model::TypeLibrary& types = model::TypeLibrary::builtin();
    model::KindMapping mapping;
    if (!mappingPath.isEmpty()) {
        const auto text = readFile(mappingPath, diagnostics_);
        std::optional<model::KindMapping> read;
        if (text)
            read = model::readKindMapping(*text, QDir::toNativeSeparators(mappingPath).toStdString(), types,
                                          diagnostics_);
        if (!read) {
            listProblems();
            return false;
        }
        mapping = std::move(*read);
    }
    const auto text = readFile(graphmlPath, diagnostics_);
    if (!text) {
        listProblems();
        return false;
    }
    model::GraphmlImport imported =
        model::importGraphml(*text, QDir::toNativeSeparators(graphmlPath).toStdString(), types, mapping);
    diagnostics_.insert(diagnostics_.end(), imported.diagnostics.begin(), imported.diagnostics.end());
    listProblems();
    if (!imported.ok())
        return false;
    project_ = std::move(imported.project);
    return true;
}

void GraphmlImportDialog::listProblems() {
    problems_->clear();
    for (const model::Diagnostic& d : diagnostics_)
        problems_->addItem(QString::fromStdString(d.format()));
    if (diagnostics_.empty())
        problems_->addItem(tr("No problems."));
}

} // namespace iiot::ui
