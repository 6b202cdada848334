// iiot-cli validate PROJECT [--json]
#include "commands.h"

#include "model/json_writer.h"
#include "model/project_io.h"

#include <algorithm>
#include <iostream>

namespace iiot::cli {

int runValidate(const CommandLine& cl) {
    const std::string& path = cl.positional[0];
    const auto result = model::loadProject(path);
    const int errors =
        static_cast<int>(std::count_if(result.diagnostics.begin(), result.diagnostics.end(),
                                       [](const auto& d) { return d.severity == model::Severity::Error; }));
    const int warnings = static_cast<int>(result.diagnostics.size()) - errors;
    printDiagnostics(result.diagnostics);
    const int status = result.ok() ? kDone : (result.ioError ? kFileError : kInvalid);
    if (cl.has("--json")) {
        model::JsonWriter j;
        j.beginObject().field("file", path).field("valid", status == kDone);
        j.field("errors", errors).field("warnings", warnings);
        j.key("diagnostics").beginArray();
        for (const auto& d : result.diagnostics) {
            j.beginObject().field("severity", model::toString(d.severity)).field("file", d.file);
            j.field("line", d.location.line).field("column", d.location.column).field("message", d.message);
            j.field("hint", d.hint).field("path", d.path).field("element", d.element).endObject();
        }
        j.endArray().endObject();
        std::cout << j.str() << '\n';
    } else if (status == kDone) {
        const auto& p = *result.project;
        std::cout << path << ": valid (" << p.elements.size() << " elements, " << p.links.size() << " links, "
                  << warnings << " warnings)\n";
    } else {
        std::cout << path << ": " << errors << " errors, " << warnings << " warnings\n";
    }
    return status;
}

} // namespace iiot::cli
