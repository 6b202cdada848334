// iiot-cli convert IN OUT: .yaml/.yml <-> .iiotw by extension.
#include "commands.h"

#include <iostream>

namespace iiot::cli {

int runConvert(const CommandLine& cl) {
    const std::string& in = cl.positional[0];
    const std::string& out = cl.positional[1];
    int status = kDone;
    auto project = loadForCommand(in, status);
    if (!project) {
        std::cerr << "iiot-cli: not converted: fix the errors in '" << in << "' first\n";
        return status;
    }
    status = saveForCommand(*project, out);
    if (status == kDone)
        std::cout << "wrote " << out << '\n';
    return status;
}

} // namespace iiot::cli
