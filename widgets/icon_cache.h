// One SVG renderer per element kind and a few pre-rendered sizes of each icon. Ten thousand
// element items share these: an item never owns a renderer or a pixmap of its own.
#pragma once

#include <QImage>

#include <array>
#include <memory>
#include <string>
#include <unordered_map>

class QSvgRenderer;

namespace iiot::ui {

class IconCache {
public:
    static IconCache& instance();

    // The kind's icon rendered at the smallest cached size of at least `pixels` (capped at the
    // largest); unknown kinds and missing icon files give a neutral placeholder.
    const QImage& image(const std::string& kind, int pixels);
    // Renderers created so far: at most one per kind asked for.
    std::size_t rendererCount() const { return entries_.size(); }

    IconCache(const IconCache&) = delete;
    IconCache& operator=(const IconCache&) = delete;
    ~IconCache();

private:
    IconCache();

    // Power-of-two sizes: zooming from 10 % to 1000 % reuses five images per kind.
    static constexpr std::array<int, 5> kSizes{32, 64, 128, 256, 512};

    struct Entry {
        std::unique_ptr<QSvgRenderer> renderer; // null when the kind or its file is unknown
        std::array<QImage, kSizes.size()> images;
    };

    Entry& entry(const std::string& kind);
    static QImage placeholder(int size);

    std::unordered_map<std::string, Entry> entries_;
};

} // namespace iiot::ui
