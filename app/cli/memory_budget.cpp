// --memory-budget MB (or IIOT_MEMORY_BUDGET_MB) for the engine commands: the most memory a run may
// hold, in MiB like the workbench's setting. The command line has no budget unless one is given: a
// script on a cluster node is usually limited by its scheduler already.
#include "commands.h"

#include <cstdlib>
#include <iostream>

namespace iiot::cli {

namespace {

constexpr long long kMaxMiB = 1LL << 30; // 1 PiB: any larger value is a typing error

} // namespace

bool applyMemoryBudget(const CommandLine& cl, model::RunControl& control) {
    std::string text;
    std::string origin;
    if (auto v = cl.value("--memory-budget")) {
        text = *v;
        origin = "--memory-budget";
    } else if (const char* env = std::getenv("IIOT_MEMORY_BUDGET_MB"); env != nullptr && *env != '\0') {
        text = env;
        origin = "IIOT_MEMORY_BUDGET_MB";
    } else {
        return true;
    }
    const auto mib = parseIntegerOption(text);
    if (!mib || *mib < 1 || *mib > kMaxMiB) {
        std::cerr << "iiot-cli: " << origin << " must be a whole number of MiB from 1 to " << kMaxMiB
                  << ", not '" << text << "'\n";
        return false;
    }
    control.setMemoryBudget(static_cast<std::size_t>(*mib) << 20);
    return true;
}

} // namespace iiot::cli
