// libFuzzer target: any bytes given to the YAML reader give diagnostics or a project, never a
// crash, a hang or a leak; what loads must write and load again to the same project.
#include "model/capability_catalogue.h"
#include "model/type_library.h"
#include "model/yaml_reader.h"
#include "model/yaml_writer.h"

#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace iiot::model;
    const auto& types = TypeLibrary::builtin();
    const auto& catalogue = CapabilityCatalogue::builtin();
    const std::string text(reinterpret_cast<const char*>(data), size);
    const auto result = readProjectYaml(text, "fuzz.yaml", types, catalogue);
    if (result.ok()) {
        const auto written = writeProjectYaml(*result.project);
        const auto again = readProjectYaml(written, "rewritten.yaml", types, catalogue);
        if (!again.project || !(*again.project == *result.project))
            std::abort(); // the writer lost or changed something
    }
    return 0;
}
