#include "minimap.h"

#include "document.h"
#include "element_item.h"
#include "layer_band_item.h"
#include "layer_style.h"
#include "link_item.h"
#include "topology_scene.h"
#include "topology_view.h"
#include "zone_item.h"

#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QVarLengthArray>

#include <algorithm>
#include <array>

namespace iiot::ui {

namespace {
constexpr qreal kMargin = 4;  // widget pixels around the miniature
constexpr qreal kDotSize = 3; // an element, in widget pixels
constexpr int kMaxLinkLines = 20000;
} // namespace

Minimap::Minimap(TopologyScene* scene, TopologyView* view, QWidget* parent)
    : QWidget(parent), scene_(scene), view_(view) {
    setObjectName(QStringLiteral("minimap"));
    setMinimumSize(120, 80);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Click or drag to move the canvas view"));
    redrawTimer_.setSingleShot(true);
    redrawTimer_.setInterval(kRedrawDelayMs);
    connect(&redrawTimer_, &QTimer::timeout, this, &Minimap::redraw);
    // The model's notifications, not the scene's changed(): connecting that one makes Qt route
    // every item repaint through the scene, which slows the main view down.
    Document* document = scene_->document();
    connect(document, &Document::projectReset, this, &Minimap::scheduleRedraw);
    for (auto signal : {&Document::elementsAdded, &Document::elementsRemoved, &Document::elementsChanged,
                        &Document::elementsMoved, &Document::linksAdded, &Document::linksRemoved,
                        &Document::linksChanged, &Document::zonesChanged})
        connect(document, signal, this, &Minimap::scheduleRedraw);
    connect(scene_, &TopologyScene::viewStateChanged, this, &Minimap::scheduleRedraw);
    connect(scene_, &QGraphicsScene::sceneRectChanged, this, &Minimap::scheduleRedraw);
    // The visible rectangle follows the view; only the overlay repaints.
    auto follow = [this] { update(); };
    connect(view_->horizontalScrollBar(), &QScrollBar::valueChanged, this, follow);
    connect(view_->verticalScrollBar(), &QScrollBar::valueChanged, this, follow);
    connect(view_, &TopologyView::zoomChanged, this, follow);
    view_->viewport()->installEventFilter(this);
    redraw();
}

bool Minimap::eventFilter(QObject* watched, QEvent* event) {
    if (watched == view_->viewport() && event->type() == QEvent::Resize)
        update();
    return QWidget::eventFilter(watched, event);
}

void Minimap::scheduleRedraw() {
    redrawTimer_.start();
}

void Minimap::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    redraw();
}

void Minimap::redraw() {
    redrawTimer_.stop();
    const qreal ratio = devicePixelRatioF();
    image_ = QImage((QSizeF(size()) * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
    image_.setDevicePixelRatio(ratio);
    image_.fill(palette().color(QPalette::Base));
    const QRectF source = scene_->sceneRect();
    const QRectF target = QRectF(rect()).adjusted(kMargin, kMargin, -kMargin, -kMargin);
    if (source.isEmpty() || target.isEmpty()) {
        toMap_ = QTransform();
        update();
        return;
    }
    // Fitted and centred, keeping the aspect ratio.
    const qreal scale = std::min(target.width() / source.width(), target.height() / source.height());
    const QPointF offset = target.center() - source.center() * scale;
    toMap_ = QTransform(scale, 0, 0, scale, offset.x(), offset.y());

    QPainter p(&image_);
    p.setTransform(toMap_);
    for (model::ElementLayer layer : LayerStyle::kTopToBottom) {
        if (const LayerBandItem* band = scene_->bandItem(layer)) {
            p.fillRect(band->rect(), LayerStyle::bandColour(layer));
            p.fillRect(QRectF(band->rect().left(), band->rect().top(), 3 / scale, band->rect().height()),
                       LayerStyle::accentColour(layer));
        }
    }
    p.setPen(Qt::NoPen);
    for (const model::Zone& zone : scene_->document()->project().zones) {
        if (const ZoneItem* item = scene_->zoneItem(QString::fromStdString(zone.id))) {
            QColor fill = item->captionColour().lighter(300);
            fill.setAlpha(110);
            p.setBrush(fill);
            p.drawRect(item->rect());
        }
    }
    // Links and dots in batches: one draw call per colour, whatever the number of elements.
    const auto& links = scene_->linkItems();
    if (links.size() <= kMaxLinkLines) {
        QVector<QLineF> lines;
        lines.reserve(links.size());
        for (const LinkItem* link : links)
            if (link->isVisible())
                lines.append(QLineF(link->fromItem()->centre(), link->toItem()->centre()));
        p.setPen(QPen(QColor(0x94, 0xa3, 0xb8, 160), 0));
        p.drawLines(lines);
    }
    std::array<QVector<QRectF>, 3> dots;
    const qreal dot = kDotSize / scale;
    for (const ElementItem* item : scene_->elementItems())
        if (item->isVisible())
            dots[static_cast<std::size_t>(item->layer())].append(
                QRectF(item->centre() - QPointF(dot / 2, dot / 2), QSizeF(dot, dot)));
    p.setPen(Qt::NoPen);
    for (model::ElementLayer layer : LayerStyle::kTopToBottom) {
        p.setBrush(LayerStyle::accentColour(layer));
        const auto& rects = dots[static_cast<std::size_t>(layer)];
        p.drawRects(rects.constData(), static_cast<int>(rects.size()));
    }
    update();
}

QRectF Minimap::visibleRect() const {
    const QRectF visible = view_->mapToScene(view_->viewport()->rect()).boundingRect();
    return toMap_.mapRect(visible);
}

void Minimap::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.drawImage(QPointF(0, 0), image_);
    const QRectF visible = visibleRect().intersected(QRectF(rect()).adjusted(1, 1, -1, -1));
    QColor fill(0x25, 0x63, 0xeb, 40);
    p.setPen(QPen(QColor(0x25, 0x63, 0xeb), 1.5));
    p.setBrush(fill);
    p.drawRect(visible);
}

void Minimap::centreViewAt(QPointF widgetPos) {
    bool invertible = false;
    const QTransform toScene = toMap_.inverted(&invertible);
    if (!invertible)
        return;
    view_->centerOn(toScene.map(widgetPos));
    update();
}

void Minimap::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton)
        centreViewAt(event->position());
}

void Minimap::mouseMoveEvent(QMouseEvent* event) {
    if (event->buttons() & Qt::LeftButton)
        centreViewAt(event->position());
}

} // namespace iiot::ui
