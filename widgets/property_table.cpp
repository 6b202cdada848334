#include "property_table.h"

#include <QHeaderView>

namespace iiot::ui {

PropertyTable::PropertyTable(QWidget* parent) : QTableWidget(0, 2, parent) {
    setHorizontalHeaderLabels({tr("Property"), tr("Value")});
    setEditTriggers(NoEditTriggers);
    setSelectionBehavior(SelectRows);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    showNote(tr("No selection"));
}

void PropertyTable::showRows(const QList<PropertyRow>& rows) {
    clearContents();
    setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < rowCount(); ++r) {
        auto* key = new QTableWidgetItem(rows[r].first);
        auto* value = new QTableWidgetItem(rows[r].second);
        value->setToolTip(rows[r].second); // long lists (interfaces) are cut off in the cell
        setItem(r, 0, key);
        setItem(r, 1, value);
    }
}

void PropertyTable::showNote(const QString& note) {
    clearContents();
    setRowCount(1);
    auto* item = new QTableWidgetItem(note);
    item->setForeground(palette().brush(QPalette::PlaceholderText));
    setItem(0, 0, item);
    setSpan(0, 0, 1, 2);
}

QString PropertyTable::value(const QString& key) const {
    for (int r = 0; r < rowCount(); ++r) {
        const QTableWidgetItem* k = item(r, 0);
        const QTableWidgetItem* v = item(r, 1);
        if (k && v && k->text() == key)
            return v->text();
    }
    return {};
}

} // namespace iiot::ui
