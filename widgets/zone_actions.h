// The zone commands of the Arrange menu: a new zone around the selected elements, renaming (or
// retyping) the selected zone, and deleting it (its elements stay, without a zone). Zones are
// selected by clicking their caption strip. Each is one undo step.
#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>
#include <string>

class QAction;
class QWidget;

namespace iiot::ui {

class Document;
class TopologyScene;

class ZoneActions : public QObject {
    Q_OBJECT

public:
    struct ZoneSpec {
        QString name;
        std::string type;
    };
    // Asks for a name and type, starting from `initial`; nothing when cancelled. The default opens
    // a ZoneDialog; tests put in an answer.
    using Ask = std::function<std::optional<ZoneSpec>(const QString& title, const ZoneSpec& initial)>;

    ZoneActions(Document* document, TopologyScene* scene, QWidget* dialogParent, QObject* parent = nullptr);

    QAction* newZoneAction() const { return newZone_; }
    QAction* renameZoneAction() const { return renameZone_; }
    QAction* deleteZoneAction() const { return deleteZone_; }
    QList<QAction*> actions() const { return {newZone_, renameZone_, deleteZone_}; }
    void setAsk(Ask ask) { ask_ = std::move(ask); }

    // Without prompting: a new zone "zoneN" holding the elements; returns its id.
    QString createZone(const QStringList& members, const QString& name, const std::string& type);
    bool changeZone(const QString& id, const QString& name, const std::string& type);
    bool deleteZone(const QString& id);

public slots:
    void newZoneFromSelection();
    void renameSelectedZone();
    void deleteSelectedZone();

private:
    void updateEnabled();
    QString selectedZone() const;

    Document* document_;
    TopologyScene* scene_;
    QWidget* dialogParent_;
    Ask ask_;
    QAction* newZone_;
    QAction* renameZone_;
    QAction* deleteZone_;
};

} // namespace iiot::ui
