#include "zone_actions.h"

#include "command_add_zone.h"
#include "command_change_zone.h"
#include "command_remove_zone.h"
#include "document.h"
#include "topology_scene.h"
#include "zone_dialog.h"

#include <QAction>
#include <QUndoStack>

namespace iiot::ui {

namespace {
constexpr const char* kDefaultZoneType = "ot-field";
}

ZoneActions::ZoneActions(Document* document, TopologyScene* scene, QWidget* dialogParent, QObject* parent)
    : QObject(parent), document_(document), scene_(scene), dialogParent_(dialogParent) {
    ask_ = [this](const QString& title, const ZoneSpec& initial) -> std::optional<ZoneSpec> {
        ZoneDialog dialog(title, initial.name, initial.type, dialogParent_);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return ZoneSpec{dialog.name(), dialog.type()};
    };
    newZone_ = new QAction(tr("New &Zone from Selection\u2026"), this);
    newZone_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    newZone_->setStatusTip(tr("Put the selected elements into a new zone"));
    connect(newZone_, &QAction::triggered, this, &ZoneActions::newZoneFromSelection);
    renameZone_ = new QAction(tr("Re&name Zone\u2026"), this);
    renameZone_->setStatusTip(
        tr("Rename the selected zone or change its type (select a zone by its caption)"));
    connect(renameZone_, &QAction::triggered, this, &ZoneActions::renameSelectedZone);
    deleteZone_ = new QAction(tr("Delete Zo&ne"), this);
    deleteZone_->setStatusTip(tr("Delete the selected zone; its elements stay, without a zone"));
    connect(deleteZone_, &QAction::triggered, this, &ZoneActions::deleteSelectedZone);
    connect(scene_, &QGraphicsScene::selectionChanged, this, &ZoneActions::updateEnabled);
    connect(document_, &Document::projectReset, this, &ZoneActions::updateEnabled);
    updateEnabled();
}

void ZoneActions::updateEnabled() {
    newZone_->setEnabled(!scene_->selectedElementIds().isEmpty());
    const bool zone = !selectedZone().isEmpty();
    renameZone_->setEnabled(zone);
    deleteZone_->setEnabled(zone);
}

QString ZoneActions::selectedZone() const {
    const QStringList zones = scene_->selectedZoneIds();
    return zones.size() == 1 ? zones.front() : QString();
}

QString ZoneActions::createZone(const QStringList& members, const QString& name, const std::string& type) {
    std::string id;
    for (long long n = 1; id.empty() || document_->zone(id); ++n)
        id = "zone" + std::to_string(n);
    model::Zone zone;
    zone.id = id;
    if (!name.isEmpty())
        zone.name = name.toStdString();
    zone.type = type;
    document_->undoStack()->push(new AddZoneCommand(document_, std::move(zone), members));
    return QString::fromStdString(id);
}

bool ZoneActions::changeZone(const QString& id, const QString& name, const std::string& type) {
    const model::Zone* zone = document_->zone(id.toStdString());
    if (!zone)
        return false;
    model::Zone after = *zone;
    after.name = name.isEmpty() ? std::nullopt : std::optional<std::string>(name.toStdString());
    after.type = type;
    if (!zone->name && after.name == zone->id)
        after.name.reset(); // the dialog offers the id where there is no name
    if (after == *zone)
        return false;
    document_->undoStack()->push(new ChangeZoneCommand(document_, std::move(after)));
    return true;
}

bool ZoneActions::deleteZone(const QString& id) {
    if (!document_->zone(id.toStdString()))
        return false;
    document_->undoStack()->push(new RemoveZoneCommand(document_, id.toStdString()));
    return true;
}

void ZoneActions::newZoneFromSelection() {
    const QStringList members = scene_->selectedElementIds();
    if (members.isEmpty())
        return;
    const auto spec = ask_(tr("New Zone"), {tr("New zone"), kDefaultZoneType});
    if (!spec)
        return;
    createZone(members, spec->name, spec->type);
}

void ZoneActions::renameSelectedZone() {
    const QString id = selectedZone();
    const model::Zone* zone = document_->zone(id.toStdString());
    if (!zone)
        return;
    const auto spec =
        ask_(tr("Zone %1").arg(id), {QString::fromStdString(zone->name.value_or(zone->id)), zone->type});
    if (spec)
        changeZone(id, spec->name, spec->type);
}

void ZoneActions::deleteSelectedZone() {
    deleteZone(selectedZone());
}

} // namespace iiot::ui
