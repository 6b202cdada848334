#include "slice_palette.h"

#include <array>
#include <cmath>

namespace iiot::ui {

QColor sliceServiceColour(int index) {
    static constexpr std::array<QRgb, 10> kFirst{0xe6194b, 0x4363d8, 0xf58231, 0x911eb4, 0x42d4f4,
                                                 0xf032e6, 0x9a6324, 0x800000, 0x469990, 0x000075};
    if (index >= 0 && index < static_cast<int>(kFirst.size()))
        return QColor::fromRgb(kFirst[static_cast<std::size_t>(index)]);
    const double hue = std::fmod(0.13 + 0.618033988749895 * index, 1.0);
    return QColor::fromHsvF(static_cast<float>(hue), 0.75f, 0.8f);
}

} // namespace iiot::ui
