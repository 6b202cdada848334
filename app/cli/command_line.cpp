#include "command_line.h"

#include <charconv>

namespace iiot::cli {

std::optional<std::string> CommandLine::value(const std::string& option) const {
    auto it = values.find(option);
    if (it == values.end())
        return std::nullopt;
    return it->second;
}

std::optional<CommandLine> parseCommandLine(const std::vector<std::string>& args, const OptionSpec& spec,
                                            std::string& error) {
    CommandLine cl;
    bool onlyPositional = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (onlyPositional || a.size() < 2 || a[0] != '-') {
            cl.positional.push_back(a);
            continue;
        }
        if (a == "--") {
            onlyPositional = true;
            continue;
        }
        std::string name = a;
        std::optional<std::string> inlineValue;
        if (auto eq = a.find('='); a.rfind("--", 0) == 0 && eq != std::string::npos) {
            name = a.substr(0, eq);
            inlineValue = a.substr(eq + 1);
        }
        if (spec.flags.count(name)) {
            if (inlineValue) {
                error = "option " + name + " takes no value";
                return std::nullopt;
            }
            cl.flags.insert(name);
        } else if (spec.withValue.count(name)) {
            if (!inlineValue) {
                if (i + 1 >= args.size()) {
                    error = "option " + name + " needs a value";
                    return std::nullopt;
                }
                inlineValue = args[++i];
            }
            if (cl.values.count(name)) {
                error = "option " + name + " given twice";
                return std::nullopt;
            }
            cl.values[name] = *inlineValue;
        } else {
            error = "unknown option " + name;
            return std::nullopt;
        }
    }
    if (cl.positional.size() < spec.minPositional) {
        error = "missing argument";
        return std::nullopt;
    }
    if (cl.positional.size() > spec.maxPositional) {
        error = "unexpected argument '" + cl.positional[spec.maxPositional] + "'";
        return std::nullopt;
    }
    return cl;
}

std::optional<long long> parseIntegerOption(const std::string& text) {
    long long v = 0;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || ptr != text.data() + text.size() || text.empty())
        return std::nullopt;
    return v;
}

} // namespace iiot::cli
