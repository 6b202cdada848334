// The Arrange menu's actions: align the selected elements (left, centre, right, top, middle,
// bottom) and distribute them evenly (horizontally, vertically). Each is one undo step, zone
// membership following the elements as after a drag. An arrangement that would carry an element
// into a locked layer's band is refused as a whole, with the reason.
#pragma once

#include "arrange.h"

#include <QList>
#include <QObject>

class QAction;

namespace iiot::ui {

class Document;
class TopologyScene;

class ArrangeActions : public QObject {
    Q_OBJECT

public:
    ArrangeActions(Document* document, TopologyScene* scene, QObject* parent = nullptr);

    QAction* alignAction(Arrange::Alignment alignment) const { return align_[static_cast<int>(alignment)]; }
    QAction* distributeAction(Arrange::Direction direction) const {
        return distribute_[static_cast<int>(direction)];
    }
    // Align actions, a separator, distribute actions.
    QList<QAction*> actions() const;

signals:
    // An arrangement was refused (it would move elements into a locked layer), and why.
    void statusMessage(const QString& message);

public slots:
    // False when nothing moved (too few elements, already in line, or refused).
    bool align(Arrange::Alignment alignment);
    bool distribute(Arrange::Direction direction);

private:
    bool push(std::vector<MoveElementsCommand::Move> moves, const QString& text);
    void updateEnabled();

    Document* document_;
    TopologyScene* scene_;
    QList<QAction*> align_;
    QList<QAction*> distribute_;
    QAction* separator_;
};

} // namespace iiot::ui
