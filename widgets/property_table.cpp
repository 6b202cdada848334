#include "property_table.h"

#include <QHeaderView>

namespace iiot::ui {

PropertyTable::PropertyTable(QWidget* parent) : QTableWidget(0, 2, parent) {
    setHorizontalHeaderLabels({tr("Property"), tr("Value")});
    setEditTriggers(NoEditTriggers);
    setSelectionBehavior(SelectRows);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideMiddle); // long keys keep their start and their end
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    horizontalHeader()->resizeSection(0, 190);
    horizontalHeader()->setStretchLastSection(true);
    showNote(tr("No selection"));
}

void PropertyTable::showRows(const QList<PropertyRow>& rows) {
    clearContents();
    clearSpans(); // left by a note
    setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < rowCount(); ++r) {
        auto* key = new QTableWidgetItem(rows[r].first);
        auto* value = new QTableWidgetItem(rows[r].second);
        key->setToolTip(rows[r].first); // long keys and lists are cut off in the cell
        value->setToolTip(rows[r].second);
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
