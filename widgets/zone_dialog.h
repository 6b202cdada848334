// Asks for a zone's name and type (new zone, rename).
#pragma once

#include <QDialog>

#include <string>

class QComboBox;
class QLineEdit;

namespace iiot::ui {

class ZoneDialog : public QDialog {
    Q_OBJECT

public:
    ZoneDialog(const QString& title, const QString& name, const std::string& type, QWidget* parent = nullptr);

    QString name() const;
    std::string type() const;

private:
    QLineEdit* name_;
    QComboBox* type_;
};

} // namespace iiot::ui
