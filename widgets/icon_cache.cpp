#include "icon_cache.h"

#include "model/type_library.h"

#include <QPainter>
#include <QSvgRenderer>

// The resources live in a static library: nothing references them, so the linker would drop
// them unless they are initialised explicitly (outside any namespace, as the macro requires).
static void initIconResources() {
    Q_INIT_RESOURCE(resources);
}

namespace iiot::ui {

IconCache::IconCache() {
    initIconResources();
}

IconCache::~IconCache() = default;

IconCache& IconCache::instance() {
    static IconCache cache;
    return cache;
}

IconCache::Entry& IconCache::entry(const std::string& kind) {
    auto found = entries_.find(kind);
    if (found != entries_.end())
        return found->second;
    Entry created;
    if (const model::KindInfo* info = model::TypeLibrary::builtin().kind(kind)) {
        auto renderer =
            std::make_unique<QSvgRenderer>(QStringLiteral(":/icons/") + QString::fromStdString(info->icon));
        if (renderer->isValid())
            created.renderer = std::move(renderer);
    }
    return entries_.emplace(kind, std::move(created)).first->second;
}

const QImage& IconCache::image(const std::string& kind, int pixels) {
    std::size_t bucket = 0;
    while (bucket + 1 < kSizes.size() && kSizes[bucket] < pixels)
        ++bucket;
    Entry& e = entry(kind);
    QImage& image = e.images[bucket];
    if (image.isNull()) {
        const int size = kSizes[bucket];
        if (!e.renderer) {
            image = placeholder(size);
        } else {
            image = QImage(size, size, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            e.renderer->render(&painter, QRectF(0, 0, size, size));
        }
    }
    return image;
}

QImage IconCache::placeholder(int size) {
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(size / 48.0, size / 48.0);
    painter.setPen(QPen(QColor(0x6b, 0x72, 0x80), 1.5));
    painter.setBrush(QColor(0xee, 0xef, 0xf1));
    painter.drawRoundedRect(QRectF(3, 3, 42, 42), 9, 9);
    QFont font;
    font.setPixelSize(24);
    font.setBold(true);
    painter.setFont(font);
    painter.drawText(QRectF(3, 3, 42, 42), Qt::AlignCenter, QStringLiteral("?"));
    return image;
}

} // namespace iiot::ui
