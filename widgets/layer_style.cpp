#include "layer_style.h"

namespace iiot::ui {

using model::ElementLayer;

QString LayerStyle::caption(ElementLayer layer) {
    switch (layer) {
    case ElementLayer::Service:
        return QStringLiteral("Service support layer");
    case ElementLayer::Network:
        return QStringLiteral("Network layer");
    case ElementLayer::Device:
        break;
    }
    return QStringLiteral("Device layer");
}

QColor LayerStyle::bandColour(ElementLayer layer) {
    switch (layer) {
    case ElementLayer::Service:
        return QColor(0xf6, 0xf3, 0xfc);
    case ElementLayer::Network:
        return QColor(0xf1, 0xf6, 0xfc);
    case ElementLayer::Device:
        break;
    }
    return QColor(0xf1, 0xf8, 0xf3);
}

QColor LayerStyle::accentColour(ElementLayer layer) {
    switch (layer) {
    case ElementLayer::Service:
        return QColor(0x6b, 0x46, 0xc1);
    case ElementLayer::Network:
        return QColor(0x2b, 0x6c, 0xb0);
    case ElementLayer::Device:
        break;
    }
    return QColor(0x2f, 0x85, 0x5a);
}

ElementLayer LayerStyle::layerOf(const std::string& kind, const model::TypeLibrary& types) {
    const model::KindInfo* info = types.kind(kind);
    return info ? info->layer : ElementLayer::Device;
}

} // namespace iiot::ui
