#include "topology_layout.h"

#include "element_item.h"
#include "layer_band_item.h"
#include "layer_style.h"
#include "zone_item.h"

#include <QRectF>
#include <QSizeF>

#include <algorithm>
#include <vector>

namespace iiot::ui {

namespace {

using model::ElementLayer;
using Layout = TopologyLayout;

constexpr std::size_t kLayers = 3;
std::size_t index(ElementLayer layer) {
    return static_cast<std::size_t>(layer);
}
int ceilDiv(int a, int b) {
    return b == 0 ? 0 : (a + b - 1) / b;
}

const QRectF& footprint() {
    static const QRectF rect = ElementItem::footprint();
    return rect;
}
// The space between the first and the last footprint of `cells` neighbouring cells.
qreal cellsSpan(int cells) {
    return cells * Layout::kCellWidth - (Layout::kCellWidth - footprint().width());
}
qreal rowsSpan(int rows) {
    return rows * Layout::kCellHeight - (Layout::kCellHeight - footprint().height());
}
// Above the first row of a band: band padding, the container's border padding and its caption.
constexpr qreal kRowsOffset = Layout::kBandPadding + ZoneItem::kPadding + ZoneItem::kHeader;
constexpr qreal kRowsOverhead = kRowsOffset + ZoneItem::kPadding + Layout::kBandPadding;

// The unplaced elements of one zone (or of none), per layer.
struct Column {
    std::array<std::vector<const model::Element*>, kLayers> members;
    qreal minimumSpan = 0; // room the container's caption needs
    int cells = 0;         // cells per row

    int widest() const {
        std::size_t n = 0;
        for (const auto& m : members)
            n = std::max(n, m.size());
        return static_cast<int>(n);
    }
    int count(std::size_t layer) const { return static_cast<int>(members[layer].size()); }
    qreal span() const { return std::max(cellsSpan(cells), minimumSpan); }
};

// Cells per row so that no layer of the column needs more than `rows` rows, then evened out so
// that the last row is not nearly empty.
int cellsFor(int n, int rows) {
    const int cells = ceilDiv(n, std::max(rows, 1));
    return ceilDiv(n, ceilDiv(n, cells));
}

std::vector<Column> groupUnplaced(const model::Project& project, const model::TypeLibrary& types) {
    std::unordered_map<std::string, std::size_t> columnOfZone;
    std::vector<Column> columns;
    for (const model::Zone& zone : project.zones) {
        if (!columnOfZone.emplace(zone.id, columns.size()).second)
            continue;
        columns.emplace_back();
        columns.back().minimumSpan = ZoneItem::minimumWidth(zone, types) - 2 * ZoneItem::kPadding;
    }
    const std::size_t unzoned = columns.size();
    columns.emplace_back();
    for (const model::Element& element : project.elements) {
        if (element.position)
            continue;
        std::size_t column = unzoned;
        if (element.zone) {
            auto found = columnOfZone.find(*element.zone);
            if (found != columnOfZone.end())
                column = found->second;
        }
        columns[column].members[index(LayerStyle::layerOf(element.kind, types))].push_back(&element);
    }
    std::erase_if(columns, [](const Column& c) { return c.widest() == 0; });
    return columns;
}

// Size of the automatic part when every column uses at most `rows` rows per band.
QSizeF extent(std::vector<Column>& columns, int rows) {
    qreal width = LayerBandItem::kGutter;
    std::array<int, kLayers> bandRows{};
    for (Column& column : columns) {
        column.cells = cellsFor(column.widest(), rows);
        width += column.span() + 2 * ZoneItem::kPadding + Layout::kColumnGap;
        for (std::size_t l = 0; l < kLayers; ++l)
            bandRows[l] = std::max(bandRows[l], ceilDiv(column.count(l), column.cells));
    }
    qreal height = 0;
    for (int r : bandRows)
        height += std::max(Layout::kMinBandHeight, r == 0 ? 0 : rowsSpan(r) + kRowsOverhead);
    return {width, height};
}

// Tries every row limit and keeps the one whose result looks largest when fitted to the target
// aspect ratio: wide rows for few zones, taller blocks when many zones sit side by side.
void chooseCells(std::vector<Column>& columns) {
    int tallest = 0;
    for (const Column& column : columns)
        tallest = std::max(tallest, column.widest());
    int best = 1;
    qreal bestScale = 0;
    for (int rows = 1; rows <= tallest; ++rows) {
        const QSizeF size = extent(columns, rows);
        const qreal scale = std::min(Layout::kTargetAspect / size.width(), 1.0 / size.height());
        if (scale > bestScale * 1.000001) {
            bestScale = scale;
            best = rows;
        }
    }
    extent(columns, best);
}

} // namespace

TopologyLayout::Result TopologyLayout::compute(const model::Project& project,
                                               const model::TypeLibrary& types) {
    Result result;

    // Footprints of the elements that keep their given position, per layer and overall.
    std::array<QRectF, kLayers> placed;
    QRectF allPlaced;
    for (const model::Element& element : project.elements) {
        if (!element.position)
            continue;
        const QPointF centre(element.position->x, element.position->y);
        result.centres[element.id] = centre;
        const QRectF area = footprint().translated(centre);
        QRectF& layerArea = placed[index(LayerStyle::layerOf(element.kind, types))];
        layerArea = layerArea.isNull() ? area : layerArea.united(area);
        allPlaced = allPlaced.isNull() ? area : allPlaced.united(area);
    }

    // Unplaced elements go right of everything placed, so they never cover a given position.
    std::vector<Column> columns = groupUnplaced(project, types);
    chooseCells(columns);
    std::vector<qreal> columnLeft;
    qreal x = allPlaced.isNull() ? 0.0 : allPlaced.right() + kColumnGap + 2 * ZoneItem::kPadding;
    for (const Column& column : columns) {
        columnLeft.push_back(x);
        x += column.span() + 2 * ZoneItem::kPadding + kColumnGap;
    }

    qreal y = allPlaced.isNull() ? 0.0 : std::min(0.0, allPlaced.top() - kRowsOffset);
    for (ElementLayer layer : LayerStyle::kTopToBottom) {
        const std::size_t l = index(layer);
        Band& band = result.bands[l];
        band.top = y;
        const qreal rowsTop = y + kRowsOffset;
        int rows = 0;
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const Column& column = columns[c];
            const auto& members = column.members[l];
            const int n = column.count(l);
            for (int i = 0; i < n; ++i) {
                const int row = i / column.cells;
                const int inRow = std::min(column.cells, n - row * column.cells);
                // Rows are centred in the column, so a short row sits under the middle of full ones.
                const qreal indent = (column.span() - cellsSpan(inRow)) / 2;
                result.centres[members[static_cast<std::size_t>(i)]->id] =
                    QPointF(columnLeft[c] + indent + (i % column.cells) * kCellWidth - footprint().left(),
                            rowsTop + row * kCellHeight - footprint().top());
            }
            rows = std::max(rows, ceilDiv(n, column.cells));
        }
        qreal bottom = y + std::max(kMinBandHeight, rows == 0 ? 0 : rowsSpan(rows) + kRowsOverhead);
        if (!placed[l].isNull()) {
            band.top = std::min(band.top, placed[l].top() - kRowsOffset);
            bottom = std::max(bottom, placed[l].bottom() + ZoneItem::kPadding + kBandPadding);
        }
        band.bottom = bottom;
        y = bottom;
    }
    return result;
}

} // namespace iiot::ui
