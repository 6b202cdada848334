#include "palette.h"

#include "icon_cache.h"
#include "layer_style.h"

#include <QDrag>
#include <QFile>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QVBoxLayout>

namespace iiot::ui {

namespace {

constexpr int kLayerRole = Palette::kKindRole + 1; // on group headers: the ElementLayer
constexpr int kIconPixels = 24;
constexpr int kDragIconPixels = 40;

QString kindOf(const QTreeWidgetItem* item) {
    return item ? item->data(0, Palette::kKindRole).toString() : QString();
}

// An icon that renders the SVG at whatever size and device pixel ratio it is asked for, so the
// palette stays sharp on HiDPI screens; a pre-rendered placeholder only when the file is missing.
QIcon kindIcon(const model::KindInfo& kind) {
    const QString path = QStringLiteral(":/icons/") + QString::fromStdString(kind.icon);
    if (!kind.icon.empty() && QFile::exists(path))
        return QIcon(path);
    return QIcon(QPixmap::fromImage(IconCache::instance().image(kind.id, 2 * kIconPixels)));
}

QString mediumLabel(const std::string& id, const model::TypeLibrary& types) {
    const model::MediumInfo* medium = types.medium(id);
    return QString::fromStdString(medium ? medium->label : id);
}

QString kindToolTip(const model::KindInfo& kind, const model::TypeLibrary& types) {
    QStringList interfaces;
    for (const std::string& id : kind.interfaces)
        interfaces << mediumLabel(id, types).toHtmlEscaped();
    QString tip = QStringLiteral("<b>%1</b><br>id: <code>%2</code><br>%3")
                      .arg(QString::fromStdString(kind.label).toHtmlEscaped(),
                           QString::fromStdString(kind.id).toHtmlEscaped(), LayerStyle::caption(kind.layer));
    if (kind.end_device)
        tip += Palette::tr(", end device");
    tip += QStringLiteral("<br>") +
           Palette::tr("Default interfaces: %1")
               .arg(interfaces.isEmpty() ? Palette::tr("none") : interfaces.join(QStringLiteral(", ")));
    return tip;
}

} // namespace

// ---- PaletteTree ----

PaletteTree::PaletteTree(QWidget* parent) : QTreeWidget(parent) {
    setColumnCount(1);
    setHeaderHidden(true);
    // Groups are section headers, always open: collapsing them would only hide kinds the filter
    // already hides on demand.
    setRootIsDecorated(false);
    setItemsExpandable(false);
    setIndentation(8);
    setIconSize(QSize(kIconPixels, kIconPixels));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setDefaultDropAction(Qt::CopyAction);
    setUniformRowHeights(false); // headers and kinds differ in height
    connect(this, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        const QString kind = kindOf(item);
        if (!kind.isEmpty())
            emit kindActivated(kind);
    });
}

QStringList PaletteTree::mimeTypes() const {
    return {Palette::mimeType()};
}

QMimeData* PaletteTree::mimeData(const QList<QTreeWidgetItem*>& items) const {
    for (const QTreeWidgetItem* item : items) {
        const QString kind = kindOf(item);
        if (!kind.isEmpty())
            return Palette::mimeDataForKind(kind); // one element per drop: the first kind wins
    }
    return nullptr;
}

void PaletteTree::startDrag(Qt::DropActions supportedActions) {
    // Our own drag rather than the base one: it shows the kind's icon instead of a snapshot of the
    // row, and never acts on a Move, which would make the base class delete the palette item.
    if (!(supportedActions & Qt::CopyAction))
        return;
    const QList<QTreeWidgetItem*> items = selectedItems();
    QMimeData* data = mimeData(items);
    if (!data)
        return;
    auto* drag = new QDrag(this);
    drag->setMimeData(data);
    // Single selection of kinds only (headers are not selectable): the first item is the kind.
    // QIcon::pixmap with the widget's ratio keeps the drag image sharp on HiDPI screens.
    const QSize size(kDragIconPixels, kDragIconPixels);
    drag->setPixmap(items.front()->icon(0).pixmap(size, devicePixelRatioF()));
    drag->setHotSpot(QPoint(size.width() / 2, size.height() / 2));
    drag->exec(Qt::CopyAction, Qt::CopyAction);
}

void PaletteTree::setPlaceholderText(const QString& text) {
    placeholder_ = text;
    viewport()->update();
}

bool PaletteTree::showsPlaceholder() const {
    for (int g = 0; g < topLevelItemCount(); ++g)
        if (!topLevelItem(g)->isHidden())
            return false;
    return !placeholder_.isEmpty();
}

void PaletteTree::paintEvent(QPaintEvent* event) {
    QTreeWidget::paintEvent(event);
    if (!showsPlaceholder())
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const QRect area = viewport()->rect().adjusted(8, 8, -8, -8);
    painter.drawText(area, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, placeholder_);
}

void PaletteTree::keyPressEvent(QKeyEvent* event) {
    // Enter places the current kind. Handled here rather than through itemActivated, which also
    // fires on a double-click (and on single clicks under some styles) and would emit twice.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        const QString kind = kindOf(currentItem());
        if (!kind.isEmpty() && !currentItem()->isHidden()) {
            emit kindActivated(kind);
            event->accept();
            return;
        }
    }
    QTreeWidget::keyPressEvent(event);
}

// ---- Palette ----

Palette::Palette(QWidget* parent) : Palette(model::TypeLibrary::builtin(), parent) {}

