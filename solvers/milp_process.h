// Runs an external solver program as a child process (no shell): standard output and error go to
// a file, the run is ended when its wall-clock limit passes or the run control asks to cancel, and
// the run control's memory budget caps the child's address space (RLIMIT_AS) so a solver that
// grows without bound fails alone instead of taking the machine down.
#pragma once

#include "model/run_control.h"

#include <cstddef>
#include <string>
#include <vector>

namespace iiot::solvers {

struct ProcessResult {
    bool started = false; // false: the program could not be run (see error)
    bool exited = false;  // ended by itself (exitCode valid)
    int exitCode = -1;
    bool timedOut = false;  // ended by us because the wall-clock limit passed
    bool cancelled = false; // ended by us because the run control asked to stop
    // The child ran under a memory budget and died of it (killed by a signal, or exited with a
    // failure while saying it ran out of memory); error says which budget.
    bool memoryExceeded = false;
    double wallMs = 0.0;
    std::string error;
};

// Starts `program` (a path) with `arguments` in `workingDirectory`, writing its standard output
// and error to `outputFile`. Waits until it ends, `wallLimitSeconds` pass, or control->cancelled().
// A program still running is killed together with its process group. When control has a memory
// budget the child's address space is limited to it before the program starts.
ProcessResult runProcess(const std::string& program, const std::vector<std::string>& arguments,
                         const std::string& workingDirectory, const std::string& outputFile,
                         double wallLimitSeconds, const model::RunControl* control);

// The full path of `name` searched in PATH (a name containing '/' is checked as it is); empty
// when not found or not executable.
std::string findProgram(const std::string& name);

// "the MILP solver exceeded the memory budget of N MiB" (N rounded up).
std::string memoryBudgetMessage(std::size_t budgetBytes);

// A fresh private directory for one solver run, removed with everything in it on destruction.
class TemporaryDirectory {
public:
    TemporaryDirectory();
    ~TemporaryDirectory();
    TemporaryDirectory(const TemporaryDirectory&) = delete;
    TemporaryDirectory& operator=(const TemporaryDirectory&) = delete;

    bool valid() const { return !path_.empty(); }
    const std::string& path() const { return path_; }
    std::string file(const std::string& name) const { return path_ + "/" + name; }

private:
    std::string path_;
};

} // namespace iiot::solvers
