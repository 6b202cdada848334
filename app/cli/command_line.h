// Parses the arguments of one iiot-cli command: positionals, options with a value
// (--seed 3, --seed=3, -o FILE) and flags (--json). No Qt: iiot-cli runs on headless servers.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace iiot::cli {

struct OptionSpec {
    std::set<std::string> withValue; // e.g. "--seed", "-o"
    std::set<std::string> flags;     // e.g. "--json"
    std::size_t minPositional = 0;
    std::size_t maxPositional = 0;
};

struct CommandLine {
    std::vector<std::string> positional;
    std::map<std::string, std::string> values;
    std::set<std::string> flags;

    bool has(const std::string& flag) const { return flags.count(flag) > 0; }
    std::optional<std::string> value(const std::string& option) const;
};

// On a usage problem returns nothing and sets error to a one-line explanation.
std::optional<CommandLine> parseCommandLine(const std::vector<std::string>& args, const OptionSpec& spec,
                                            std::string& error);

// Strict number parsing for option values: the whole text must be the number.
std::optional<long long> parseIntegerOption(const std::string& text);

} // namespace iiot::cli
