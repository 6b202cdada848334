#include "clipboard_actions.h"

#include "clipboard.h"
#include "command_add_elements.h"
#include "command_remove_elements.h"
#include "command_remove_links.h"
#include "document.h"
#include "element_item.h"
#include "layer_lock.h"
#include "link_item.h"
#include "topology_scene.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QSet>
#include <QUndoStack>

namespace iiot::ui {

namespace {
// Adds the prepared elements and links as one step and selects them; a locked layer refuses them
// all, and the reason is returned.
QString addPasted(Document* document, TopologyScene* scene, ProjectClipboard::Paste paste,
                  const QString& verb) {
    if (QString refusal =
            lockedPlacement(*scene, paste.elements, QObject::tr("Cannot %1").arg(verb.toLower()));
        !refusal.isEmpty())
        return refusal;
    QStringList ids;
    for (const model::Element& element : paste.elements)
        ids.append(QString::fromStdString(element.id));
    auto* command = new AddElementsCommand(document, std::move(paste.elements), std::move(paste.links));
    command->setText(ids.size() == 1 ? QObject::tr("%1 %2").arg(verb, ids.front())
                                     : QObject::tr("%1 %2 elements").arg(verb).arg(ids.size()));
    document->undoStack()->push(command);
    scene->selectElements(ids);
    return {};
}
} // namespace

ClipboardActions::ClipboardActions(Document* document, TopologyScene* scene, QObject* parent)
    : QObject(parent), document_(document), scene_(scene) {
    cut_ = new QAction(tr("Cu&t"), this);
    cut_->setShortcut(QKeySequence::Cut);
    cut_->setStatusTip(tr("Copy the selected elements and delete them"));
    connect(cut_, &QAction::triggered, this, &ClipboardActions::cut);
    copy_ = new QAction(tr("&Copy"), this);
    copy_->setShortcut(QKeySequence::Copy);
    copy_->setStatusTip(tr("Copy the selected elements with the links among them"));
    connect(copy_, &QAction::triggered, this, &ClipboardActions::copy);
    paste_ = new QAction(tr("&Paste"), this);
    paste_->setShortcut(QKeySequence::Paste);
    paste_->setStatusTip(tr("Paste elements with fresh ids"));
    connect(paste_, &QAction::triggered, this, &ClipboardActions::paste);
    duplicate_ = new QAction(tr("D&uplicate"), this);
    duplicate_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    duplicate_->setStatusTip(tr("Copy and paste the selected elements in one step"));
    connect(duplicate_, &QAction::triggered, this, &ClipboardActions::duplicate);

    connect(scene_, &QGraphicsScene::selectionChanged, this, &ClipboardActions::updateEnabled);
    connect(document_, &Document::projectReset, this, &ClipboardActions::updateEnabled);
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this, &ClipboardActions::updateEnabled);
    updateEnabled();
}

void ClipboardActions::updateEnabled() {
    const bool elements = !scene_->selectedElementIds().isEmpty();
    cut_->setEnabled(elements);
    copy_->setEnabled(elements);
    duplicate_->setEnabled(elements);
    paste_->setEnabled(document_->hasProject() &&
                       ProjectClipboard::canPaste(QGuiApplication::clipboard()->mimeData()));
}

void ClipboardActions::copy() {
    const QStringList ids = scene_->selectedElementIds();
    if (ids.isEmpty())
        return;
    const model::Project part = ProjectClipboard::fragment(*document_, *scene_, ids);
    QGuiApplication::clipboard()->setMimeData(ProjectClipboard::toMimeData(part));
    emit statusMessage(
        tr("Copied %n element(s) and %1 link(s)", nullptr, static_cast<int>(part.elements.size()))
            .arg(part.links.size()));
}

void ClipboardActions::cut() {
    const QStringList elements = scene_->selectedElementIds();
    if (elements.isEmpty())
        return;
    copy();
    // Selected links between elements that stay go too, as Delete would take them.
    const QSet<QString> doomed(elements.begin(), elements.end());
    QStringList links = scene_->selectedLinkKeys();
    links.removeIf([&](const QString& key) {
        const LinkItem* item = scene_->linkItem(key);
        return item && (doomed.contains(item->fromItem()->elementId()) ||
                        doomed.contains(item->toItem()->elementId()));
    });
    auto* step = new QUndoCommand(elements.size() == 1 ? tr("Cut %1").arg(elements.front())
                                                       : tr("Cut %1 elements").arg(elements.size()));
    if (!links.isEmpty())
        new RemoveLinksCommand(document_, links, step);
    new RemoveElementsCommand(document_, elements, step);
    document_->undoStack()->push(step);
}

bool ClipboardActions::paste() {
    if (!document_->hasProject())
        return false;
    const std::optional<model::Project> part =
        ProjectClipboard::fromMimeData(QGuiApplication::clipboard()->mimeData());
    if (!part) {
        emit statusMessage(tr("The clipboard holds no elements to paste"));
        return false;
    }
    if (const QString refusal =
            addPasted(document_, scene_, ProjectClipboard::prepare(*document_, *part), tr("Paste"));
        !refusal.isEmpty()) {
        emit statusMessage(refusal);
        return false;
    }
    return true;
}

void ClipboardActions::duplicate() {
    const QStringList ids = scene_->selectedElementIds();
    if (ids.isEmpty())
        return;
    // Straight from the document: the clipboard keeps what the user put there.
    const model::Project part = ProjectClipboard::fragment(*document_, *scene_, ids);
    if (const QString refusal =
            addPasted(document_, scene_, ProjectClipboard::prepare(*document_, part), tr("Duplicate"));
        !refusal.isEmpty())
        emit statusMessage(refusal);
}

} // namespace iiot::ui
