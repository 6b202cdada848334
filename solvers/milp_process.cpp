#include "milp_process.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <thread>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace iiot::solvers {

namespace {

bool isExecutableFile(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && ::access(path.c_str(), X_OK) == 0;
}

// What the child reports through its close-on-exec pipe when it cannot start the program: nothing
// arrives when execve succeeds (the pipe closes), so the parent learns the outcome without a race.
struct ChildFailure {
    int step = 0; // index into kChildSteps
    int error = 0;
};

const char* const kChildSteps[] = {"open /dev/null", "open the output file", "enter the working directory",
                                   "set the memory limit", "start"};

// Runs in the forked child of a possibly multi-threaded parent: only async-signal-safe calls from
// here to execve, everything it needs prepared beforehand.
[[noreturn]] void startChild(const char* program, char* const* argv, const char* outputFile,
                             const char* workingDirectory, std::size_t memoryBudget, int reportFd) {
    ChildFailure failure;
    auto fail = [&](int step) {
        failure.step = step;
        failure.error = errno;
        [[maybe_unused]] const auto n = ::write(reportFd, &failure, sizeof failure);
        ::_exit(127);
    };
    ::setpgid(0, 0); // its own group, so a kill reaches whatever it starts
    struct sigaction deflt {};
    deflt.sa_handler = SIG_DFL;
    for (int sig : {SIGPIPE, SIGINT, SIGTERM}) // ignored ones would stay ignored across execve
        ::sigaction(sig, &deflt, nullptr);
    sigset_t none;
    sigemptyset(&none);
    ::sigprocmask(SIG_SETMASK, &none, nullptr);

    const int in = ::open("/dev/null", O_RDONLY);
    if (in < 0 || ::dup2(in, STDIN_FILENO) < 0)
        fail(0);
    const int out = ::open(outputFile, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (out < 0 || ::dup2(out, STDOUT_FILENO) < 0 || ::dup2(out, STDERR_FILENO) < 0)
        fail(1);
    if (*workingDirectory != '\0' && ::chdir(workingDirectory) != 0)
        fail(2);
    if (memoryBudget != 0) {
        struct rlimit limit {};
        limit.rlim_cur = limit.rlim_max = static_cast<rlim_t>(memoryBudget);
        if (::setrlimit(RLIMIT_AS, &limit) != 0)
            fail(3);
    }
    ::execve(program, argv, environ);
    fail(4);
    ::_exit(127);
}

// True when the end of the solver's output says an allocation failed (cbc: std::bad_alloc; glpsol:
// "no memory available"; the loader: "failed to map segment").
bool saysOutOfMemory(const std::string& outputFile) {
    std::ifstream in(outputFile, std::ios::binary);
    if (!in)
        return false;
    in.seekg(0, std::ios::end);
    const std::streamoff size = in.tellg();
    const std::streamoff tail = std::min<std::streamoff>(size, 8192);
    in.seekg(size - tail);
    std::string text(static_cast<std::size_t>(tail), '\0');
    in.read(text.data(), tail);
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (const char* phrase : {"bad_alloc", "no memory", "out of memory", "cannot allocate memory",
                               "failed to map segment", "memory allocation"})
        if (text.find(phrase) != std::string::npos)
            return true;
    return false;
}

// Under an address-space limit a failed allocation shows as a null pointer used (SIGSEGV/SIGBUS),
// an abort after an uncaught bad_alloc (SIGABRT) or the kernel's OOM kill (SIGKILL).
bool memorySignal(int sig) {
    return sig == SIGSEGV || sig == SIGABRT || sig == SIGBUS || sig == SIGKILL;
}

void killGroup(pid_t pid) {
    // The child leads its own process group: end it and anything it started.
    ::kill(-pid, SIGKILL);
    ::kill(pid, SIGKILL);
}

} // namespace

std::string findProgram(const std::string& name) {
    if (name.empty())
        return {};
    if (name.find('/') != std::string::npos)
        return isExecutableFile(name) ? name : std::string();
    const char* path = std::getenv("PATH");
    if (path == nullptr)
        return {};
    const std::string dirs = path;
    std::size_t start = 0;
    while (start <= dirs.size()) {
        std::size_t end = dirs.find(':', start);
        if (end == std::string::npos)
            end = dirs.size();
        const std::string dir = end > start ? dirs.substr(start, end - start) : std::string(".");
        const std::string candidate = dir + "/" + name;
        if (isExecutableFile(candidate))
            return candidate;
        start = end + 1;
    }
    return {};
}

ProcessResult runProcess(const std::string& program, const std::vector<std::string>& arguments,
                         const std::string& workingDirectory, const std::string& outputFile,
                         double wallLimitSeconds, const model::RunControl* control) {
    ProcessResult result;
    const std::size_t budget = control != nullptr ? control->memoryBudget() : 0;

    std::vector<std::string> args;
    args.reserve(arguments.size() + 1);
    args.push_back(program);
    args.insert(args.end(), arguments.begin(), arguments.end());
    std::vector<char*> argv;
    for (auto& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    int report[2];
    if (::pipe2(report, O_CLOEXEC) != 0) {
        result.error = std::string("cannot run ") + program + ": " + std::strerror(errno);
        return result;
    }
    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = ::fork();
    if (pid == 0)
        startChild(program.c_str(), argv.data(), outputFile.c_str(), workingDirectory.c_str(), budget,
                   report[1]);
    ::close(report[1]);
    if (pid < 0) {
        result.error = std::string("cannot run ") + program + ": " + std::strerror(errno);
        ::close(report[0]);
        return result;
    }
    ::setpgid(pid, pid); // also here: the kill below must reach the group even before the child ran

    ChildFailure failure;
    ssize_t got = 0;
    while ((got = ::read(report[0], &failure, sizeof failure)) < 0 && errno == EINTR) {
    }
    ::close(report[0]);
    if (got == static_cast<ssize_t>(sizeof failure)) {
        int status = 0;
        while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
        const int step = std::clamp(failure.step, 0, static_cast<int>(std::size(kChildSteps)) - 1);
        result.error =
            "cannot run " + program + " (" + kChildSteps[step] + "): " + std::strerror(failure.error);
        if (budget != 0 && failure.error == ENOMEM) { // execve could not map the program in the budget
            result.memoryExceeded = true;
            result.error = memoryBudgetMessage(budget);
        }
        return result;
    }
    result.started = true;

    const auto limit = std::chrono::duration<double>(wallLimitSeconds);
    auto pause = std::chrono::microseconds(100);
    int status = 0;
    for (;;) {
        const pid_t done = ::waitpid(pid, &status, WNOHANG);
        if (done == pid)
            break;
        if (done < 0 && errno != EINTR) {
            result.error = std::string("waiting for the solver failed: ") + std::strerror(errno);
            killGroup(pid);
            break;
        }
        const bool cancel = control != nullptr && control->cancelled();
        const bool late = std::chrono::steady_clock::now() - start > limit;
        if (cancel || late) {
            result.cancelled = cancel;
            result.timedOut = !cancel;
            killGroup(pid);
            while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
            }
            break;
        }
        std::this_thread::sleep_for(pause);
        // Short solves return within a fraction of a millisecond of ending; long ones are polled
        // less often to leave the CPU to the solver.
        pause = std::min(pause * 2, std::chrono::microseconds(5000));
    }
    result.wallMs =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    if (!result.cancelled && !result.timedOut && WIFEXITED(status)) {
        result.exited = true;
        result.exitCode = WEXITSTATUS(status);
    } else if (!result.cancelled && !result.timedOut && WIFSIGNALED(status)) {
        result.error = program + " ended by signal " + std::to_string(WTERMSIG(status));
    }
    if (budget != 0 && !result.cancelled && !result.timedOut) {
        const bool died = WIFSIGNALED(status) && memorySignal(WTERMSIG(status));
        const bool failed = result.exited && result.exitCode != 0 && saysOutOfMemory(outputFile);
        if (died || failed) {
            result.memoryExceeded = true;
            result.error = memoryBudgetMessage(budget);
        }
    }
    return result;
}

std::string memoryBudgetMessage(std::size_t budgetBytes) {
    constexpr std::size_t mib = std::size_t{1} << 20;
    return "the MILP solver exceeded the memory budget of " + std::to_string((budgetBytes + mib - 1) / mib) +
           " MiB";
}

TemporaryDirectory::TemporaryDirectory() {
    std::error_code ec;
    auto base = std::filesystem::temp_directory_path(ec);
    if (ec)
        return;
    std::string pattern = (base / "iiot-milp-XXXXXX").string();
    if (::mkdtemp(pattern.data()) != nullptr)
        path_ = pattern;
}

TemporaryDirectory::~TemporaryDirectory() {
    if (path_.empty())
        return;
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
}

} // namespace iiot::solvers
