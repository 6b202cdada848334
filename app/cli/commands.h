// The iiot-cli commands (FORMAT.md section 5). Each returns the process exit status.
#pragma once

#include "command_line.h"

#include "model/diagnostic.h"
#include "model/project.h"
#include "model/run_control.h"

#include <optional>
#include <string>
#include <vector>

namespace iiot::cli {

enum ExitCode { kDone = 0, kInvalid = 1, kUsage = 2, kFileError = 3 };

struct Command {
    const char* name;
    const char* synopsis; // arguments after the command name
    const char* summary;
    OptionSpec options;
    int (*run)(const CommandLine&);
};

const std::vector<Command>& commands();

int runValidate(const CommandLine& cl);
int runInfo(const CommandLine& cl);
int runConvert(const CommandLine& cl);
int runGenerate(const CommandLine& cl);
int runCoverage(const CommandLine& cl);
int runAllocate(const CommandLine& cl);
int runOffload(const CommandLine& cl);
int runSimulate(const CommandLine& cl);
int runSlice(const CommandLine& cl);
int runExport(const CommandLine& cl);
int runImport(const CommandLine& cl);

// Loads a project, printing its problems as FILE:LINE:COLUMN: severity: message on standard
// error. Returns the project only when it has no errors; exitCode is then kDone, else kInvalid
// or kFileError.
std::optional<model::Project> loadForCommand(const std::string& path, int& exitCode);
void printDiagnostics(const model::Diagnostics& diagnostics);
// Writes a project by extension; prints the error and returns kFileError on failure.
int saveForCommand(const model::Project& project, const std::string& path);
// Sets control's memory budget from --memory-budget MB, else the environment variable
// IIOT_MEMORY_BUDGET_MB (MiB; none when neither is given). Prints why and returns false when the
// value is not a positive whole number: the command then exits with kUsage.
bool applyMemoryBudget(const CommandLine& cl, model::RunControl& control);

} // namespace iiot::cli
