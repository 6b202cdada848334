// iiot-cli: the workbench without a window, for scripts, sweeps and cluster nodes.
#include "commands.h"

#include <exception>
#include <iostream>

namespace iiot::cli {

const std::vector<Command>& commands() {
    static const std::vector<Command> list = {
        {"validate",
         "PROJECT [--json]",
         "check a project file and list its problems",
         {{}, {"--json"}, 1, 1},
         runValidate},
        {"info",
         "PROJECT [--json]",
         "count elements, links and workloads per layer, kind and medium",
         {{}, {"--json"}, 1, 1},
         runInfo},
        {"convert",
         "IN OUT",
         "convert between .yaml/.yml and .iiotw (by extension)",
         {{}, {}, 2, 2},
         runConvert},
        {"coverage",
         "PROJECT [--json]",
         "rate the design against the IIoT capability framework: levels, findings, gaps",
         {{}, {"--json"}, 1, 1},
         runCoverage},
        {"allocate",
         "PROJECT [--method greedy|exact] [--time-limit S] [--memory-budget MB] [--json]",
         "place applications on hosts by priority with committed and peak demands",
         {{"--method", "--time-limit", "--memory-budget"}, {"--json"}, 1, 1},
         runAllocate},
        {"offload",
         "PROJECT [--method astp|ascm|rstp|rscm] [--seed N] [--memory-budget MB] [--json]",
         "choose local, edge or cloud computing per task and schedule the edge queues",
         {{"--method", "--seed", "--memory-budget"}, {"--json"}, 1, 1},
         runOffload},
        {"simulate",
         "PROJECT [--scenario ID] [--policy P[,P...]] [--devices N[,N...]] [--duration S] [--seed N] "
         "[--replications R] [--out DIR] [--memory-budget MB] [--json]",
         "discrete-event simulation of task offloading: success rate, delays, utilisation per run",
         {{"--scenario", "--policy", "--devices", "--duration", "--seed", "--replications", "--out",
           "--memory-budget"},
          {"--json"},
          1,
          1},
         runSimulate},
        {"slice",
         "PROJECT [--method stnra|dnso|ffpa|exact] [--seed N] [--population P] [--shelters S] "
         "[--iterations I] [--time-limit S] [--memory-budget MB] [--json]",
         "embed the services' VNF chains in the network: walks, placements, cost and delay",
         {{"--method", "--seed", "--population", "--shelters", "--iterations", "--time-limit",
           "--memory-budget"},
          {"--json"},
          1,
          1},
         runSlice},
        {"export",
         "PROJECT --to tosca|graphml|json|csv|slices -o FILE [--csar] [--method M] [--seed N]",
         "write a TOSCA service template (--csar: archive), GraphML, project JSON, CSV tables (-o DIR) or "
         "the SDN slice configuration",
         {{"--to", "-o", "--output", "--method", "--seed"}, {"--csar"}, 1, 1},
         runExport},
        {"import",
         "FILE.graphml -o PROJECT.yaml [--kind-map FILE]",
         "make a project of a GraphML topology (own export or Internet Topology Zoo)",
         {{"-o", "--output", "--kind-map"}, {}, 1, 1},
         runImport},
        {"generate",
         "factory --elements N [--seed S] -o FILE | slicing --nodes V --services N [--seed S] -o FILE",
         "write a generated layered factory or a network-slicing study instance",
         {{"--elements", "--nodes", "--services", "--seed", "-o", "--output"}, {}, 1, 1},
         runGenerate},
    };
    return list;
}

namespace {

void usage(std::ostream& out) {
    out << "usage: iiot-cli COMMAND [ARGS]\n\ncommands:\n";
    for (const auto& c : commands())
        out << "  " << c.name << ' ' << c.synopsis << "\n      " << c.summary << '\n';
    out << "\n--memory-budget MB (or IIOT_MEMORY_BUDGET_MB): the most memory, in MiB, an engine run may "
           "use\n";
    out << "\nexit status: 0 done, 1 invalid input, 2 usage error, 3 file could not be read or written\n";
}

int run(int argc, char** argv) {
    if (argc < 2) {
        usage(std::cerr);
        return kUsage;
    }
    const std::string name = argv[1];
    if (name == "--help" || name == "-h" || name == "help") {
        usage(std::cout);
        return kDone;
    }
    if (name == "--version") {
        std::cout << "iiot-cli " << IIOT_VERSION << '\n';
        return kDone;
    }
    for (const auto& c : commands()) {
        if (name != c.name)
            continue;
        std::string error;
        auto cl = parseCommandLine(std::vector<std::string>(argv + 2, argv + argc), c.options, error);
        if (!cl) {
            std::cerr << "iiot-cli " << c.name << ": " << error << "\nusage: iiot-cli " << c.name << ' '
                      << c.synopsis << '\n';
            return kUsage;
        }
        return c.run(*cl);
    }
    std::cerr << "iiot-cli: unknown command '" << name << "'\n\n";
    usage(std::cerr);
    return kUsage;
}

} // namespace
} // namespace iiot::cli

int main(int argc, char** argv) {
    try {
        return iiot::cli::run(argc, argv);
    } catch (const std::bad_alloc&) {
        std::cerr << "iiot-cli: out of memory\n";
    } catch (const std::exception& e) {
        std::cerr << "iiot-cli: internal error: " << e.what() << '\n';
    }
    return 70; // EX_SOFTWARE: a bug, not bad input
}
