// iiot-cli generate factory --elements N [--seed S] -o FILE
#include "commands.h"

#include "model/factory_generator.h"

#include <iostream>

namespace iiot::cli {

int runGenerate(const CommandLine& cl) {
    const std::string& what = cl.positional[0];
    if (what != "factory") {
        std::cerr << "iiot-cli generate: unknown generator '" << what << "' (available: factory)\n";
        return kUsage;
    }
    const auto elements = cl.value("--elements");
    const auto out = cl.value("-o") ? cl.value("-o") : cl.value("--output");
    if (!elements || !out) {
        std::cerr << "iiot-cli generate factory: needs --elements N and -o FILE\n";
        return kUsage;
    }
    model::FactoryOptions options;
    const auto n = parseIntegerOption(*elements);
    if (!n || *n < 1 || *n > 10'000'000) {
        std::cerr << "iiot-cli generate factory: --elements must be a whole number from 1 to 10000000\n";
        return kUsage;
    }
    options.elements = *n;
    if (auto seed = cl.value("--seed")) {
        const auto s = parseIntegerOption(*seed);
        if (!s || *s < 0) {
            std::cerr << "iiot-cli generate factory: --seed must be a whole number >= 0\n";
            return kUsage;
        }
        options.seed = static_cast<std::uint64_t>(*s);
    }
    const auto project = model::generateFactory(options);
    const int status = saveForCommand(project, *out);
    if (status == kDone)
        std::cout << "wrote " << *out << " (" << project.elements.size() << " elements, "
                  << project.links.size() << " links)\n";
    return status;
}

} // namespace iiot::cli
