// Drawing links on the canvas: drag from one element to another (with Shift held, or with the
// Link mode action on) and a link between them is added as one undo step. A rubber line follows
// the cursor, green over an element the link may go to and red over one it may not. The medium
// is asked for only when the two ends share more than one unused medium; refused links (see
// checkNewLink) are reported through statusMessage() so the window can show why.
//
// The tool watches the scene's events through an event filter, so the scene's own press, drag
// and selection handling stays untouched whenever no link is being drawn.
#pragma once

#include "link_rules.h"

#include <QObject>
#include <QPoint>
#include <QPointF>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

class QAction;
class QGraphicsLineItem;
class QGraphicsSceneMouseEvent;

namespace iiot::ui {

class ElementItem;
class TopologyScene;

class LinkTool : public QObject {
    Q_OBJECT

public:
    // Picks one of `media` (ids) for a new link; an empty string cancels. `screenPos` is where
    // the mouse was released, for a popup menu.
    using MediumChooser = std::function<QString(const QStringList& media, const QPoint& screenPos)>;
    // True when the element may not be edited, besides the scene's locked layers.
    using LockTest = std::function<bool(const QString& elementId)>;

    explicit LinkTool(TopologyScene* scene, QObject* parent = nullptr);
    ~LinkTool() override;

    // Checkable "Link Mode" action for the Edit menu and toolbar.
    QAction* modeAction() const { return modeAction_; }
    bool isLinkMode() const;
    void setLinkMode(bool on);

    // The default asks with a popup menu of the media labels.
    void setMediumChooser(MediumChooser chooser) { chooser_ = std::move(chooser); }
    void setLockTest(LockTest test) { lockTest_ = std::move(test); }

    bool isLinking() const { return rubber_ != nullptr; }
    // The rubber line while a link is being drawn, else null.
    QGraphicsLineItem* rubberLine() const { return rubber_; }

    // Adds a link from `from` to `to` if the rules allow it, asking for the medium when there is
    // a choice; reports the outcome with statusMessage(). Returns the new link's key, or an empty
    // string when no link was added.
    QString link(const QString& from, const QString& to, const QPoint& screenPos = {});

signals:
    void statusMessage(const QString& message);
    void linkCreated(const QString& key);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool press(QGraphicsSceneMouseEvent* event);
    void move(QGraphicsSceneMouseEvent* event);
    void release(QGraphicsSceneMouseEvent* event);
    void cancel();
    // The element under a scene point, ignoring the rubber line and links.
    ElementItem* elementAt(const QPointF& scenePos) const;
    bool isLocked(const QString& id) const;
    QString chooseMedium(const QStringList& media, const QPoint& screenPos) const;
    void updateCursor();

    QPointer<TopologyScene> scene_;
    QAction* modeAction_;
    MediumChooser chooser_;
    LockTest lockTest_;
    QGraphicsLineItem* rubber_ = nullptr;
    QString source_;
    QString hovered_; // the element the rubber line ends on, when it ends on one
    QPoint pressScreenPos_;
    bool moved_ = false;
};

} // namespace iiot::ui
