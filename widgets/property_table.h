// Read-only two-column table of the selection's properties (the inspector grows from this).
#pragma once

#include "property_rows.h"

#include <QTableWidget>

namespace iiot::ui {

class PropertyTable : public QTableWidget {
    Q_OBJECT

public:
    explicit PropertyTable(QWidget* parent = nullptr);

    void showRows(const QList<PropertyRow>& rows);
    // Shows a one-line note instead of properties ("No selection", "3 items selected").
    void showNote(const QString& note);

    // The value shown for `key`, or a null string when there is no such row.
    QString value(const QString& key) const;
};

} // namespace iiot::ui
