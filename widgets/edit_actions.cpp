#include "edit_actions.h"

#include "command_remove_elements.h"
#include "command_remove_links.h"
#include "command_remove_zone.h"
#include "document.h"
#include "element_item.h"
#include "link_item.h"
#include "topology_scene.h"

#include <QAction>
#include <QSet>
#include <QUndoView>

namespace iiot::ui {

namespace {
QString counted(qsizetype n, const char* one, const char* many) {
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
}
} // namespace

EditActions::EditActions(Document* document, TopologyScene* scene, QObject* parent)
    : QObject(parent), document_(document), scene_(scene) {
    undo_ = document_->undoStack()->createUndoAction(this, tr("&Undo"));
    undo_->setShortcut(QKeySequence::Undo);
    redo_ = document_->undoStack()->createRedoAction(this, tr("&Redo"));
    redo_->setShortcut(QKeySequence::Redo);
    separator_ = new QAction(this);
    separator_->setSeparator(true);

    delete_ = new QAction(tr("&Delete"), this);
    delete_->setShortcut(QKeySequence::Delete);
    delete_->setStatusTip(tr("Delete the selected elements with their links, and the selected links"));
    connect(delete_, &QAction::triggered, this, &EditActions::deleteSelection);

    selectAll_ = new QAction(tr("Select &All"), this);
    selectAll_->setShortcut(QKeySequence::SelectAll);
    connect(selectAll_, &QAction::triggered, this, &EditActions::selectAll);

    connect(scene_, &QGraphicsScene::selectionChanged, this, &EditActions::updateEnabled);
    connect(document_, &Document::projectReset, this, &EditActions::updateEnabled);
    updateEnabled();
}

QList<QAction*> EditActions::actions() const {
    return {undo_, redo_, separator_, delete_, selectAll_};
}

QUndoView* EditActions::createUndoView(Document* document, QWidget* parent) {
    auto* view = new QUndoView(document->undoStack(), parent);
    view->setEmptyLabel(tr("<no changes>"));
    view->setObjectName(QStringLiteral("undoHistory"));
    return view;
}

void EditActions::updateEnabled() {
    delete_->setEnabled(!scene_->selectedItems().isEmpty());
}

void EditActions::selectAll() {
    scene_->selectAllItems();
}

void EditActions::deleteSelection() {
    const QStringList elements = scene_->selectedElementIds();
    QStringList links = scene_->selectedLinkKeys();
    // Zones go only when nothing else is selected: a rubber band that caught a zone's caption
    // along with elements must not take the zone. Their elements stay.
    const QStringList zones =
        elements.isEmpty() && links.isEmpty() ? scene_->selectedZoneIds() : QStringList();
    if (elements.isEmpty() && links.isEmpty() && zones.isEmpty())
        return;
    // Links that go with a deleted element are removed by the element's command already.
    const QSet<QString> doomed(elements.begin(), elements.end());
    links.removeIf([&](const QString& key) {
        const LinkItem* item = scene_->linkItem(key);
        return item && (doomed.contains(item->fromItem()->elementId()) ||
                        doomed.contains(item->toItem()->elementId()));
    });
    // One parent command: one undo step however much was selected.
    auto* step = new QUndoCommand;
    if (!links.isEmpty())
        new RemoveLinksCommand(document_, links, step);
    if (!elements.isEmpty())
        new RemoveElementsCommand(document_, elements, step);
    for (const QString& zone : zones)
        new RemoveZoneCommand(document_, zone.toStdString(), step);
    step->setText(step->childCount() == 1 ? step->child(0)->text()
                                          : tr("Delete %1 and %2")
                                                .arg(counted(elements.size(), "element", "elements"),
                                                     counted(links.size(), "link", "links")));
    if (!zones.isEmpty() && step->childCount() > 1)
        step->setText(tr("Delete %1").arg(counted(zones.size(), "zone", "zones")));
    document_->undoStack()->push(step);
}

} // namespace iiot::ui
