// iiot-cli generate factory --elements N [--seed S] -o FILE
// iiot-cli generate slicing --nodes V --services N [--seed S] -o FILE
#include "commands.h"

#include "model/factory_generator.h"
#include "model/slicing_generator.h"

#include <iostream>

namespace iiot::cli {

namespace {

// A whole-number option in [low, high]; prints the problem and returns nothing otherwise.
std::optional<long long> bounded(const std::string& text, const std::string& what, const char* name,
                                 long long low, long long high) {
    const auto n = parseIntegerOption(text);
    if (!n || *n < low || *n > high) {
        std::cerr << "iiot-cli generate " << what << ": " << name << " must be a whole number from " << low
                  << " to " << high << '\n';
        return std::nullopt;
    }
    return n;
}

int generateFactory(const CommandLine& cl, const std::string& out, std::uint64_t seed) {
    const auto elements = cl.value("--elements");
    if (!elements) {
        std::cerr << "iiot-cli generate factory: needs --elements N and -o FILE\n";
        return kUsage;
    }
    const auto n = bounded(*elements, "factory", "--elements", 1, 10'000'000);
    if (!n)
        return kUsage;
    model::FactoryOptions options;
    options.elements = *n;
    options.seed = seed;
    const auto project = model::generateFactory(options);
    const int status = saveForCommand(project, out);
    if (status == kDone)
        std::cout << "wrote " << out << " (" << project.elements.size() << " elements, "
                  << project.links.size() << " links)\n";
    return status;
}

int generateSlicing(const CommandLine& cl, const std::string& out, std::uint64_t seed) {
    const auto nodes = cl.value("--nodes"), services = cl.value("--services");
    if (!nodes || !services) {
        std::cerr << "iiot-cli generate slicing: needs --nodes V, --services N and -o FILE\n";
        return kUsage;
    }
    const auto v = bounded(*nodes, "slicing", "--nodes", 2, 100'000);
    const auto n = bounded(*services, "slicing", "--services", 0, 1'000'000);
    if (!v || !n)
        return kUsage;
    model::SlicingStudyOptions options;
    options.nodes = *v;
    options.services = *n;
    options.seed = seed;
    const auto project = model::generateSlicingStudy(options);
    const int status = saveForCommand(project, out);
    if (status == kDone)
        std::cout << "wrote " << out << " (" << project.elements.size() << " nodes, " << project.links.size()
                  << " links, " << project.services.size() << " services)\n";
    return status;
}

} // namespace

int runGenerate(const CommandLine& cl) {
    const std::string& what = cl.positional[0];
    if (what != "factory" && what != "slicing") {
        std::cerr << "iiot-cli generate: unknown generator '" << what << "' (available: factory, slicing)\n";
        return kUsage;
    }
    const auto out = cl.value("-o") ? cl.value("-o") : cl.value("--output");
    if (!out) {
        std::cerr << "iiot-cli generate " << what << ": needs -o FILE\n";
        return kUsage;
    }
    std::uint64_t seed = 1;
    if (auto text = cl.value("--seed")) {
        const auto s = parseIntegerOption(*text);
        if (!s || *s < 0) {
            std::cerr << "iiot-cli generate " << what << ": --seed must be a whole number >= 0\n";
            return kUsage;
        }
        seed = static_cast<std::uint64_t>(*s);
    }
    return what == "factory" ? generateFactory(cl, *out, seed) : generateSlicing(cl, *out, seed);
}

} // namespace iiot::cli
