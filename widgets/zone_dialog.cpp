#include "zone_dialog.h"

#include "model/type_library.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace iiot::ui {

ZoneDialog::ZoneDialog(const QString& title, const QString& name, const std::string& type, QWidget* parent)
    : QDialog(parent), name_(new QLineEdit(name, this)), type_(new QComboBox(this)) {
    setWindowTitle(title);
    for (const model::ZoneTypeInfo& info : model::TypeLibrary::builtin().zoneTypes()) {
        type_->addItem(QString::fromStdString(info.label), QString::fromStdString(info.id));
        if (info.id == type)
            type_->setCurrentIndex(type_->count() - 1);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A zone needs a name to be told apart on the canvas.
    connect(name_, &QLineEdit::textChanged, this, [this, buttons](const QString& text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!name.trimmed().isEmpty());
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Name:"), name_);
    form->addRow(tr("&Type:"), type_);
    form->addRow(buttons);
}

QString ZoneDialog::name() const {
    return name_->text().trimmed();
}

std::string ZoneDialog::type() const {
    return type_->currentData().toString().toStdString();
}

} // namespace iiot::ui
