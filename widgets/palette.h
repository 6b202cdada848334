// The palette of element kinds: every kind of the type library under its layer, filterable, dragged
// onto the canvas or activated (double-click, Enter) to be placed at the view centre.
#pragma once

#include "model/type_library.h"

#include <QTreeWidget>
#include <QWidget>

class QLineEdit;
class QMimeData;

namespace iiot::ui {

// The list itself. Its drag data is built here so that the canvas, the palette and the tests share
// one encoding of a kind.
class PaletteTree : public QTreeWidget {
    Q_OBJECT

public:
    explicit PaletteTree(QWidget* parent = nullptr);

    // Public (protected in QTreeWidget) so that callers can check what a drag would carry without
    // running a platform drag loop. Null when no kind item is among `items`.
    QMimeData* mimeData(const QList<QTreeWidgetItem*>& items) const override;
    QStringList mimeTypes() const override;
    // Copy only: the default Copy|Move would let a drop target remove the item from the palette.
    Qt::DropActions supportedDropActions() const override { return Qt::CopyAction; }

    // Drawn in the empty list, where the eye is, when the filter leaves nothing.
    void setPlaceholderText(const QString& text);
    QString placeholderText() const { return placeholder_; }
    bool showsPlaceholder() const;

signals:
    void kindActivated(const QString& kind);

protected:
    void startDrag(Qt::DropActions supportedActions) override;
    void keyPressEvent(QKeyEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    QString placeholder_;
};

class Palette : public QWidget {
    Q_OBJECT

public:
    // Item data role holding a kind item's kind id; group headers hold none.
    static constexpr int kKindRole = Qt::UserRole;

    explicit Palette(QWidget* parent = nullptr);
    explicit Palette(const model::TypeLibrary& types, QWidget* parent = nullptr);

    // The MIME type of a dragged kind; its payload is the kind id in UTF-8.
    static QString mimeType();
    // The kind carried by `data`, or an empty string when it carries none.
    static QString kindFromMime(const QMimeData* data);
    // A new MIME object carrying `kind`; the caller (usually a QDrag) takes ownership.
    static QMimeData* mimeDataForKind(const QString& kind);

    PaletteTree* tree() const { return tree_; }
    QLineEdit* filterEdit() const { return filter_; }

    QString filterText() const;
    void setFilterText(const QString& text);
    // Kind ids currently shown, top to bottom.
    QStringList visibleKinds() const;
    // The group header of a layer and the item of a kind; null when absent.
    QTreeWidgetItem* groupItem(model::ElementLayer layer) const;
    QTreeWidgetItem* kindItem(const QString& kind) const;

signals:
    void kindActivated(const QString& kind);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void populate(const model::TypeLibrary& types);
    void applyFilter(const QString& text);
    // The first kind item shown, for keyboard navigation out of the filter box.
    QTreeWidgetItem* firstVisibleKind() const;

    QLineEdit* filter_ = nullptr;
    PaletteTree* tree_ = nullptr;
};

} // namespace iiot::ui
