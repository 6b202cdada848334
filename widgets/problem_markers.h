// Puts the problems' badges on the canvas: each element or link named by an error or warning
// gets a badge of the worst severity and the messages in its tooltip. Only the items whose badge
// changes are touched, so a live update at 10,000 elements costs as much as the change, not the
// canvas. Items the scene creates later (undo of a removal, a rebuild) get their badge then.
#pragma once

#include "problem_list.h"
#include "problem_marker.h"

#include <QHash>
#include <QObject>

namespace iiot::ui {

class Document;
class TopologyScene;

class ProblemMarkers : public QObject {
    Q_OBJECT

public:
    // Connect after the scene: it must have made its items before the badges go on.
    ProblemMarkers(Document* document, TopologyScene* scene, QObject* parent = nullptr);

    void setProblems(const Problems& problems);

    // The badge meant for an element or link key (none when it has no problem).
    ProblemMarker elementMarker(const QString& id) const { return elements_.value(id); }
    ProblemMarker linkMarker(const QString& key) const { return links_.value(key); }
    qsizetype markedElementCount() const { return elements_.size(); }
    qsizetype markedLinkCount() const { return links_.size(); }
    // Items whose badge was changed by the last setProblems (tests check it stays small).
    int lastTouched() const { return lastTouched_; }

private:
    void applyToElements(const QStringList& ids);
    void applyToLinks(const QStringList& keys);

    Document* document_;
    TopologyScene* scene_;
    QHash<QString, ProblemMarker> elements_;
    QHash<QString, ProblemMarker> links_;
    int lastTouched_ = 0;
};

} // namespace iiot::ui
