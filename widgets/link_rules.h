// Whether a new link between two elements may be drawn, and over which media: the rules the
// validator applies to links (no link to itself, a medium both ends have an interface for, at
// most one link per pair of elements and medium), checked before the link exists so the editor
// can refuse it with a reason instead of creating an error.
#pragma once

#include "model/project.h"
#include "model/type_library.h"

#include <QString>
#include <QStringList>

namespace iiot::ui {

class Document;

struct LinkCheck {
    enum class Verdict { Allowed, SameElement, MissingElement, Locked, NoCommonMedium, Duplicate };

    Verdict verdict = Verdict::Allowed;
    // Media both ends support and not yet used between them, in the order of the first
    // element's interfaces (the order its author listed them in). Empty unless Allowed.
    QStringList media;
    // Why the link is refused, as the status bar shows it; empty when allowed.
    QString reason;

    bool allowed() const { return verdict == Verdict::Allowed; }
};

// `locked` names an end the user may not edit (its layer is locked); it is checked after the
// elements exist and before the media.
LinkCheck checkNewLink(const Document& document, const QString& from, const QString& to,
                       bool fromLocked = false, bool toLocked = false);

// "Wi-Fi (wifi)"-style label of a medium for menus; the id itself for an unknown medium.
QString mediumLabel(const model::TypeLibrary& types, const QString& medium);

} // namespace iiot::ui
