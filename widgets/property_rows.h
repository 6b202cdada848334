// The read-only property listing of an element or a link: every field of the format (FORMAT.md
// section 1) under its file key, with the type library's default shown where the field is absent.
#pragma once

#include "model/project.h"
#include "model/type_library.h"

#include <QList>
#include <QPair>
#include <QString>

namespace iiot::ui {

using PropertyRow = QPair<QString, QString>; // key, value

QList<PropertyRow> elementPropertyRows(const model::Element& element, const model::TypeLibrary& types);
QList<PropertyRow> linkPropertyRows(const model::Link& link, const QString& key,
                                    const model::TypeLibrary& types);

} // namespace iiot::ui