Palette::Palette(const model::TypeLibrary& types, QWidget* parent) : QWidget(parent) {
    // The icon resources live in a static library; the cache's constructor registers them.
    IconCache::instance();

    filter_ = new QLineEdit(this);
    filter_->setPlaceholderText(tr("Filter kinds"));
    filter_->setClearButtonEnabled(true);
    filter_->setAccessibleName(tr("Filter element kinds"));
    filter_->setToolTip(tr("Shows the kinds whose label or id contains the text; Esc clears"));
    filter_->installEventFilter(this);

    tree_ = new PaletteTree(this);
    tree_->setAccessibleName(tr("Element kinds"));
    tree_->installEventFilter(this);

    tree_->setPlaceholderText(tr("No kind matches the filter."));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(filter_);
    layout->addWidget(tree_, 1);

    populate(types);

    connect(filter_, &QLineEdit::textChanged, this, &Palette::applyFilter);
    connect(tree_, &PaletteTree::kindActivated, this, &Palette::kindActivated);
    setFocusProxy(filter_);
}

QString Palette::mimeType() {
    return QStringLiteral("application/x-iiot-kind");
}

QString Palette::kindFromMime(const QMimeData* data) {
    if (!data || !data->hasFormat(mimeType()))
        return {};
    return QString::fromUtf8(data->data(mimeType())).trimmed();
}

QMimeData* Palette::mimeDataForKind(const QString& kind) {
    auto* data = new QMimeData;
    data->setData(mimeType(), kind.toUtf8());
    return data;
}

void Palette::populate(const model::TypeLibrary& types) {
    QFont headerFont = tree_->font();
    headerFont.setBold(true);
    for (model::ElementLayer layer : LayerStyle::kTopToBottom) {
        auto* group = new QTreeWidgetItem(tree_, {LayerStyle::caption(layer)});
        // Headers can be neither selected nor dragged: only kinds are placeable.
        group->setFlags(Qt::ItemIsEnabled);
        group->setFont(0, headerFont);
        group->setForeground(0, LayerStyle::accentColour(layer));
        group->setBackground(0, LayerStyle::bandColour(layer));
        group->setData(0, kKindRole, QString());
        group->setData(0, kLayerRole, static_cast<int>(layer));
        group->setFirstColumnSpanned(true);
        for (const model::KindInfo& kind : types.kinds()) {
            if (kind.layer != layer)
                continue;
            auto* item = new QTreeWidgetItem(group, {QString::fromStdString(kind.label)});
            item->setIcon(0, kindIcon(kind));
            item->setData(0, kKindRole, QString::fromStdString(kind.id));
            item->setToolTip(0, kindToolTip(kind, types));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        }
        group->setHidden(group->childCount() == 0);
        group->setExpanded(true);
    }
}

void Palette::applyFilter(const QString& text) {
    const QString needle = text.trimmed();
    for (int g = 0; g < tree_->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = tree_->topLevelItem(g);
        int shown = 0;
        for (int k = 0; k < group->childCount(); ++k) {
            QTreeWidgetItem* item = group->child(k);
            const bool match = needle.isEmpty() || item->text(0).contains(needle, Qt::CaseInsensitive) ||
                               kindOf(item).contains(needle, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match;
        }
        group->setHidden(shown == 0);
    }
    tree_->viewport()->update(); // the placeholder depends on what is left
    // A hidden current item would still receive Enter; move to something the user can see.
    QTreeWidgetItem* current = tree_->currentItem();
    if (current && (current->isHidden() || (current->parent() && current->parent()->isHidden()))) {
        QTreeWidgetItem* first = firstVisibleKind();
        tree_->setCurrentItem(first);
        if (!first)
            tree_->clearSelection();
    }
}

QString Palette::filterText() const {
    return filter_->text();
}

void Palette::setFilterText(const QString& text) {
    filter_->setText(text);
}

QStringList Palette::visibleKinds() const {
    QStringList kinds;
    for (int g = 0; g < tree_->topLevelItemCount(); ++g) {
        const QTreeWidgetItem* group = tree_->topLevelItem(g);
        if (group->isHidden())
            continue;
        for (int k = 0; k < group->childCount(); ++k)
            if (!group->child(k)->isHidden())
                kinds << kindOf(group->child(k));
    }
    return kinds;
}

QTreeWidgetItem* Palette::groupItem(model::ElementLayer layer) const {
    for (int g = 0; g < tree_->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = tree_->topLevelItem(g);
        if (group->data(0, kLayerRole).toInt() == static_cast<int>(layer))
            return group;
    }
    return nullptr;
}

QTreeWidgetItem* Palette::kindItem(const QString& kind) const {
    for (int g = 0; g < tree_->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = tree_->topLevelItem(g);
        for (int k = 0; k < group->childCount(); ++k)
            if (kindOf(group->child(k)) == kind)
                return group->child(k);
    }
    return nullptr;
}

QTreeWidgetItem* Palette::firstVisibleKind() const {
    for (int g = 0; g < tree_->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = tree_->topLevelItem(g);
        if (group->isHidden())
            continue;
        for (int k = 0; k < group->childCount(); ++k)
            if (!group->child(k)->isHidden())
                return group->child(k);
    }
    return nullptr;
}

bool Palette::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::KeyPress || (watched != filter_ && watched != tree_))
        return QWidget::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    if (key->key() == Qt::Key_Escape && !filter_->text().isEmpty()) {
        filter_->clear();
        return true; // an empty filter lets Escape through, e.g. to close a floating dock
    }
    if (watched == filter_ &&
        (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
        QTreeWidgetItem* first = firstVisibleKind();
        if (!first)
            return true;
        // Type, then Enter: a unique match is placed at once; otherwise pick with the arrows.
        if (key->key() != Qt::Key_Down && visibleKinds().size() == 1) {
            emit kindActivated(kindOf(first));
            return true;
        }
        tree_->setCurrentItem(first);
        tree_->setFocus(Qt::TabFocusReason);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace iiot::ui
