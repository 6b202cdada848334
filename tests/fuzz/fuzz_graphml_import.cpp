// libFuzzer target: any bytes given to the GraphML importer give diagnostics or a project, never
// a crash, a hang or a leak. What imports must export and import again to the same elements, and
// the second export must equal the first (export -> import -> export is stable).
#include "model/graphml_export.h"
#include "model/graphml_import.h"
#include "model/type_library.h"

#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace iiot::model;
    const auto& types = TypeLibrary::builtin();
    const std::string text(reinterpret_cast<const char*>(data), size);
    const auto imported = importGraphml(text, "fuzz.graphml", types);
    if (!imported.ok())
        return 0;
    const auto first = writeGraphml(*imported.project, types);
    const auto again = importGraphml(first, "again.graphml", types);
    if (!again.ok() || again.project->elements != imported.project->elements)
        std::abort(); // the exporter wrote something its importer cannot read back
    if (writeGraphml(*again.project, types) != first)
        std::abort(); // the round trip is not stable
    return 0;
}
