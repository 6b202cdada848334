// What the clipboard carries for the canvas: a fragment of a project (the copied elements, the
// links among them, and the zones and subsystems they refer to) written as a small project in the
// project YAML format, under its own MIME type and as plain text (so that it can be pasted into a
// text editor and back). Pasting turns a fragment into new elements with fresh ids.
#pragma once

#include "model/project.h"

#include <QPointF>
#include <QStringList>

#include <optional>
#include <vector>

class QMimeData;

namespace iiot::ui {

class Document;
class TopologyScene;

class ProjectClipboard {
public:
    static constexpr const char* kMimeType = "application/x-iiot-workbench-fragment+yaml";
    // Successive pastes of one fragment step down and right by this much (two grid cells).
    static constexpr double kPasteOffset = 40;

    // The fragment for these elements, in the project's order. Elements placed by the automatic
    // layout get their position on the canvas, so a paste keeps the arrangement.
    static model::Project fragment(const Document& document, const TopologyScene& scene,
                                   const QStringList& ids);
    static QMimeData* toMimeData(const model::Project& fragment);
    // Reads our MIME type, else plain text that is a project in YAML; nothing when neither is there
    // or the text does not parse.
    static std::optional<model::Project> fromMimeData(const QMimeData* data);
    static bool canPaste(const QMimeData* data);

    struct Paste {
        std::vector<model::Element> elements;
        std::vector<model::Link> links; // ids cleared: AddElementsCommand gives fresh ones
    };
    // The fragment's elements renamed to ids free in the document ("plc1" becomes "plc2", ...),
    // their links re-pointed to the new ids, everything shifted by the smallest multiple of
    // kPasteOffset at which no pasted element sits exactly on an element of the document. Zones
    // and subsystems the document does not have are dropped.
    static Paste prepare(const Document& document, const model::Project& fragment);
};

} // namespace iiot::ui
