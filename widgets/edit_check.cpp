#include "edit_check.h"

#include "model/capability_catalogue.h"
#include "model/validation.h"

#include <set>
#include <string>

namespace iiot::ui {

QString newValidationError(const model::Project& before, const model::Project& after,
                           const model::TypeLibrary& types, bool byPlaceOnly) {
    const auto& catalogue = model::CapabilityCatalogue::builtin();
    auto signature = [byPlaceOnly](const model::Diagnostic& d) {
        return byPlaceOnly && !d.path.empty() ? d.path : d.path + '\n' + d.message;
    };
    std::set<std::string> known;
    for (const model::Diagnostic& d : model::validateProject(before, types, catalogue))
        if (d.severity == model::Severity::Error)
            known.insert(signature(d));
    for (const model::Diagnostic& d : model::validateProject(after, types, catalogue)) {
        if (d.severity != model::Severity::Error || known.contains(signature(d)))
            continue;
        QString text = QString::fromStdString(d.message);
        if (!d.hint.empty())
            text += QStringLiteral(" (%1)").arg(QString::fromStdString(d.hint));
        return text;
    }
    return {};
}

} // namespace iiot::ui
