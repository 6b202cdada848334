// libFuzzer target: any argument list given to the iiot-cli parser is parsed or refused with a
// message, never a crash; what parses keeps the option specification's promises and parses again,
// written in canonical form, to the same command line.
#include "command_line.h"

#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

using iiot::cli::OptionSpec;

// Shapes of the real commands: one input file with flags, an input and an output, many options.
const std::vector<OptionSpec>& specs() {
    static const std::vector<OptionSpec> list = {
        {{}, {"--json"}, 1, 1},
        {{"-o", "--output", "--to"}, {"--csar"}, 1, 2},
        {{"--scenario", "--policy", "--devices", "--duration", "--seed", "--replications", "--out"},
         {"--json"},
         1,
         1},
    };
    return list;
}

std::vector<std::string> canonical(const iiot::cli::CommandLine& cl) {
    std::vector<std::string> args;
    for (const auto& [name, value] : cl.values) {
        if (name.rfind("--", 0) == 0) {
            args.push_back(name + "=" + value);
        } else {
            args.push_back(name);
            args.push_back(value);
        }
    }
    for (const auto& flag : cl.flags)
        args.push_back(flag);
    args.push_back("--");
    for (const auto& p : cl.positional)
        args.push_back(p);
    return args;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0)
        return 0;
    const OptionSpec& spec = specs()[data[0] % specs().size()];
    std::vector<std::string> args(1);
    for (std::size_t i = 1; i < size; ++i) {
        if (data[i] == 0)
            args.emplace_back();
        else
            args.back().push_back(static_cast<char>(data[i]));
    }

    std::string error;
    const auto cl = iiot::cli::parseCommandLine(args, spec, error);
    if (!cl) {
        if (error.empty())
            std::abort(); // a refusal must say why
        return 0;
    }
    if (cl->positional.size() < spec.minPositional || cl->positional.size() > spec.maxPositional)
        std::abort();
    for (const auto& [name, value] : cl->values)
        if (!spec.withValue.count(name))
            std::abort();
    for (const auto& flag : cl->flags)
        if (!spec.flags.count(flag))
            std::abort();

    std::string again;
    const auto reparsed = iiot::cli::parseCommandLine(canonical(*cl), spec, again);
    if (!reparsed || reparsed->positional != cl->positional || reparsed->values != cl->values ||
        reparsed->flags != cl->flags)
        std::abort();
    (void)iiot::cli::parseIntegerOption(args.back());
    return 0;
}
