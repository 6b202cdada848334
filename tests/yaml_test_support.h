// Helpers shared by the model tests: read YAML text with the built-in libraries and find
// diagnostics by message.
#pragma once

#include "model/capability_catalogue.h"
#include "model/type_library.h"
#include "model/yaml_reader.h"

#include <string>

namespace iiot::test {

inline model::LoadResult readYaml(const std::string& text) {
    return model::readProjectYaml(text, "test.yaml", model::TypeLibrary::builtin(),
                                  model::CapabilityCatalogue::builtin());
}

// The first diagnostic whose message contains part, or nullptr.
inline const model::Diagnostic* findDiagnostic(const model::LoadResult& r, const std::string& part) {
    for (const auto& d : r.diagnostics)
        if (d.message.find(part) != std::string::npos)
            return &d;
    return nullptr;
}

inline const char* kHeader = "format: iiot-workbench/1\nname: Test\n";

} // namespace iiot::test
