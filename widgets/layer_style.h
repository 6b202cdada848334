// Colours and captions of the three layers, shared by the bands, the element items and the
// icons (resources/icons use the same accents), so the canvas reads as one palette.
#pragma once

#include "model/type_library.h"

#include <QColor>
#include <QString>

#include <array>

namespace iiot::ui {

class LayerStyle {
public:
    // Top to bottom on the canvas: service support, network, device.
    static constexpr std::array<model::ElementLayer, 3> kTopToBottom{
        model::ElementLayer::Service, model::ElementLayer::Network, model::ElementLayer::Device};

    static QString caption(model::ElementLayer layer);
    static QColor bandColour(model::ElementLayer layer);
    static QColor accentColour(model::ElementLayer layer);
    // The layer of a kind; unknown kinds (a validation error) are drawn in the device layer.
    static model::ElementLayer layerOf(const std::string& kind, const model::TypeLibrary& types);
};

} // namespace iiot::ui
