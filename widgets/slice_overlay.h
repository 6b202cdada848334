// Draws a slicing result over the topology canvas: each admitted service's walk in its own colour
// (services sharing a link side by side), a badge on every host naming the VNFs placed there, and
// a legend right of the content. The drawing belongs to the scene but not to the model: it follows
// moved elements and hidden layers (a hop or badge on a hidden layer is not drawn), and it is
// cleared when the project is replaced or an element or link is removed, since it would then
// describe a network that no longer exists.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QGraphicsObject;

namespace iiot::ui {

class Document;
class SliceBadgeItem;
class SliceLegendItem;
class SlicePathItem;
class TopologyScene;

class SliceOverlay : public QObject {
    Q_OBJECT

public:
    // Services sharing a link are drawn this far apart.
    static constexpr qreal kSpacing = 6;

    SliceOverlay(Document* document, TopologyScene* scene, QObject* parent = nullptr);
    ~SliceOverlay() override;

    // Replaces what is drawn by this result (the `slice --json` document).
    void show(const QJsonObject& result);
    void clear();
    bool isShown() const { return shown_; }
    // Emphasises one service's path and badges and dims the others; an empty id shows all alike.
    void highlightService(const QString& serviceId);
    const QString& highlightedService() const { return highlighted_; }

    QList<SlicePathItem*> pathItems() const;
    QList<SliceBadgeItem*> badgeItems() const;
    SliceLegendItem* legend() const;

signals:
    // The drawing went away (cleared, or the project it was drawn on changed).
    void cleared();

private:
    // Places every item where the scene's elements and links are now, and hides parts on hidden layers.
    void layout();
    void layoutPaths();
    void layoutBadges();
    void layoutLegend();
    void applyHighlight();

    Document* document_;
    TopologyScene* scene_;
    // Parents of the overlay's items, one below the elements (paths) and one above (badges, legend).
    // The scene deletes them when it rebuilds; the pointers then turn null.
    QPointer<QGraphicsObject> pathLayer_;
    QPointer<QGraphicsObject> badgeLayer_;
    bool shown_ = false;
    QString highlighted_;
};

} // namespace iiot::ui
