#include "clipboard.h"

#include "document.h"
#include "element_item.h"
#include "topology_scene.h"

#include "model/capability_catalogue.h"
#include "model/yaml_reader.h"
#include "model/yaml_writer.h"

#include <QMimeData>

#include <algorithm>
#include <set>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace iiot::ui {

namespace {
constexpr int kMaxCascade = 100; // pastes of one fragment before they start to stack up

std::string idPrefix(const model::Element& element) {
    std::string prefix = element.id;
    while (!prefix.empty() && prefix.back() >= '0' && prefix.back() <= '9')
        prefix.pop_back();
    return prefix.empty() ? element.kind : prefix;
}
} // namespace

model::Project ProjectClipboard::fragment(const Document& document, const TopologyScene& scene,
                                          const QStringList& ids) {
    const model::Project& project = document.project();
    model::Project part;
    part.name = project.name.empty() ? std::string("Fragment") : project.name;
    std::unordered_set<std::string> wanted;
    for (const QString& id : ids)
        wanted.insert(id.toStdString());
    std::set<std::string> zones, subsystems;
    std::unordered_set<std::string> taken;
    for (const model::Element& element : project.elements) {
        if (!wanted.contains(element.id) || !taken.insert(element.id).second)
            continue;
        model::Element copy = element;
        if (!copy.position)
            if (const ElementItem* item = scene.elementItem(QString::fromStdString(copy.id)))
                copy.position = model::Position{item->centre().x(), item->centre().y()};
        if (copy.zone)
            zones.insert(*copy.zone);
        if (copy.subsystem)
            subsystems.insert(*copy.subsystem);
        part.elements.push_back(std::move(copy));
    }
    for (const model::Link& link : project.links)
        if (taken.contains(link.from) && taken.contains(link.to))
            part.links.push_back(link);
    // What the elements refer to comes along, so that the fragment is a valid project by itself.
    for (const model::Zone& zone : project.zones)
        if (zones.contains(zone.id))
            part.zones.push_back(zone);
    for (const model::Subsystem& subsystem : project.subsystems)
        if (subsystems.contains(subsystem.id))
            part.subsystems.push_back(subsystem);
    part.ensureLinkIds();
    return part;
}

QMimeData* ProjectClipboard::toMimeData(const model::Project& fragment) {
    const QByteArray text = QByteArray::fromStdString(model::writeProjectYaml(fragment));
    auto* data = new QMimeData;
    data->setData(QString::fromLatin1(kMimeType), text);
    data->setText(QString::fromUtf8(text));
    return data;
}

bool ProjectClipboard::canPaste(const QMimeData* data) {
    if (!data)
        return false;
    if (data->hasFormat(QString::fromLatin1(kMimeType)))
        return true;
    // Plain text qualifies when it looks like a project; reading it fully waits for the paste.
    return data->hasText() && data->text().contains(QLatin1String(model::kFormatId));
}

std::optional<model::Project> ProjectClipboard::fromMimeData(const QMimeData* data) {
    if (!canPaste(data))
        return std::nullopt;
    const QByteArray text = data->hasFormat(QString::fromLatin1(kMimeType))
                                ? data->data(QString::fromLatin1(kMimeType))
                                : data->text().toUtf8();
    model::LoadResult read =
        model::readProjectYaml(text.toStdString(), "clipboard", model::TypeLibrary::builtin(),
                               model::CapabilityCatalogue::builtin());
    // A fragment with problems (copied from a project with problems) still pastes; the
    // problems then show in the project.
    if (!read.project || read.project->elements.empty())
        return std::nullopt;
    return std::move(read.project);
}

ProjectClipboard::Paste ProjectClipboard::prepare(const Document& document, const model::Project& fragment) {
    Paste paste;
    std::unordered_map<std::string, std::string> renamed;
    std::unordered_set<std::string> chosen;
    for (const model::Element& element : fragment.elements) {
        if (renamed.contains(element.id))
            continue; // a duplicate id in the fragment: the first one is pasted
        // Document::freshElementId knows the document's ids; the ones given in this paste are
        // not in the document yet, so the search goes on past them.
        const std::string prefix = idPrefix(element);
        std::string id = document.freshElementId(prefix);
        for (long long n = 1; chosen.contains(id) || document.element(id); ++n)
            id = prefix + std::to_string(n);
        chosen.insert(id);
        renamed.emplace(element.id, id);
        model::Element copy = element;
        copy.id = id;
        if (copy.zone && !document.zone(*copy.zone))
            copy.zone.reset();
        if (copy.subsystem &&
            std::none_of(document.project().subsystems.begin(), document.project().subsystems.end(),
                         [&](const model::Subsystem& s) { return s.id == *copy.subsystem; }))
            copy.subsystem.reset();
        paste.elements.push_back(std::move(copy));
    }
    for (const model::Link& link : fragment.links) {
        auto from = renamed.find(link.from);
        auto to = renamed.find(link.to);
        if (from == renamed.end() || to == renamed.end())
            continue;
        model::Link copy = link;
        copy.id.reset();
        copy.from = from->second;
        copy.to = to->second;
        paste.links.push_back(std::move(copy));
    }

    std::set<std::pair<double, double>> occupied;
    for (const model::Element& element : document.project().elements)
        if (element.position)
            occupied.emplace(element.position->x, element.position->y);
    int steps = 1;
    auto collides = [&](int k) {
        const double shift = k * kPasteOffset;
        return std::any_of(paste.elements.begin(), paste.elements.end(), [&](const model::Element& e) {
            return e.position && occupied.contains({e.position->x + shift, e.position->y + shift});
        });
    };
    while (steps < kMaxCascade && collides(steps))
        ++steps;
    const double shift = steps * kPasteOffset;
    for (model::Element& element : paste.elements)
        if (element.position) {
            element.position->x += shift;
            element.position->y += shift;
        }
    return paste;
}

} // namespace iiot::ui
