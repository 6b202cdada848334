#include "arrange_actions.h"

#include "document.h"
#include "element_item.h"
#include "layer_lock.h"
#include "topology_scene.h"
#include "zone_membership.h"

#include <QAction>
#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <QUndoStack>

namespace iiot::ui {

namespace {
constexpr int kIconSize = 32;

// Toolbar pictures drawn in code: two boxes against the guide line they are aligned to, or three
// evenly spaced boxes. Drawn at twice the size for high-DPI screens.
QIcon arrangeIcon(int alignment, bool distribute) {
    QPixmap pixmap(kIconSize * 2, kIconSize * 2);
    pixmap.setDevicePixelRatio(2);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor box(0x3b, 0x82, 0xf6);
    const QColor guide(0x37, 0x41, 0x51);
    p.setPen(Qt::NoPen);
    p.setBrush(box);
    if (distribute) {
        const bool horizontal = alignment == 0;
        for (int i = 0; i < 3; ++i) {
            const QRectF r = horizontal ? QRectF(3 + i * 10, 9 + (i % 2) * 4, 6, 10)
                                        : QRectF(9 + (i % 2) * 4, 3 + i * 10, 10, 6);
            p.drawRect(r);
        }
        return QIcon(pixmap);
    }
    const bool vertical = alignment <= 2; // left, centre, right: a vertical guide
    const double at = alignment % 3 == 0 ? 5 : (alignment % 3 == 1 ? 16 : 27);
    QRectF a(0, 0, 14, 7), b(0, 0, 22, 7);
    if (!vertical) {
        a = QRectF(0, 0, 7, 14);
        b = QRectF(0, 0, 7, 22);
    }
    for (auto [r, lane] : {std::pair{&a, 7.0}, std::pair{&b, 19.0}}) {
        QRectF& rect = *r;
        const double len = vertical ? rect.width() : rect.height();
        const double start = alignment % 3 == 0 ? at : (alignment % 3 == 1 ? at - len / 2 : at - len);
        rect.moveTo(vertical ? QPointF(start, lane) : QPointF(lane, start));
        p.drawRect(rect);
    }
    p.setPen(QPen(guide, 1.5));
    if (vertical)
        p.drawLine(QPointF(at, 3), QPointF(at, 29));
    else
        p.drawLine(QPointF(3, at), QPointF(29, at));
    return QIcon(pixmap);
}
} // namespace

ArrangeActions::ArrangeActions(Document* document, TopologyScene* scene, QObject* parent)
    : QObject(parent), document_(document), scene_(scene) {
    const struct {
        Arrange::Alignment alignment;
        const char* text;
        const char* tip;
    } aligns[] = {
        {Arrange::Alignment::Left, "Align &Left", "Line up the left edges of the selected elements"},
        {Arrange::Alignment::HorizontalCentre, "Align &Centres",
         "Line up the selected elements on a vertical centre line"},
        {Arrange::Alignment::Right, "Align &Right", "Line up the right edges of the selected elements"},
        {Arrange::Alignment::Top, "Align &Top", "Line up the top edges of the selected elements"},
        {Arrange::Alignment::VerticalCentre, "Align &Middles",
         "Line up the selected elements on a horizontal centre line"},
        {Arrange::Alignment::Bottom, "Align &Bottom", "Line up the bottom edges of the selected elements"},
    };
    // Text and tips go through tr() one by one: translators see each phrase.
    for (const auto& entry : aligns) {
        auto* action =
            new QAction(arrangeIcon(static_cast<int>(entry.alignment), false), tr(entry.text), this);
        action->setStatusTip(tr(entry.tip));
        const Arrange::Alignment alignment = entry.alignment;
        connect(action, &QAction::triggered, this, [this, alignment] { align(alignment); });
        align_.append(action);
    }
    separator_ = new QAction(this);
    separator_->setSeparator(true);
    auto* horizontal = new QAction(arrangeIcon(0, true), tr("Distribute &Horizontally"), this);
    horizontal->setStatusTip(tr("Space the selected elements evenly from left to right"));
    connect(horizontal, &QAction::triggered, this, [this] { distribute(Arrange::Direction::Horizontal); });
    auto* vertical = new QAction(arrangeIcon(1, true), tr("Distribute &Vertically"), this);
    vertical->setStatusTip(tr("Space the selected elements evenly from top to bottom"));
    connect(vertical, &QAction::triggered, this, [this] { distribute(Arrange::Direction::Vertical); });
    distribute_ = {horizontal, vertical};

    connect(scene_, &QGraphicsScene::selectionChanged, this, &ArrangeActions::updateEnabled);
    connect(document_, &Document::projectReset, this, &ArrangeActions::updateEnabled);
    updateEnabled();
}

QList<QAction*> ArrangeActions::actions() const {
    return QList<QAction*>(align_) << separator_ << distribute_;
}

void ArrangeActions::updateEnabled() {
    const qsizetype n = scene_->selectedElementIds().size();
    for (QAction* action : std::as_const(align_))
        action->setEnabled(n >= 2);
    for (QAction* action : std::as_const(distribute_))
        action->setEnabled(n >= 3);
}

bool ArrangeActions::align(Arrange::Alignment alignment) {
    const QString text = align_[static_cast<int>(alignment)]->text().remove(QLatin1Char('&'));
    return push(Arrange::align(*document_, *scene_, scene_->selectedElementIds(), alignment), text);
}

bool ArrangeActions::distribute(Arrange::Direction direction) {
    const QString text = distribute_[static_cast<int>(direction)]->text().remove(QLatin1Char('&'));
    return push(Arrange::distribute(*document_, *scene_, scene_->selectedElementIds(), direction), text);
}

bool ArrangeActions::push(std::vector<MoveElementsCommand::Move> moves, const QString& text) {
    if (moves.empty())
        return false;
    // Before the move: the items still stand where the elements start from.
    std::vector<QPointF> starts, targets;
    for (const MoveElementsCommand::Move& move : moves) {
        starts.push_back(scene_->elementItem(QString::fromStdString(move.id))->centre());
        targets.emplace_back(move.after.x, move.after.y);
    }
    if (const QString refused = lockedMoves(*scene_, starts, targets, tr("Cannot %1").arg(text.toLower()));
        !refused.isEmpty()) {
        emit statusMessage(refused);
        return false;
    }
    auto zones = ZoneMembership::changesFor(*document_, *scene_, moves, starts);
    auto* command = new MoveElementsCommand(document_, std::move(moves));
    command->setZoneChanges(std::move(zones));
    command->setText(text);
    document_->undoStack()->push(command);
    return true;
}

} // namespace iiot::ui
