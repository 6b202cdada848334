#include "coverage_format.h"

#include <QObject>

#include <algorithm>

namespace iiot::ui {

namespace {
constexpr double kTolerance = 1e-9; // MODELS.md section 2 compares scores with this tolerance
}

QString frameworkLayerName(model::FrameworkLayer layer) {
    switch (layer) {
    case model::FrameworkLayer::Device:
        return QObject::tr("Device");
    case model::FrameworkLayer::Network:
        return QObject::tr("Network");
    case model::FrameworkLayer::Service:
        return QObject::tr("Service support");
    case model::FrameworkLayer::Trust:
        break;
    }
    return QObject::tr("Trust");
}

QString frameworkLevelName(model::FrameworkLevel level) {
    switch (level) {
    case model::FrameworkLevel::Integration:
        return QObject::tr("Integration");
    case model::FrameworkLevel::Interconnection:
        return QObject::tr("Interconnection");
    case model::FrameworkLevel::InformationFusion:
        break;
    }
    return QObject::tr("Information fusion");
}

QString frameworkLevelShortName(model::FrameworkLevel level) {
    switch (level) {
    case model::FrameworkLevel::Integration:
        return QObject::tr("Integration");
    case model::FrameworkLevel::Interconnection:
        return QObject::tr("Interconn.");
    case model::FrameworkLevel::InformationFusion:
        break;
    }
    return QObject::tr("Info. fusion");
}

QString reachedText(const std::optional<model::FrameworkLevel>& reached) {
    return reached ? QObject::tr("reached %1").arg(frameworkLevelName(*reached).toLower())
                   : QObject::tr("no level reached");
}

QString ratingBand(double rating) {
    const auto& catalogue = model::CapabilityCatalogue::builtin();
    if (rating >= catalogue.levelValue(3) - kTolerance)
        return QObject::tr("full");
    if (rating >= catalogue.levelValue(2) - kTolerance)
        return QObject::tr("advanced");
    if (rating >= catalogue.levelValue(1) - kTolerance)
        return QObject::tr("basic");
    if (rating > kTolerance)
        return QObject::tr("partial");
    return QObject::tr("none");
}

QString formatScore(double score) {
    return QString::number(score, 'f', 2);
}

QColor heatColour(double score) {
    const double s = std::clamp(score, 0.0, 1.0);
    // Two linear segments in RGB between muted red, amber and green: readable with black text.
    const QColor red(0xf2, 0x8b, 0x82), amber(0xfb, 0xd3, 0x6b), green(0x8c, 0xd3, 0x8f);
    const auto mix = [](const QColor& a, const QColor& b, double t) {
        return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
                                static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
                                static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t));
    };
    return s < 0.5 ? mix(red, amber, s / 0.5) : mix(amber, green, std::min(1.0, (s - 0.5) / 0.3));
}

} // namespace iiot::ui
