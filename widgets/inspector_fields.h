// The fields the inspector edits, one entry per key of the project format (FORMAT.md section 1):
// how a field reads as text, what it shows when absent (the type library's default), and how
// text typed by the user is parsed into it with the YAML reader's scalar rules. Cross-field and
// reference rules are not checked here: the inspector runs the project validator on the result.
#pragma once

#include "model/project.h"
#include "model/type_library.h"

#include <QList>
#include <QString>

#include <functional>

namespace iiot::ui {

enum class FieldEditor {
    Line,         // free text
    ReadOnly,     // shown, not editable here
    Kind,         // a kind of the type library
    Zone,         // a zone of the project, or none
    Subsystem,    // a subsystem of the project, or none
    CostFunction, // linear | step | inverse | exponential, or the default
    Medium,       // a medium both ends of the link support (every selected link's ends)
    ZoneType,     // a zone type of the type library
};

template <typename T> struct InspectorField {
    QString key;   // the file's key, dotted for nested maps: "compute.cores"
    QString label; // shown beside the editor
    FieldEditor editor = FieldEditor::Line;
    bool multi = true; // offered when several entities are selected
    // The value as text; empty when the field is absent.
    std::function<QString(const T&)> text;
    // What applies when the field is absent (grey placeholder); may be empty.
    std::function<QString(const T&, const model::TypeLibrary&)> fallback;
    // Parses `text` into the entity; returns the problem when the text is not a valid value.
    // Empty text removes an optional field.
    std::function<QString(T&, const QString&)> apply;
};

using ElementField = InspectorField<model::Element>;
using LinkField = InspectorField<model::Link>;
using ZoneField = InspectorField<model::Zone>;

// In the order of FORMAT.md. The id is listed (ReadOnly semantics do not apply: it is renamed
// through its own command), its apply() sets the id only. A link's id is read-only (the views
// know the link by it); its ends are edited as text and checked by the inspector.
const QList<ElementField>& elementFields();
const QList<LinkField>& linkFields();
const QList<ZoneField>& zoneFields();

// Text forms shared with the tests: lists as "a, b" ("[]" for an explicit empty list), maps as
// "k: v, k: v" (properties use "; " since their values are free text).
QString listText(const std::vector<std::string>& list);
QString numberText(double value);

} // namespace iiot::ui
